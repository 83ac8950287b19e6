/**
 * Normalisation of what lead channels report about a store (name, phone field, coordinates), so that
 * the same store reported twice compares equal. Pure functions: no database, no locale, no clock.
 */

// ---------------------------------------------------------------------------------------------
// Text and names
// ---------------------------------------------------------------------------------------------

// NFKC turns （） into (), but 【】〔〕〖〗 and [] have no compatibility mapping; channels use them all.
const OPEN_BRACKETS = /[【〔〖[]/g;
const CLOSE_BRACKETS = /[】〕〗\]]/g;
// Invisible characters that survive copy-paste from apps and would make equal names differ.
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\ufe0e|\ufe0f/g;

export function normalizeText(s: string | null | undefined): string {
  if (!s) return '';
  return (
    s
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      // toLowerCase follows the Unicode default mapping, unlike toLocaleLowerCase (Turkish İ, etc.).
      .toLowerCase()
      .replace(OPEN_BRACKETS, '(')
      .replace(CLOSE_BRACKETS, ')')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Words that say what kind of place it is, not which one. Two different shops often share them
 * (大董烤鸭店 / 柳林烤鸭店, 老北京炸酱面 / 老北京涮肉), so they can never be the only evidence of sameness.
 */
export const GENERIC_WORDS: readonly string[] = [
  '老北京 北京 京味菜 京味 中国 烤鸭店 烤鸭 涮羊肉 涮肉 炸酱面 火锅 烧烤 串串 麻辣烫 小吃 快餐 面馆 饺子馆',
  '包子铺 大酒楼 酒楼 酒家 酒店 饭店 饭庄 饭馆 食府 食坊 菜馆 茶餐厅 西餐厅 餐厅 餐馆 咖啡馆 咖啡 家常菜',
  '私房菜 川菜 湘菜 粤菜 鲁菜 淮扬菜 东北菜 海鲜 自助餐 美食 宾馆 旗舰店 总店 分店',
]
  .join(' ')
  .split(' ')
  // Longest first, so that 烤鸭店 goes as a whole before 烤鸭 would leave a stray 店.
  .sort((a, b) => b.length - a.length);

// Single characters that are generic only at the end of a name (店小二 is a name, 某某店 is a shop).
const GENERIC_TAIL = /[店馆]+$/u;

/** The core with generic words removed: the part of a name that identifies one business. */
export function distinctivePart(core: string): string {
  let rest = core;
  for (const word of GENERIC_WORDS) rest = rest.split(word).join('');
  return rest.replace(GENERIC_TAIL, '');
}

// Punctuation that channels add or drop at will (老北京·炸酱面, 麦当劳 / 麦当劳'), plus pictographs.
const CORE_NOISE = /[\s·・•.。、,'"‘’“”`!?:;\-–—_~/\\|()*#&+@]|\p{Extended_Pictographic}/gu;
const BRANCH_SUFFIX = /(分店|旗舰店|总店|餐厅|店)$/u;
const UNBRACKETED_SEPARATOR = /[\s\-–—_]/u;

export interface SplitName {
  normalized: string;
  core: string;
  branch: string | null;
}

/** Separates a store name into the business (core) and the branch qualifier, if any. */
export function splitName(name: string | null | undefined): SplitName {
  const normalized = normalizeText(name);
  let head = normalized;
  let branch: string | null = null;

  const bracketed = trailingBracket(normalized);
  if (bracketed) {
    head = bracketed.head;
    branch = bracketed.inner.trim() || null;
  } else {
    const unbracketed = trailingBranchWord(normalized);
    if (unbracketed) {
      head = unbracketed.head;
      branch = unbracketed.branch;
    }
  }

  let core = head.replace(CORE_NOISE, '');
  // A name that is nothing but a qualifier, e.g. "(望京店)": keep it as the core rather than lose it.
  if (!core) {
    core = normalized.replace(CORE_NOISE, '');
    branch = null;
  }
  return { normalized, core, branch };
}

// Scans from the end rather than with a backtracking regex so that very long names stay linear.
function trailingBracket(s: string): { head: string; inner: string } | null {
  if (!s.endsWith(')')) return null;
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] === ')') depth++;
    else if (s[i] === '(') {
      depth--;
      if (depth === 0) return i === 0 ? null : { head: s.slice(0, i), inner: s.slice(i + 1, -1) };
    }
  }
  return null;
}

