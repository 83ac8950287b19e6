import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { countdown, deadlineReasonText, formatCountdown } from './deadline.ts';

const now = new Date('2026-03-01T10:00:00Z');
const t = i18n.getFixedT('en-US');
const zh = i18n.getFixedT('zh-CN');

describe('deadline countdown', () => {
  it('splits the time left into days, hours and minutes', () => {
    expect(countdown('2026-03-16T13:25:00Z', now)).toMatchObject({
      days: 15,
      hours: 3,
      minutes: 25,
      urgency: 'ok',
    });
  });

  it('grows more urgent as the deadline nears', () => {
    expect(countdown('2026-03-03T09:00:00Z', now).urgency).toBe('soon');
    expect(countdown('2026-03-01T20:00:00Z', now).urgency).toBe('urgent');
    expect(countdown('2026-03-01T10:00:00Z', now).urgency).toBe('overdue');
    expect(countdown('2026-02-28T10:00:00Z', now)).toMatchObject({ urgency: 'overdue', days: 0 });
  });

  it('says the time left in the user language, coarsest units first', () => {
    expect(formatCountdown('2026-03-16T13:25:00Z', now, t)).toBe('15 d 3 h left');
    expect(formatCountdown('2026-03-01T15:20:00Z', now, t)).toBe('5 h 20 min left');
    expect(formatCountdown('2026-03-01T10:00:30Z', now, t)).toBe('1 min left');
    expect(formatCountdown('2026-02-01T10:00:00Z', now, t)).toBe('Overdue');
    expect(formatCountdown('2026-03-16T13:25:00Z', now, zh)).toBe('剩余 15 天 3 小时');
  });

  it('explains what each rule asks of the rep', () => {
    expect(deadlineReasonText('no_visit', t)).toMatch(/visit/);
    expect(deadlineReasonText('no_visit', zh)).toContain('拜访');
    expect(deadlineReasonText('something_new', t)).toBe('something_new');
    expect(deadlineReasonText(null, t)).toBe('');
  });
});
