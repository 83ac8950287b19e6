/**
 * Whether two leads describe the same store. Pure: the caller fetches candidates (same phone, or
 * within DEDUP_RADIUS_M via earthdistance) and asks this function about each pair.
 *
 * Coordinates of both candidates must be in one system; convert with toWgs84 first, because BD-09
 * and WGS-84 positions of one spot in Beijing lie several hundred metres apart.
 */
import {
  distinctivePart,
  greatCircleMeters,
  isHotline,
  isLocalNumber,
  nameSimilarity,
  normalizePhones,
  sameBranch,
  splitName,
} from './normalize.ts';

export interface DedupCandidate {
  name: string;
  phone?: string | null;
  lat?: number | null;
  lng?: number | null;
}

export interface DuplicateReason {
  reason: 'phone' | 'name';
  /** Name similarity of the two cores in [0,1], also for phone matches, so reviewers see both. */
  score: number;
  distanceM: number | null;
}

/** Name evidence only counts for stores this close; jitter between channels stays well inside it. */
export const DEDUP_RADIUS_M = 200;

/**
 * Chosen by measurement (dedup-eval.test.ts prints the sweep): below 0.55 look-alike neighbours get
 * in (翠满楼饭庄 / 翠满园饭庄 and 菜香根酒楼 / 菜香园酒楼 score 0.5); above 0.6 single-character typos
 * drop out. 0.6 is the top of that window: one typo in the middle of a six-character name
 * (红蕃茄楚珍舫 / 红番茄楚珍舫) still scores exactly 0.6.
 */
export const NAME_THRESHOLD = 0.6;

/**
 * A chain's central booking landline is shared by branches across the city, so a shared number only
 * counts for stores this close (or when one side has no coordinates).
 */
export const PHONE_MAX_DISTANCE_M = 2000;

// Channels prefix the city (北京辣尚瘾) or append 店 (辣尚瘾店) at will; neither tells businesses apart.
const CITY_PREFIX = /^(?:北京|上海|天津|重庆|广州|深圳|杭州|南京|成都|武汉|西安)市?/u;

/** A core without the city prefix and a trailing 店, which channels add or drop at will. */
export function comparable(core: string): string {
  const stripped = core.replace(CITY_PREFIX, '').replace(/店$/u, '');
  return [...stripped].length >= 2 ? stripped : core;
}

function hasPosition(c: DedupCandidate): c is DedupCandidate & { lat: number; lng: number } {
  return Number.isFinite(c.lat) && Number.isFinite(c.lng);
}

function identifyingPhones(c: DedupCandidate): string[] {
  return normalizePhones(c.phone).filter((p) => !isHotline(p));
}

/**
 * 'full' when a number is written identically; 'local' when one side lacks the area code
 * (68118189 vs 01068118189), which only counts nearby because every city has its own 68118189.
 */
function phoneMatch(a: string[], b: string[]): 'full' | 'local' | null {
  let local = false;
  for (const pa of a) {
    for (const pb of b) {
      if (pa === pb) return 'full';
      if (isLocalNumber(pa) !== isLocalNumber(pb)) {
        const [short, long] = isLocalNumber(pa) ? [pa, pb] : [pb, pa];
        if (long.startsWith('0') && long.endsWith(short) && long.length - short.length <= 4) local = true;
      }
    }
  }
  return local ? 'local' : null;
}

/**
 * Cores that differ must share something beyond generic words: 大董烤鸭 and 柳林烤鸭 share 烤鸭 only.
 * Characters rather than bigrams, because a typo in the middle of a three-character name (玲珑居 /
 * 玲龙居) leaves it no bigram in common. Names made only of generic words (老北京炸酱面) were
 * already compared whole.
 */
export function sameBusiness(coreA: string, coreB: string): boolean {
  if (coreA === coreB) return true;
  const da = [...distinctivePart(coreA)];
  const db = [...distinctivePart(coreB)];
  if (!da.length && !db.length) return true;
  if (!da.length || !db.length) return false;
  const left = [...db];
  let shared = 0;
  for (const c of da) {
    const at = left.indexOf(c);
    if (at >= 0) {
      shared++;
      left.splice(at, 1);
    }
  }
  return (2 * shared) / (da.length + db.length) >= 0.5;
}

/** Why a and b look like one store, or null. nameThreshold is there for measuring, not for callers. */
export function duplicateReason(
  a: DedupCandidate,
  b: DedupCandidate,
  nameThreshold: number = NAME_THRESHOLD,
): DuplicateReason | null {
  const distanceM = hasPosition(a) && hasPosition(b) ? greatCircleMeters(a.lat, a.lng, b.lat, b.lng) : null;
  const na = splitName(a.name);
  const nb = splitName(b.name);
  // Two branches of one chain are two stores, even next door to each other or sharing a number.
  if (na.branch && nb.branch && !sameBranch(na.branch, nb.branch)) return null;
  const score = nameSimilarity(comparable(na.core), comparable(nb.core));
  const namesAgree = score >= nameThreshold && sameBusiness(na.core, nb.core);

  const phones = phoneMatch(identifyingPhones(a), identifyingPhones(b));
  if (phones) {
    const nearEnough =
      distanceM === null
        ? // Without positions, a number missing its area code needs the name to rule out another city.
          phones === 'full' || namesAgree
        : distanceM <= PHONE_MAX_DISTANCE_M;
    if (nearEnough) return { reason: 'phone', score, distanceM };
  }

  if (distanceM !== null && distanceM <= DEDUP_RADIUS_M && namesAgree)
    return { reason: 'name', score, distanceM };
  return null;
}
