/**
 * Deterministic generator of believable Chinese merchant stores: the demo tenant's leads and the
 * benchmark's million-store tenant. Same seed, same stores, so a demo can be rebuilt and a benchmark
 * rerun on identical data.
 */
import { CITY_AREA_CODES, type CityCentre, type PlaceKind, placeKind } from './city-centres.ts';
import {
  CATEGORY_SHARE,
  CHAINS,
  type Chain,
  CORES,
  type Core,
  FLOORS,
  MOBILE_PREFIXES,
  PREFIXES,
  type PrefixStyle,
  SHOP_NAMES_ANY_TRADE,
  SHOP_NAMES_EATERY,
  STORE_CATEGORIES,
  type StoreCategoryKey,
  shopName,
} from './store-parts.ts';

export { BEIJING_CENTRES, CHINA_CITY_CENTRES, type CityCentre } from './city-centres.ts';
export { CUISINES, STORE_CATEGORIES, type StoreCategoryKey } from './store-parts.ts';

export interface GeneratedStore {
  name: string;
  phone: string | null;
  address: string;
  lat: number;
  lng: number;
  /** One of STORE_CATEGORIES' keys. */
  category: string;
  /**
   * cuisine (food only, one of CUISINES), avgSpend (yuan per person, per night for hotels; none for
   * supermarkets), businessArea (the centre's name, the 商圈) and chain (the brand, for branches).
   */
  attrs: Record<string, unknown>;
}

const CHAIN_SHARE = 0.15;
/** Independents listed without a branch, like 合兴居; the rest carry one, like 湘水之珠(万寿路店). */
const UNBRANCHED_SHARE = 0.2;
/** Names that are only style and product (老北京炸酱面), no shop name of their own. */
const PREFIX_ONLY_SHARE = 0.1;
const PREFIX_SHARE = 0.25;
/** Branches are named after the nearest place, sometimes the next one: shops pick the better-known. */
const SECOND_PLACE_SHARE = 0.3;
/** Shops bunch along streets and around landmarks, not only around the middle of an area. */
const PLACE_CLUSTER_SHARE = 0.4;
const METRES_PER_DEGREE = 111_320;

export type Random = () => number;

/** A Weyl sequence passed through murmur3's finaliser: tiny, fast, and well spread for test data. */
export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  let state = mix32(mix32(Math.floor(seed / 2 ** 32) >>> 0) ^ (seed >>> 0) ^ 0x5bd1e995);
  return () => {
    state = (state + 0x9e3779b9) | 0;
    return (mix32(state) >>> 0) / 4294967296;
  };
}

function mix32(value: number): number {
  let z = value;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return z ^ (z >>> 16);
}

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return mix32(hash);
}

/**
 * A keyed shuffle of [0, size): a bijection on the enclosing power of two (xor, odd multiply and
 * xorshift are each invertible there), applied again until the value falls inside. It lets the k-th
 * shop at a place take a different-looking name than the (k-1)-th without remembering past names.
 */
function permute(index: number, size: number, key: number): number {
  if (size <= 1) return 0;
  const bits = 32 - Math.clz32(size - 1);
  const mask = (1 << bits) - 1;
  const shift = Math.max(1, bits >> 1);
  let x = index;
  do {
    x = (x ^ key) & mask;
    x = Math.imul(x, 0x2c1b3c6d) & mask;
    x ^= x >>> shift;
    x = Math.imul(x, 0x297a2d39) & mask;
    x ^= x >>> shift;
  } while (x >= size);
  return x;
}

function weightedPicker(what: string, items: readonly { weight: number }[]): (random: number) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const { weight } of items) {
    if (!(weight >= 0)) throw new RangeError(`${what}: weights must be non-negative numbers`);
    total += weight;
    cumulative.push(total);
  }
  if (!(total > 0)) throw new RangeError(`${what}: at least one weight must be positive`);
  return (random) => {
    const target = random * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}

/** A place in metres east (x) and north (y) of its area's centre. */
interface Place {
  name: string;
  kind: PlaceKind;
  x: number;
  y: number;
}

