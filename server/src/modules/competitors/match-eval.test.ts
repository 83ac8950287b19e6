import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { GENERIC_WORDS, splitName, toWgs84 } from '../leads/normalize.ts';

/**
 * Matching measured on a labelled sample built from the 50 real Haidian stores (shared data):
 * each store is listed by a "competitor" under a name variant (one in six with a typo) with its pin
 * moved by up to 60 m (every fourth up to 150 m)
 * (positives: must match that store's lead); shops nearby under other names and same-name shops
 * in another district are decoys (must match nothing). The figures are printed and held to floors.
 */
interface Poi {
  name: string;
  lat: number;
  lng: number;
  address: string | null;
}
const POIS: Poi[] = JSON.parse(
  readFileSync(new URL('../../demo/data/beijing-haidian-pois.json', import.meta.url), 'utf8'),
);

// A fixed pseudo-random sequence, so the sample is the same on every run.
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
/** Moves a point by up to `maxM` metres in a random direction. */
function jitter(lat: number, lng: number, maxM: number) {
  const d = random() * maxM;
  const angle = random() * 2 * Math.PI;
  return {
    lat: lat + (d * Math.cos(angle)) / 111_320,
    lng: lng + (d * Math.sin(angle)) / (111_320 * Math.cos((lat * Math.PI) / 180)),
  };
}

/** How another platform writes the same store: brackets, city prefix, branch dropped or spaced. */
function variant(name: string, i: number): string {
  const { core, branch } = splitName(name);
  const raw = name.replace(/[(（].*$/u, '').trim();
  switch (i % 6) {
    case 0:
      return name;
    case 1:
      return branch ? `${raw}（${branch.replace(/店$/u, '')}）` : `${raw}`;
    case 2:
      return branch ? `北京${raw}(${branch})` : `北京${raw}`;
    case 3:
      return raw || core;
    case 4:
      return branch ? `${raw} ${branch}` : `${raw}店`;
    default: {
      // A typo: one character of the name replaced.
      const chars = [...raw];
      chars[Math.min(1, chars.length - 1)] = '鑫';
      return branch ? `${chars.join('')}(${branch})` : chars.join('');
    }
  }
}

const DECOY_NAMES = [
  '鑫源便利店',
  '蜜雪冰城',
  '好邻居超市',
  '正新鸡排',
  '沙县小吃',
  '兰州牛肉拉面',
  '华莱士',
  '老乡鸡',
];

let t: TestContext;
let tenant: TestTenant;
const leadOf: string[] = [];

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  for (const poi of POIS) {
    const wgs = toWgs84(poi.lat, poi.lng, 'bd09');
    const reply = await t.request('POST', '/api/v1/leads', {
      token: tenant.tokens.tenant_admin,
      body: { name: poi.name, address: poi.address, cityId: tenant.units.city, lat: wgs.lat, lng: wgs.lng },
    });
    if (reply.status !== 201) throw new Error(JSON.stringify(reply.body));
    leadOf.push(reply.body.id);
  }
}, 120_000);
afterAll(() => t.close());

describe('matching competitor stores to leads', () => {
  it('reaches the precision and recall floors on the labelled Haidian sample', async () => {
    const records: Array<Record<string, unknown>> = [];
    const truth = new Map<string, string | null>(); // store name|platform → expected lead id
    POIS.forEach((poi, i) => {
      // Most pins within 60 m, every fourth up to 150 m off (a pin on the mall's entrance).
      const at = jitter(poi.lat, poi.lng, i % 4 === 0 ? 150 : 60);
      const name = variant(poi.name, i);
      records.push({
        platform: 'meituan',
        storeName: name,
        lat: at.lat,
        lng: at.lng,
        address: poi.address,
        category: `m${i}`,
      });
      truth.set(`m${i}|${name}`, leadOf[i]!);
      if (i % 2 === 0) {
        const near = jitter(poi.lat, poi.lng, 80);
        // Half the neighbours share the store's trade word (聚福烤鸭 next to 大董烤鸭): not the same business.
        const trade = GENERIC_WORDS.find((w) => splitName(poi.name).core.endsWith(w));
        const decoy =
          trade && i % 4 === 0 ? `聚福${trade}` : `${DECOY_NAMES[i % DECOY_NAMES.length]}(${i}号店)`;
        records.push({
          platform: 'dianping',
          storeName: decoy,
          lat: near.lat,
          lng: near.lng,
          category: `d${i}`,
        });
        truth.set(`d${i}|${decoy}`, null);
      }
      if (i % 3 === 0) {
        // The same name in another district, 11 km north.
        records.push({
          platform: 'douyin',
          storeName: poi.name,
          lat: poi.lat + 0.1,
          lng: poi.lng,
          category: `f${i}`,
        });
        truth.set(`f${i}|${poi.name}`, null);
      }
    });
    const reply = await t.request('POST', '/api/v1/competitors/records', {
      token: tenant.tokens.hq,
      body: { coordSystem: 'bd09', records },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);

    // Each record carries its label in the category (names repeat: two 必胜客 branches both listed as 必胜客).
    const stores = await t.ownerQuery<{ category: string; match_status: string; lead_id: string | null }>(
      'select category, match_status, lead_id::text from competitor_store where tenant_id = $1',
      [tenant.id],
    );
    expect(stores.length).toBe(records.length);
    let tp = 0;
    let fp = 0;
    let positives = 0;
    let inReview = 0;
    let reviewedNegatives = 0;
    const misses: string[] = [];
    [...truth.entries()].forEach(([key, expected]) => {
      const store = stores.find((s) => s.category === key.split('|')[0])!;
      if (expected !== null) positives++;
      if (store.match_status === 'matched') {
        if (store.lead_id === expected) tp++;
        else {
          fp++;
          misses.push(`wrong match: ${key}`);
        }
      } else if (expected !== null) {
        if (store.match_status === 'review') inReview++;
        misses.push(`${store.match_status}: ${key}`);
      } else if (store.match_status === 'review') reviewedNegatives++;
    });
    const precision = tp / (tp + fp);
    const recall = tp / positives;
    const withReview = (tp + inReview) / positives;
    console.log(
      `competitor matching on ${truth.size} labelled stores (${positives} positives): precision ${precision.toFixed(3)}, ` +
        `recall ${recall.toFixed(3)} automatic, ${withReview.toFixed(3)} with the review queue; ` +
        `decoys sent to review ${reviewedNegatives}\n  ${misses.join('\n  ')}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.98);
    // One listing in six has a typo in its name: by design those wait for a person (review).
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(reviewedNegatives).toBeLessThanOrEqual(3);
    expect(withReview).toBeGreaterThanOrEqual(0.95);
    expect(reply.body.competitorOnline.added).toBe(tp);
  }, 120_000);
});
