import type { Language } from '../i18n/index.ts';

/** Amounts are yuan: shown with the ¥ sign in either language, cents only when there are some (¥50,000, ¥1,234.50). */
export function formatMoney(amount: number | null | undefined, language: Language): string {
  if (amount === null || amount === undefined) return '—';
  const fraction = Number.isInteger(amount) ? 0 : 2;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
  }).format(amount);
}

/** A rate in percent as the API gives it (5 → "5%", 2.5 → "2.5%"). */
export function formatPercent(rate: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(rate / 100);
}

/** Thousands separators while typing an amount (InputNumber's formatter and parser). */
export const amountInput = {
  formatter: (value: string | number | undefined) =>
    value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ','),
  parser: (text: string | undefined) => (text ?? '').replace(/,/g, ''),
};