interface Area {
  centre: CityCentre;
  places: Place[];
  streets: Place[];
  cityName: string;
  areaCode: string | undefined;
  metresPerDegreeLng: number;
}

function prepareArea(centre: CityCentre): Area {
  if (!(centre.radiusM > 0)) throw new RangeError(`Centre ${centre.name}: radiusM must be positive`);
  const metresPerDegreeLng = METRES_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180);
  const places: Place[] = centre.streets.map((place) => ({
    name: place.name,
    kind: placeKind(place.name),
    x: (place.lng - centre.lng) * metresPerDegreeLng,
    y: (place.lat - centre.lat) * METRES_PER_DEGREE,
  }));
  // The area's own name (公主坟) is the most common branch name of all.
  if (!places.some((place) => place.name === centre.name)) {
    places.unshift({ name: centre.name, kind: 'landmark', x: 0, y: 0 });
  }
  return {
    centre,
    places,
    streets: places.filter((place) => place.kind === 'street'),
    cityName: centre.city?.replace(/市$/, '') ?? '',
    areaCode: centre.city ? CITY_AREA_CODES[centre.city] : undefined,
    metresPerDegreeLng,
  };
}

/** Gaussian around the middle or around one of the places, never beyond twice the radius. */
function samplePoint(random: Random, area: Area): { x: number; y: number } {
  const radius = area.centre.radiusM;
  const onPlace = random() < PLACE_CLUSTER_SHARE;
  const anchor = onPlace ? pick(random, area.places) : { x: 0, y: 0 };
  const sigma = (onPlace ? 0.2 : 0.45) * radius;
  const reach = (onPlace ? 0.5 : 1.6) * radius;
  // Distance from the anchor follows a Rayleigh law cut at `reach`, drawn by inverting its CDF.
  const cut = 1 - Math.exp(-(reach * reach) / (2 * sigma * sigma));
  const distance = sigma * Math.sqrt(-2 * Math.log(1 - random() * cut));
  const angle = 2 * Math.PI * random();
  let x = anchor.x + distance * Math.cos(angle);
  let y = anchor.y + distance * Math.sin(angle);
  const far = Math.hypot(x, y);
  const limit = 1.95 * radius;
  if (far > limit) {
    x *= limit / far;
    y *= limit / far;
  }
  return { x, y };
}

/** The `n` places nearest to (x, y), nearest first. */
function nearestPlaces(places: Place[], x: number, y: number, n: number): Place[] {
  const found: Array<{ place: Place; distance: number }> = [];
  for (const place of places) {
    const distance = (place.x - x) ** 2 + (place.y - y) ** 2;
    if (found.length === n && distance >= found[n - 1]!.distance) continue;
    let at = found.length;
    while (at > 0 && found[at - 1]!.distance > distance) at--;
    found.splice(at, 0, { place, distance });
    if (found.length > n) found.pop();
  }
  return found.map((entry) => entry.place);
}

/** Remembers only how many names each (category, place) has handed out, not the names themselves. */
class NameSpaces {
  private readonly spaces = new Map<string, { taken: number; key: number }>();
  constructor(private readonly seedKey: number) {}

  taken(space: string): number {
    return this.spaces.get(space)?.taken ?? 0;
  }

  /** The next slot: a shuffled index below `size`, and how many times the space has been used up. */
  take(space: string, size: number): { index: number; round: number } {
    let entry = this.spaces.get(space);
    if (!entry) {
      entry = { taken: 0, key: hashString(space) ^ this.seedKey };
      this.spaces.set(space, entry);
    }
    const slot = entry.taken++;
    return { index: permute(slot % size, size, entry.key), round: Math.floor(slot / size) };
  }
}

const FOOD = new Set<string>(STORE_CATEGORIES.filter((c) => c.food).map((c) => c.key));

const NUMERALS = '零一二三四五六七八九';