function trailingBranchWord(s: string): { head: string; branch: string } | null {
  let cut = -1;
  for (let i = s.length - 1; i > 0; i--) {
    if (UNBRACKETED_SEPARATOR.test(s[i]!)) {
      cut = i;
      break;
    }
  }
  if (cut <= 0) return null;
  const branch = s.slice(cut + 1);
  const place = branch.replace(BRANCH_SUFFIX, '');
  // "大董 烤鸭店" and "九 花山烤鸭店" are names with a stray space, not branches: a branch is a place
  // name, so it holds no generic word, and what precedes it must be a name of its own.
  if (!BRANCH_SUFFIX.test(branch) || !place || distinctivePart(place) !== place) return null;
  const head = s.slice(0, cut).replace(/[\s\-–—_]+$/u, '');
  return [...head.replace(CORE_NOISE, '')].length >= 2 ? { head, branch } : null;
}

/**
 * Branch qualifiers written differently by different channels (万寿路 / 万寿路店 / 万寿路餐厅), or
 * with a one-character typo (翠微 / 萃微): branches of one chain are named after landmarks that differ
 * by more than that, or (万寿路 / 万泉路) lie too far apart to be confused by the 200 m rule.
 */
export function sameBranch(a: string, b: string): boolean {
  const pa = branchPlace(a);
  const pb = branchPlace(b);
  if (!pa || !pb) return true;
  if (pa === pb) return true;
  const [short, long] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  if ([...short].length >= 2 && long.includes(short)) return true;
  return [...short].length >= 2 && withinOneEdit(pa, pb);
}

function withinOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (from: string[], skip: number) => from.slice(i + skip).join('');
  return rest(x, 1) === rest(y, 1) || rest(x, 1) === rest(y, 0) || rest(x, 0) === rest(y, 1);
}

function branchPlace(branch: string): string {
  return normalizeText(branch).replace(CORE_NOISE, '').replace(BRANCH_SUFFIX, '');
}

