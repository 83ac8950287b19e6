import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/index.ts';
import { DeadlineView } from './DeadlineView.tsx';

describe('DeadlineView', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(cleanup);

  it('shows the time left, the due time and what would move it', () => {
    const inTwoDays = new Date(Date.now() + 2 * 24 * 3600 * 1000 + 60_000).toISOString();
    render(<DeadlineView deadlineAt={inTwoDays} reason="no_visit" />);
    expect(screen.getByTestId('deadline-countdown').textContent).toMatch(/^剩余 2 天 0 小时$/);
    expect(screen.getByTestId('deadline-countdown').className).toContain('urgency-soon');
    expect(screen.getByTestId('deadline-at').getAttribute('data-deadline')).toBe(inTwoDays);
    expect(screen.getByTestId('deadline-reason').textContent).toContain('拜访一次即可顺延');
  });

  it('says so when a store never falls back', () => {
    render(<DeadlineView deadlineAt={null} reason="exempt" />);
    expect(screen.getByText('豁免标签，不会掉公海')).toBeTruthy();
  });

  it('follows the language', async () => {
    await i18n.changeLanguage('en-US');
    const overdue = new Date(Date.now() - 60_000).toISOString();
    render(<DeadlineView deadlineAt={overdue} reason="no_sign" />);
    expect(screen.getByTestId('deadline-countdown').textContent).toBe('Overdue');
    await i18n.changeLanguage('zh-CN');
  });
});
