import { describe, expect, it } from 'vitest';
import { CITY_AREA_CODES, placeKind } from './city-centres.ts';
import { CHAINS, CORES, type Core } from './store-parts.ts';
import {
  BEIJING_CENTRES,
  CHINA_CITY_CENTRES,
  type CityCentre,
  CUISINES,
  type GeneratedStore,
  generateStores,
  STORE_CATEGORIES,
} from './stores.ts';

const ALL_CENTRES = [...BEIJING_CENTRES, ...CHINA_CITY_CENTRES];
const CENTRE_BY_NAME = new Map(ALL_CENTRES.map((centre) => [centre.name, centre]));

const generate = (count: number, seed: number, centres: CityCentre[] = BEIJING_CENTRES) => [
  ...generateStores({ count, seed, centres }),
];

// The demo's size over Beijing, and a bigger run over the whole country.
const beijing = generate(5000, 1);
const china = generate(20_000, 2, ALL_CENTRES);
const everyStore = [...beijing, ...china];

type Point = { lat: number; lng: number };

function metres(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

const centreOf = (store: GeneratedStore) => CENTRE_BY_NAME.get(store.attrs.businessArea as string)!;
/** What a branch may be named after: the area's streets and landmarks, and the area itself. */
const placesOf = (centre: CityCentre) =>
  centre.streets.some((place) => place.name === centre.name)
    ? centre.streets
    : [...centre.streets, { name: centre.name, lat: centre.lat, lng: centre.lng }];
const branchOf = (name: string) => /\(([^()]+)\)$/.exec(name)?.[1];
const withoutBranch = (name: string) => name.replace(/\([^()]+\)$/, '');

/** The longest core the name ends with: 快捷酒店 rather than 酒店. */
function coreOf(store: GeneratedStore): Core | undefined {
  const base = withoutBranch(store.name);
  const cores = CORES[store.category as keyof typeof CORES] ?? [];
  return cores.filter((core) => base.endsWith(core.word)).sort((a, b) => b.word.length - a.word.length)[0];
}

describe('generateStores', () => {
  it('gives the same stores for the same seed, whatever the count, and other stores for another seed', () => {
    expect(generate(500, 1)).toEqual(beijing.slice(0, 500));
    const first = new Set(beijing.slice(0, 500).map((store) => store.name));
    const other = generate(500, 2);
    expect(other.filter((store) => first.has(store.name)).length).toBeLessThan(50);
    expect(other.map((store) => store.lat)).not.toEqual(beijing.slice(0, 500).map((store) => store.lat));
  });

  it('yields exactly the number asked for', () => {
    expect(generate(0, 1)).toEqual([]);
    expect(generate(137, 1)).toHaveLength(137);
  });

  it('streams: ten stores out of ten million come back at once', () => {
    const started = performance.now();
    const first: GeneratedStore[] = [];
    for (const store of generateStores({ count: 10_000_000, seed: 1, centres: BEIJING_CENTRES })) {
      first.push(store);
      if (first.length === 10) break;
    }
    expect(performance.now() - started).toBeLessThan(1000);
    expect(first).toEqual(beijing.slice(0, 10));
  });

  it('refuses a count or centres it cannot honour', () => {
    expect(() => generate(-1, 1)).toThrow(RangeError);
    expect(() => generate(2.5, 1)).toThrow(RangeError);
    expect(() => generate(1, 1, [])).toThrow(RangeError);
    expect(() => generate(1, 1, [{ ...BEIJING_CENTRES[0]!, weight: 0 }])).toThrow(RangeError);
  });

  it('leaves no undefined or NaN in any text, even for an area with no city or district', () => {
    const bare: CityCentre = {
      name: '某商圈',
      lat: 36.06,
      lng: 120.38,
      radiusM: 800,
      weight: 1,
      streets: [{ name: '香港中路', lat: 36.062, lng: 120.385 }],
    };
    const stores = [...everyStore, ...generate(300, 3, [bare])];
    const broken = stores.filter((store) =>
      /undefined|NaN|null/.test(JSON.stringify(store).replace('"phone":null', '')),
    );
    expect(broken).toEqual([]);
    expect(generate(300, 3, [bare]).every((store) => store.address.startsWith('香港中路'))).toBe(true);
  });
});

describe('where stores are', () => {
  it('keeps every store within twice the radius of its business area, inside China', () => {
    const stray = everyStore.filter((store) => {
      const centre = centreOf(store);
      if (!centre || metres(store, centre) > 2 * centre.radiusM) return true;
      return store.lat < 18 || store.lat > 54 || store.lng < 73 || store.lng > 135.1;
    });
    expect(stray).toEqual([]);
  });

  it('crowds stores toward the middle of each area and spreads them over areas by weight', () => {
    let inner = 0;
    let outer = 0;
    for (const store of everyStore) {
      const centre = centreOf(store);
      const distance = metres(store, centre);
      if (distance < centre.radiusM / 2) inner++;
      else if (distance > centre.radiusM) outer++;
    }
    // Per unit of area (in r²): the inner disc covers π/4, the ring from r to 2r covers 3π.
    expect(inner / (Math.PI / 4)).toBeGreaterThan(3 * (outer / (3 * Math.PI)));
    const perArea = (name: string) => beijing.filter((store) => store.attrs.businessArea === name).length;
    for (const centre of BEIJING_CENTRES) expect(perArea(centre.name)).toBeGreaterThan(150);
    expect(perArea('国贸')).toBeGreaterThan(perArea('五道口') * 1.2);
  });

  it('addresses each store on the street nearest to it (or to its mall), with a house number', () => {
    const wrong = everyStore.filter((store) => {
      const centre = centreOf(store);
      const region = [`${centre.city}${centre.district}`, `${centre.district}`, ''].find((prefix) =>
        store.address.startsWith(prefix),
      )!;
      const rest = store.address.slice(region.length);
      const streets = centre.streets.filter((place) => placeKind(place.name) === 'street');
      const street = streets
        .filter((place) => new RegExp(`^${place.name}甲?\\d+号`).test(rest))
        .sort((a, b) => b.name.length - a.name.length)[0];
      if (!street) return true;
      const mall = centre.streets.find(
        (place) => placeKind(place.name) === 'mall' && rest.includes(`号${place.name}`),
      );
      const from = mall ?? store;
      const nearest = Math.min(...streets.map((place) => metres(from, place)));
      return metres(from, street) > nearest + 1;
    });
    expect(wrong).toEqual([]);
    expect(beijing.filter((store) => /^北京市海淀区\S+?\d+号/.test(store.address)).length).toBeGreaterThan(
      500,
    );
  });
});

describe('store names', () => {
  it('never repeat; chain branches differ by their branch', () => {
    for (const stores of [beijing, china]) {
      const seen = new Set<string>();
      const repeated = stores.filter((store) => seen.size === seen.add(store.name).size);
      expect(repeated).toEqual([]);
    }
  });

  it('name branches after a street or landmark near the store', () => {
    const farFetched = everyStore.filter((store) => {
      const branch = branchOf(store.name);
      if (!branch) return false;
      const centre = centreOf(store);
      const place = placesOf(centre)
        .filter(
          (p) =>
            branch.startsWith(p.name) &&
            /^([二三四五六七八九十\d]+店|店|餐厅)$/.test(branch.slice(p.name.length)),
        )
        .sort((a, b) => b.name.length - a.name.length)[0];
      if (!place) return true;
      const third = placesOf(centre)
        .map((p) => metres(store, p))
        .sort((a, b) => a - b)[2]!;
      return metres(store, place) > third + 1;
    });
    expect(farFetched).toEqual([]);
    const unbranched = beijing.filter((store) => !branchOf(store.name)).length / beijing.length;
    expect(unbranched).toBeGreaterThan(0.08);
    expect(unbranched).toBeLessThan(0.3);
  });

  it('include chains with many branches, about 15 % of all stores', () => {
    for (const stores of [beijing, china]) {
      const branches = new Map<string, string[]>();
      for (const store of stores) {
        const chain = store.attrs.chain as string | undefined;
        if (!chain) continue;
        expect(store.name.startsWith(`${chain}(`)).toBe(true);
        branches.set(chain, [...(branches.get(chain) ?? []), branchOf(store.name)!]);
      }
      const chained = [...branches.values()].flat().length / stores.length;
      expect(chained).toBeGreaterThan(0.12);
      expect(chained).toBeLessThan(0.18);
      const big = [...branches.values()].filter((list) => list.length >= 3);
      expect(big.length).toBeGreaterThanOrEqual(15);
      for (const list of big) expect(new Set(list).size).toBe(list.length);
    }
    expect(beijing.filter((store) => /^(肯德基|麦当劳)\(.+餐厅\)$/.test(store.name)).length).toBeGreaterThan(
      50,
    );
  });

  it('say what the store sells, in line with its category, cuisine and average spend', () => {
    const inconsistent = everyStore.filter((store) => {
      const chain = CHAINS.find((c) => c.name === store.attrs.chain);
      const made = chain ?? coreOf(store);
      if (!made || (chain && chain.category !== store.category)) return true;
      const { cuisine, avgSpend } = store.attrs as { cuisine?: string; avgSpend?: number };
      if ((made.cuisine ?? undefined) !== cuisine) return true;
      if (!made.spend) return avgSpend !== undefined;
      return !Number.isInteger(avgSpend) || avgSpend! < made.spend[0] || avgSpend! > made.spend[1];
    });
    expect(inconsistent).toEqual([]);
  });
});

describe('categories and attributes', () => {
  it('cover every category, with a cuisine exactly for food and a spend except at supermarkets', () => {
    const seen = new Set(beijing.map((store) => store.category));
    expect([...seen].sort()).toEqual(STORE_CATEGORIES.map((category) => category.key).sort());
    const food = new Set<string>(STORE_CATEGORIES.filter((c) => c.food).map((c) => c.key));
    const wrong = everyStore.filter((store) => {
      const cuisine = store.attrs.cuisine as (typeof CUISINES)[number] | undefined;
      if (food.has(store.category) !== (cuisine !== undefined)) return true;
      if (cuisine && !CUISINES.includes(cuisine)) return true;
      return (store.category === 'supermarket') === (typeof store.attrs.avgSpend === 'number');
    });
    expect(wrong).toEqual([]);
    const spend = (category: string) => {
      const list = beijing.filter((store) => store.category === category);
      return list.reduce((sum, store) => sum + (store.attrs.avgSpend as number), 0) / list.length;
    };
    expect(spend('hotel')).toBeGreaterThan(spend('restaurant'));
    expect(spend('restaurant')).toBeGreaterThan(spend('fast_food'));
  });
});

describe('phones', () => {
  const formats = {
    bracketed: /^\((0\d{2,3})\)[568]\d{7}$/,
    dashed: /^(0\d{2,3})-[568]\d{7}$/,
    mobile: /^1[3-9]\d{9}$/,
    hotline: /^400(\d{7}|-\d{3}-\d{4})$/,
  };
  const formatOf = (number: string) =>
    (Object.keys(formats) as Array<keyof typeof formats>).find((key) => formats[key].test(number));

  it('are written as in the wild, with the area code of the store’s city', () => {
    const seen = new Set<string>();
    const wrong = everyStore.filter((store) => {
      if (store.phone === null) return false;
      const numbers = store.phone.split(',');
      if (numbers.length > 1) seen.add('two');
      return numbers.some((number) => {
        const format = formatOf(number);
        if (!format) return true;
        seen.add(format);
        if (format === 'hotline' && !store.attrs.chain) return true;
        const code = formats.bracketed.exec(number)?.[1] ?? formats.dashed.exec(number)?.[1];
        return code !== undefined && code !== CITY_AREA_CODES[centreOf(store).city!];
      });
    });
    expect(wrong).toEqual([]);
    expect([...seen].sort()).toEqual(['bracketed', 'dashed', 'hotline', 'mobile', 'two']);
    expect(beijing.some((store) => store.phone?.startsWith('(010)6'))).toBe(true);
    expect(beijing.some((store) => store.phone?.startsWith('010-8'))).toBe(true);
    const missing = beijing.filter((store) => store.phone === null).length / beijing.length;
    expect(missing).toBeGreaterThan(0.07);
    expect(missing).toBeLessThan(0.13);
  });
});

describe('city centres', () => {
  it('have unique names, a street for addresses, and places inside the area', () => {
    expect(new Set(ALL_CENTRES.map((centre) => centre.name)).size).toBe(ALL_CENTRES.length);
    const faulty = ALL_CENTRES.filter(
      (centre) =>
        !centre.streets.some((place) => placeKind(place.name) === 'street') ||
        centre.streets.some((place) => metres(place, centre) > 1.5 * centre.radiusM),
    );
    expect(faulty.map((centre) => centre.name)).toEqual([]);
  });

  it('cover ten big cities besides Beijing, several areas each, with known area codes', () => {
    const cities = new Map<string, number>();
    for (const centre of CHINA_CITY_CENTRES) cities.set(centre.city!, (cities.get(centre.city!) ?? 0) + 1);
    expect(cities.size).toBeGreaterThanOrEqual(10);
    expect(cities.has('北京市')).toBe(false);
    expect([...cities.values()].every((areas) => areas >= 3)).toBe(true);
    expect(ALL_CENTRES.every((centre) => CITY_AREA_CODES[centre.city!])).toBe(true);
  });
});
