/**
 * How well a competitor store fits one of our leads: a score in [0, 1] from name similarity and
 * distance, on the same name rules as lead de-duplication (leads/dedup.ts, leads/normalize.ts).
 * Pure: the caller fetches the leads near the store. docs/competitors.md explains the figures;
 * match-eval.test.ts measures them on the labelled Beijing sample.
 */
import { comparable, sameBusiness } from '../leads/dedup.ts';
import { greatCircleMeters, nameSimilarity, sameBranch, splitName } from '../leads/normalize.ts';

/** Leads farther than this from a store are not candidates (platforms place pins up to ~100 m apart). */
export const MATCH_RADIUS_M = 300;
/** Distance that still counts as "the same spot"; the distance part of the score falls off beyond it. */
const SAME_SPOT_M = 50;
/** At or above: matched without a person looking. */
export const AUTO_MATCH_SCORE = 0.8;
/** At or above (and below AUTO_MATCH_SCORE): a person decides in the review queue. */
export const REVIEW_SCORE = 0.55;
/**
 * A runner-up this close to the best, in score or in name (two branches of a chain when the
 * listing names no branch), makes an automatic match ambiguous: review instead.
 */
export const AMBIGUITY_MARGIN = 0.05;
const SAME_NAME_MARGIN = 0.1;
const NAME_WEIGHT = 0.75;

export interface Scored {
  score: number;
  nameScore: number;
  distanceM: number;
}

/** Dice of characters: one wrong character leaves a short name (东来顺 / 东鑫顺) no bigram in common. */
function characterDice(a: string, b: string): number {
  const x = [...a];
  const left = [...b];
  if (x.length === 0 || left.length === 0) return 0;
  let shared = 0;
  for (const c of x) {
    const at = left.indexOf(c);
    if (at >= 0) {
      shared++;
      left.splice(at, 1);
    }
  }
  return (2 * shared) / (x.length + b.length);
}

/** Typo-tolerant but discounted, so a name with a wrong character lands in review, not in a match. */
const TYPO_DISCOUNT = 0.85;

export function nameScore(storeName: string, leadName: string): number {
  const a = splitName(storeName);
  const b = splitName(leadName);
  const [ca, cb] = [comparable(a.core), comparable(b.core)];
  let score = Math.max(nameSimilarity(ca, cb), TYPO_DISCOUNT * characterDice(ca, cb));
  // Only generic words in common (大董烤鸭 / 柳林烤鸭): another business.
  if (!sameBusiness(a.core, b.core)) score = Math.min(score, 0.4);
  // Two branches of one chain (必胜客 公主坟店 / 必胜客 航天桥店) are two stores.
  if (a.branch && b.branch && !sameBranch(a.branch, b.branch)) score *= 0.5;
  return score;
}

export function scorePair(
  store: { name: string; lat: number; lng: number },
  lead: { name: string; lat: number; lng: number },
): Scored {
  const distanceM = greatCircleMeters(store.lat, store.lng, lead.lat, lead.lng);
  const name = nameScore(store.name, lead.name);
  const near =
    distanceM <= SAME_SPOT_M
      ? 1
      : Math.max(0, 1 - (distanceM - SAME_SPOT_M) / (MATCH_RADIUS_M - SAME_SPOT_M));
  return { score: NAME_WEIGHT * name + (1 - NAME_WEIGHT) * near, nameScore: name, distanceM };
}

export type Verdict =
  | { status: 'matched'; leadId: string; best: Scored }
  | { status: 'review'; candidates: Array<Scored & { leadId: string }> }
  | { status: 'unmatched' };

/** The outcome for one store, given its scored candidates (pairs a person rejected left out). */
export function verdict(candidates: Array<Scored & { leadId: string }>): Verdict {
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.distanceM - b.distanceM);
  const [best, second] = ranked;
  if (!best || best.score < REVIEW_SCORE) return { status: 'unmatched' };
  const ambiguous =
    second !== undefined &&
    (best.score - second.score < AMBIGUITY_MARGIN ||
      (second.score >= REVIEW_SCORE && best.nameScore - second.nameScore < SAME_NAME_MARGIN));
  if (best.score >= AUTO_MATCH_SCORE && !ambiguous) return { status: 'matched', leadId: best.leadId, best };
  return { status: 'review', candidates: ranked.filter((c) => c.score >= REVIEW_SCORE).slice(0, 3) };
}