/** 二, 十一, 二十三: how a second or twenty-third branch at the same place is told apart. */
function ordinal(n: number): string {
  if (n < 10) return NUMERALS[n]!;
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? NUMERALS[tens] : ''}十${ones ? NUMERALS[ones] : ''}`;
}

function branch(place: Place, round: number, word: string): string {
  return round === 0 ? `(${place.name}${word})` : `(${place.name}${ordinal(round + 1)}店)`;
}

function prefixesFor(style: PrefixStyle, area: Area): readonly string[] {
  if (style === 'city') return area.cityName ? [area.cityName] : [];
  return PREFIXES[style];
}

/**
 * Unique by construction: within one (category, place) every shop takes a different 字号 slot, and
 * once all are taken the branch becomes 二店, 三店. Prefix-only names have their own, smaller space.
 */
function independentName(
  random: Random,
  spaces: NameSpaces,
  area: Area,
  category: StoreCategoryKey,
  core: Core,
  place: Place,
): string {
  const prefixes = prefixesFor(core.style, area);
  let branched = random() >= UNBRANCHED_SHARE;
  if (prefixes.length > 0 && random() < PREFIX_ONLY_SHARE) {
    const space = `p|${category}|${core.word}|${branched ? place.name : ''}`;
    if (spaces.taken(space) < prefixes.length) {
      const { index } = spaces.take(space, prefixes.length);
      return prefixes[index]! + core.word + (branched ? branch(place, 0, '店') : '');
    }
  }
  const size = FOOD.has(category) ? SHOP_NAMES_EATERY : SHOP_NAMES_ANY_TRADE;
  const unbranched = `s|${category}|`;
  if (!branched && spaces.taken(unbranched) >= size) branched = true;
  const { index, round } = spaces.take(branched ? `s|${category}|${place.name}` : unbranched, size);
  const prefix = prefixes.length > 0 && random() < PREFIX_SHARE ? pick(random, prefixes) : '';
  return prefix + shopName(index) + core.word + (branched ? branch(place, round, '店') : '');
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function digits(random: Random, count: number): string {
  return String(Math.floor(random() * 10 ** count)).padStart(count, '0');
}

/** As phones appear in listings: (010)68118189, 010-88118189, 13716411148, two joined by a comma. */
function phone(random: Random, area: Area, hotline: string | undefined): string | null {
  if (random() < (hotline ? 0.05 : 0.11)) return null;
  if (hotline && random() < 0.35) return hotline;
  const code = area.areaCode;
  const mobile = () => pick(random, MOBILE_PREFIXES) + digits(random, 8);
  if (!code || random() < 0.3) {
    const first = mobile();
    return random() < 0.1 ? `${first},${mobile()}` : first;
  }
  const bracketed = random() < 0.7;
  const landline = (local: string) => (bracketed ? `(${code})${local}` : `${code}-${local}`);
  const local = pick(random, ['5', '6', '8']) + digits(random, 7);
  if (random() >= 0.15) return landline(local);
  // Restaurants with two lines mostly have consecutive numbers: (010)68296775,(010)68296776.
  const consecutive = !local.endsWith('9') && random() < 0.6;
  const second = consecutive ? landline(String(Number(local) + 1)) : mobile();
  return `${landline(local)},${second}`;
}

function hotlineOf(chain: Chain, seedKey: number): string {
  const hash = (hashString(chain.name) ^ seedKey) >>> 0;
  const number = String(hash % 10_000_000).padStart(7, '0');
  return hash % 4 === 0 ? `400-${number.slice(0, 3)}-${number.slice(3)}` : `400${number}`;
}

const NOT_IN_MALLS = new Set<string>(['hotel', 'supermarket']);

/**
 * 北京市海淀区万寿路23号: the street nearest the store and a number growing with the distance
 * along it, so that neighbours get neighbouring numbers. Shops in a mall share the mall's address.
 */
function address(random: Random, area: Area, x: number, y: number, category: string, near: Place): string {
  let at = { x, y };
  let detail = '';
  if (near.kind === 'mall' && !NOT_IN_MALLS.has(category) && Math.hypot(near.x - x, near.y - y) < 200) {
    at = near;
    const floor = pick(random, FLOORS);
    detail = near.name + (/[A-Z]$/i.test(near.name) && /^[A-Z]/.test(floor) ? ' ' : '') + floor;
  } else {
    const roll = random();
    if (roll < 0.12) detail = `${1 + Math.floor(random() * 3)}层`;
    else if (roll < 0.2) detail = '底商';
    else if (roll < 0.27)
      detail = `${pick(random, ['A', 'B', 'C', 'D'])}座${1 + Math.floor(random() * 3)}0${digits(random, 1)}`;
    else if (roll < 0.35 && near.kind !== 'street') detail = `(近${near.name})`;
  }
  const street = nearestPlaces(area.streets, at.x, at.y, 1)[0] ?? near;
  const number = 1 + Math.floor(Math.hypot(at.x - street.x, at.y - street.y) / 9);
  const annex = detail.startsWith(near.name) || random() >= 0.06 ? '' : '甲';
  const region = random();
  const city = area.centre.city ?? '';
  const district = area.centre.district ?? '';
  const prefix = region < 0.65 ? city + district : region < 0.85 ? district : '';
  return `${prefix}${street.name}${annex}${number}号${detail}`;
}

/**
 * Streams `count` stores over the given centres. Lazy: nothing is computed for stores not yet asked
 * for, and the first n stores are the same whatever the count.
 */
export function* generateStores(options: {
  count: number;
  seed: number;
  centres: CityCentre[];
}): Generator<GeneratedStore> {
  const { count, seed, centres } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0`);
  if (centres.length === 0) throw new RangeError('At least one centre is needed');
  const random = createRandom(seed);
  const seedKey = hashString(`seed:${seed}`);
  const areas = centres.map(prepareArea);
  const pickArea = weightedPicker('centres', centres);
  const categories = Object.keys(CATEGORY_SHARE) as StoreCategoryKey[];
  const shares = categories.map((key) => ({ weight: CATEGORY_SHARE[key] }));
  const pickCategory = weightedPicker('categories', shares);
  const pickCore = Object.fromEntries(
    categories.map((key) => [key, weightedPicker(key, CORES[key])]),
  ) as Record<StoreCategoryKey, (random: number) => number>;
  const pickChain = weightedPicker('chains', CHAINS);
  const hotlines = new Map(CHAINS.map((chain) => [chain, hotlineOf(chain, seedKey)]));
  const spaces = new NameSpaces(seedKey);

  for (let i = 0; i < count; i++) {
    const area = areas[pickArea(random())]!;
    const { x, y } = samplePoint(random, area);
    const near = nearestPlaces(area.places, x, y, 3);
    const place = near.length > 1 && random() < SECOND_PLACE_SHARE ? near[1]! : near[0]!;
    let name: string;
    let category: StoreCategoryKey;
    let cuisine: string | null;
    let spend: readonly [number, number] | null;
    let chain: Chain | undefined;
    if (random() < CHAIN_SHARE) {
      const brand = CHAINS[pickChain(random())]!;
      // A chain names a second branch nearby after another place before it resorts to 二店.
      const named = [place, ...near].find((p) => spaces.taken(`c|${brand.name}|${p.name}`) === 0) ?? place;
      const { round } = spaces.take(`c|${brand.name}|${named.name}`, 1);
      ({ category, cuisine, spend } = brand);
      name = brand.name + branch(named, round, brand.branchWord);
      chain = brand;
    } else {
      category = categories[pickCategory(random())]!;
      const core = CORES[category][pickCore[category](random())]!;
      ({ cuisine, spend } = core);
      name = independentName(random, spaces, area, category, core, place);
    }
    const attrs: Record<string, unknown> = {};
    if (cuisine) attrs.cuisine = cuisine;
    if (spend) attrs.avgSpend = spend[0] + Math.floor(random() * (spend[1] - spend[0] + 1));
    attrs.businessArea = area.centre.name;
    if (chain) attrs.chain = chain.name;
    yield {
      name,
      phone: phone(random, area, chain && hotlines.get(chain)),
      address: address(random, area, x, y, category, near[0]!),
      lat: Math.round((area.centre.lat + y / METRES_PER_DEGREE) * 1e6) / 1e6,
      lng: Math.round((area.centre.lng + x / area.metresPerDegreeLng) * 1e6) / 1e6,
      category,
      attrs,
    };
  }
}
