import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent } from './money.ts';

describe('money', () => {
  it('shows yuan with the ¥ sign and cents only when there are some', () => {
    expect(formatMoney(50_000, 'zh-CN')).toBe('¥50,000');
    expect(formatMoney(1234.5, 'en-US')).toBe('¥1,234.50');
    expect(formatMoney(null, 'en-US')).toBe('—');
  });

  it('shows commission rates as percentages', () => {
    expect(formatPercent(5, 'zh-CN')).toBe('5%');
    expect(formatPercent(2.5, 'en-US')).toBe('2.5%');
  });
});
