/**
 * Stored codes shown to people: a known code reads through its translation; an unknown code
 * (snake_case, as an integration or an import may bring) is made readable; anything else is what
 * a person typed (say 火锅) and is shown as data.
 */
export const CATEGORY_CODES = [
  'restaurant',
  'hotpot',
  'bbq',
  'fast_food',
  'cafe',
  'bakery',
  'tea',
  'hotel',
  'ktv',
  'beauty',
  'fitness',
  'supermarket',
  'food',
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

const CODE = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;

/** "fast_food" → "Fast food": a readable fallback for a code without a translation. */
export function humanizeCode(code: string): string {
  const words = code.split(/[_-]+/).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface Label {
  text: string;
  /** The text is data (typed by someone), not a translation: wrap it in translate="no". */
  data: boolean;
}

/** A label for a stored code, given the codes the messages know under `translate`. */
export function codeLabel(
  code: string | null | undefined,
  known: readonly string[],
  translate: (code: string) => string,
): Label | null {
  if (!code) return null;
  if (known.includes(code)) return { text: translate(code), data: false };
  if (CODE.test(code)) return { text: humanizeCode(code), data: false };
  return { text: code, data: true };
}
