/**
 * When a competitor's offer competes with one of ours, and what to do about a cheaper one.
 * docs/competitors.md states the rules for a manager; price.test.ts holds them to it.
 */
import { normalizeText } from '../leads/normalize.ts';

/** Their price must lie within this band of ours: a 9.9 coupon is no rival to a 398 banquet. */
export const PRICE_BAND = { min: 0.5, max: 2 } as const;
/** Titles sharing at least this much (Dice of character bigrams) describe the same kind of offer. */
export const TITLE_SIMILARITY = 0.5;
/** A gap up to this share of our price is closed by matching it; a bigger one needs another offer. */
export const MATCH_PRICE_MAX_RATIO = 0.1;
/** Observations older than this are not acted on: prices move. */
export const FRESH_DAYS = 60;

const PARTY_WORDS: Record<string, string> = {
  单人: '1人',
  双人: '2人',
  两人: '2人',
  三人: '3人',
  四人: '4人',
};

function titleText(title: string): string {
  let text = normalizeText(title);
  for (const [word, digits] of Object.entries(PARTY_WORDS)) text = text.split(word).join(digits);
  return text.replace(/[\s()（）【】[\]·,，.。!！+/|-]/gu, '');
}

/** "2人" in 双人火锅套餐 / 2人餐: offers for different party sizes never compare. */
export function partySize(title: string): number | null {
  const m = /(\d{1,2})人/u.exec(titleText(title));
  return m ? Number(m[1]) : null;
}

export function titleSimilarity(a: string, b: string): number {
  const x = [...titleText(a)];
  const y = [...titleText(b)];
  if (x.length === 0 || y.length === 0) return 0;
  const grams = (chars: string[]) => {
    const out = new Map<string, number>();
    if (chars.length === 1) out.set(chars[0]!, 1);
    for (let i = 0; i + 1 < chars.length; i++) {
      const g = chars[i]! + chars[i + 1]!;
      out.set(g, (out.get(g) ?? 0) + 1);
    }
    return out;
  };
  const ga = grams(x);
  const gb = grams(y);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return (2 * shared) / total;
}

export interface Offer {
  title: string;
  price: number;
  category: string | null;
}

export function comparableOffers(ours: Offer, theirs: Offer): boolean {
  if (ours.price <= 0) return false;
  const ratio = theirs.price / ours.price;
  if (ratio < PRICE_BAND.min || ratio > PRICE_BAND.max) return false;
  const [pa, pb] = [partySize(ours.title), partySize(theirs.title)];
  if (pa !== null && pb !== null && pa !== pb) return false;
  const sameCategory =
    ours.category !== null &&
    theirs.category !== null &&
    normalizeText(ours.category) === normalizeText(theirs.category);
  return sameCategory || titleSimilarity(ours.title, theirs.title) >= TITLE_SIMILARITY;
}

export type Strategy = 'match_price' | 'exclusive_offer';

/** The gap of a cheaper comparable offer and the suggested answer; null when theirs is not cheaper. */
export function priceGap(
  ours: Offer,
  theirs: Offer,
): { gap: number; ratio: number; strategy: Strategy } | null {
  const gapCents = Math.round(ours.price * 100) - Math.round(theirs.price * 100);
  if (gapCents <= 0 || !comparableOffers(ours, theirs)) return null;
  const gap = gapCents / 100;
  const ratio = gap / ours.price;
  return { gap, ratio, strategy: ratio <= MATCH_PRICE_MAX_RATIO ? 'match_price' : 'exclusive_offer' };
}