function grams(chars: string[], size: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + size <= chars.length; i++) {
    const gram = chars.slice(i, i + size).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of character bigrams of the cores; containment counts as near-identity. */
export function nameSimilarity(a: string, b: string): number {
  const ca = splitName(a).core;
  const cb = splitName(b).core;
  if (!ca || !cb) return 0;
  if (ca === cb) return 1;
  // Code points, not UTF-16 units, so rare CJK characters and emoji count once.
  const xa = [...ca];
  const xb = [...cb];
  const size = xa.length < 2 || xb.length < 2 ? 1 : 2;
  const ga = grams(xa, size);
  const gb = grams(xb, size);
  let shared = 0;
  for (const [gram, n] of ga) shared += Math.min(n, gb.get(gram) ?? 0);
  const dice = (2 * shared) / (xa.length - size + 1 + (xb.length - size + 1));
  const [short, long] = xa.length <= xb.length ? [ca, cb] : [cb, ca];
  // Channels drop or add words around the brand (海底捞 / 海底捞火锅), which Dice alone punishes.
  if ([...short].length >= 2 && long.includes(short)) return Math.max(dice, 0.9);
  return dice;
}

// ---------------------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------------------

const MOBILE = /^1[3-9]\d{9}$/;
const HOTLINE = /^[48]00\d{7}$/;
// Area codes 010 and 02x are followed by 8 digits, all other (3-digit) codes by 7 or 8.
const LANDLINE = /^(?:0[12]\d[1-9]\d{7}|0[3-9]\d{2}[1-9]\d{6,7})$/;
// Without an area code, a leading 1 is more likely a mobile with digits missing than a landline.
const LOCAL = /^[2-9]\d{6,7}$/;
// Longest string of digits a phone number can take once written out (0086 + 0xxx + 8 digits).
const MAX_DIGITS = 16;

/** Whether a canonical number is a landline without area code (7–8 digits). */
export function isLocalNumber(phone: string): boolean {
  return LOCAL.test(phone);
}

/** 400/800 numbers are shared by every branch of a chain, so they never show two leads are one store. */
export function isHotline(phone: string | null | undefined): boolean {
  return HOTLINE.test((phone ?? '').normalize('NFKC').replace(/\D/g, ''));
}

/** The area code (with its leading 0) of a canonical landline, or null. */
export function areaCode(phone: string): string | null {
  if (!LANDLINE.test(phone)) return null;
  return /^0[12]/.test(phone) ? phone.slice(0, 3) : phone.slice(0, 4);
}

function canonical(digits: string): string | null {
  if (MOBILE.test(digits) || HOTLINE.test(digits) || LANDLINE.test(digits)) return digits;
  // A trunk 0 dialled before a mobile, as some people write it.
  if (/^01[3-9]\d{9}$/.test(digits)) return digits.slice(1);
  const national = digits.startsWith('0086')
    ? digits.slice(4)
    : digits.startsWith('86')
      ? digits.slice(2)
      : '';
  if (national) {
    if (MOBILE.test(national)) return national;
    // International format drops the trunk 0 of the area code: +86 10 6811 8189.
    if (LANDLINE.test(`0${national}`)) return `0${national}`;
  }
  if (LOCAL.test(digits)) return digits;
  return null;
}

/** The canonical numbers in a free-text phone field, de-duplicated, in the order written. */
export function normalizePhones(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const text = raw
    .normalize('NFKC')
    // An extension reaches the same line; only the main number identifies the store.
    .replace(/(?:转|分机|ext\.?|x)\s*\d+/giu, ' ');
  const found: string[] = [];
  let area: string | null = null;
  for (const field of text.split(/[,，;；/、|\n]+/u)) {
    const groups = field.match(/\d+/g) ?? [];
    let i = 0;
    while (i < groups.length) {
      // Groups are joined greedily because one number is often written in pieces (010 6811 8189),
      // while two numbers written side by side never form a valid longer one.
      let best: { phone: string; next: number } | null = null;
      let digits = '';
      for (let j = i; j < groups.length; j++) {
        digits += groups[j];
        if (digits.length > MAX_DIGITS) break;
        const phone = canonical(digits);
        if (phone) best = { phone, next: j + 1 };
      }
      if (!best) {
        i++;
        continue;
      }
      let phone = best.phone;
      // "(010)68283482/68277309": the second number shares the first one's area code.
      if (area && LOCAL.test(phone) && LANDLINE.test(area + phone)) phone = area + phone;
      area = areaCode(phone) ?? area;
      if (!found.includes(phone)) found.push(phone);
      i = best.next;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Geography
// ---------------------------------------------------------------------------------------------

/** The radius PostgreSQL's earthdistance uses for earth(), so distances here and in SQL agree. */
export const EARTH_RADIUS_M = 6378168;

export type CoordinateSystem = 'wgs84' | 'gcj02' | 'bd09';

export interface LatLng {
  lat: number;
  lng: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

export function greatCircleMeters(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLng = rad(lng2 - lng1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

// Constants of the published GCJ-02 obfuscation: Krasovsky 1940 ellipsoid.
const GCJ_A = 6378245.0;
// The published 0.00669342162296594323, as the nearest double (which is all JS ever had).
const GCJ_EE = 0.006693421622965943;
const X_PI = (Math.PI * 3000.0) / 180.0;

// The obfuscation is only applied inside (a rectangle around) mainland China.
function outsideChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function shortWaves(x: number): number {
  return ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
}

function offsetLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += shortWaves(x);
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function offsetLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += shortWaves(x);
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

export function wgs84ToGcj02(lat: number, lng: number): LatLng {
  if (outsideChina(lat, lng)) return { lat, lng };
  const radLat = rad(lat);
  const magic = 1 - GCJ_EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat =
    (offsetLat(lng - 105, lat - 35) * 180) / (((GCJ_A * (1 - GCJ_EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (offsetLng(lng - 105, lat - 35) * 180) / ((GCJ_A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: lat + dLat, lng: lng + dLng };
}

export function gcj02ToBd09(lat: number, lng: number): LatLng {
  const z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
  const theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
  return { lat: z * Math.sin(theta) + 0.006, lng: z * Math.cos(theta) + 0.0065 };
}

// Neither forward transform has a closed-form inverse; a fixed-point iteration on the forward one
// converges in a few steps because the offset changes slowly with position.
function invert(
  forward: (lat: number, lng: number) => LatLng,
  lat: number,
  lng: number,
  start: LatLng,
): LatLng {
  let guess = start;
  for (let i = 0; i < 30; i++) {
    const there = forward(guess.lat, guess.lng);
    const dLat = there.lat - lat;
    const dLng = there.lng - lng;
    guess = { lat: guess.lat - dLat, lng: guess.lng - dLng };
    if (Math.abs(dLat) < 1e-10 && Math.abs(dLng) < 1e-10) break;
  }
  return guess;
}

export function bd09ToGcj02(lat: number, lng: number): LatLng {
  const x = lng - 0.0065;
  const y = lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return invert(gcj02ToBd09, lat, lng, { lat: z * Math.sin(theta), lng: z * Math.cos(theta) });
}

export function gcj02ToWgs84(lat: number, lng: number): LatLng {
  if (outsideChina(lat, lng)) return { lat, lng };
  return invert(wgs84ToGcj02, lat, lng, { lat, lng });
}

export function bd09ToWgs84(lat: number, lng: number): LatLng {
  const gcj = bd09ToGcj02(lat, lng);
  return gcj02ToWgs84(gcj.lat, gcj.lng);
}

export function toWgs84(lat: number, lng: number, system: CoordinateSystem): LatLng {
  if (system === 'bd09') return bd09ToWgs84(lat, lng);
  if (system === 'gcj02') return gcj02ToWgs84(lat, lng);
  return { lat, lng };
}
