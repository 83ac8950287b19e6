import { describe, expect, it } from 'vitest';
import { amountInput, formatMoney, formatPercent } from './money.ts';

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

describe('amount input', () => {
  it('groups thousands in the integer part only and reads them back', () => {
    expect(amountInput.formatter('120000.00')).toBe('120,000.00');
    expect(amountInput.formatter(1234567)).toBe('1,234,567');
    expect(amountInput.formatter('0.125')).toBe('0.125');
    expect(amountInput.parser('120,000.00')).toBe('120000.00');
  });
});
