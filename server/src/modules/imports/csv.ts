/**
 * CSV writing shared by the export and the error report. Excel runs a cell that starts with =, +,
 * -, @ (or a tab or carriage return before one) as a formula, so such text gets a leading
 * apostrophe: a file exported from here can never carry a working formula (DESIGN §7).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: text is formula-escaped, numbers stay numbers (a negative longitude is not a formula). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return escapeFormula(String(value));
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CRLF-terminated CSV record, as Excel writes them. */
export function csvLine(values: unknown[]): string {
  return `${values.map((v) => quote(cellText(v))).join(',')}\r\n`;
}

/** Excel only reads a CSV as UTF-8 (and so shows Chinese) when it starts with a byte order mark. */
export const UTF8_BOM = '\ufeff';
