import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { upload, waitForJob } from '../../../test/imports-fixtures.ts';
import { BEIJING_CENTRES, createRandom, generateStores } from '../../demo/stores.ts';
import { type JobRunner, startJobRunner } from '../../jobs/runner.ts';
import { duplicateReason } from '../leads/dedup.ts';
import { toWgs84 } from '../leads/normalize.ts';

// The import's candidate search is only a pre-filter (keys of name grams over a grid, shared
// numbers); the rule in dedup.ts decides. This proves the pre-filter loses no pair the rule would
// link: the links of an import equal the rule applied to every pair of its rows, by brute force.

let t: TestContext;
let tenant: TestTenant;
let runner: JobRunner;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'gw-recall-'));
  t = await createTestContext({ GROUNDWORK_DATA: dataDir });
  runner = await startJobRunner(t.app.deps, {
    connectionString: t.url,
    workers: true,
    pollingIntervalSeconds: 0.5,
  });
  tenant = await t.createTenant('takeaway');
});
afterAll(async () => {
  await runner.stop();
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

interface Poi {
  name: string;
  address: string;
  lat: number;
  lng: number;
  phone: string | null;
}

const pois: Poi[] = JSON.parse(
  readFileSync(new URL('../../demo/data/beijing-haidian-pois.json', import.meta.url), 'utf8'),
);

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Another channel's record of the same store: its name written differently, its position off by up to ~150 m. */
function variant(random: () => number, store: Poi, at: { lat: number; lng: number }) {
  const head = store.name.replace(/\(.*\)$/, '');
  const names = [
    store.name.replace('(', '（').replace(')', '）'),
    store.name.replace('(', '【').replace(')', '】'),
    `北京${store.name}`,
    head,
    `${head} ${store.name.slice(head.length).replace(/[()]/g, '')}`,
  ];
  const name = names[Math.floor(random() * names.length)]!;
  const metres = random() * 150;
  const angle = random() * 2 * Math.PI;
  const lat = at.lat + (metres * Math.cos(angle)) / 111_320;
  const lng = at.lng + (metres * Math.sin(angle)) / (111_320 * Math.cos((at.lat * Math.PI) / 180));
  // Half the copies keep the number; some write it without the area code.
  const phone =
    store.phone && random() < 0.5
      ? random() < 0.3
        ? store.phone.replace(/^\(?010\)?[- ]?/, '')
        : store.phone
      : null;
  return { name, lat, lng, phone };
}

describe('import de-duplication', () => {
  it('links exactly the pairs the rule finds among all rows, in a dense street of look-alikes', async () => {
    const random = createRandom(11);
    const rows: Array<{ name: string; phone: string | null; lat: number; lng: number }> = [];
    for (const poi of pois) {
      const at = toWgs84(poi.lat, poi.lng, 'bd09');
      rows.push({ name: poi.name, phone: poi.phone, lat: at.lat, lng: at.lng });
      const copies = 1 + Math.floor(random() * 3);
      for (let i = 0; i < copies; i++) rows.push(variant(random, poi, at));
    }
    // Generated stores of the same districts: shared words (火锅, 烤鸭, 咖啡) and chains all around.
    for (const store of generateStores({ count: 1_500, seed: 7, centres: BEIJING_CENTRES })) {
      rows.push({ name: store.name, phone: store.phone, lat: store.lat, lng: store.lng });
    }
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    const csv = [
      '名称,电话,纬度,经度,城市',
      ...rows.map((r) => [r.name, r.phone, r.lat, r.lng, '北京市'].map(csvCell).join(',')),
    ].join('\r\n');
    const reply = await upload(t, tenant.tokens.tenant_admin, { name: 'stores.csv', content: csv }, {});
    expect(reply.status).toBe(202);
    const job = await waitForJob(t, tenant.tokens.tenant_admin, reply.body.jobId, 120_000);
    expect(job).toMatchObject({ status: 'done', succeeded: rows.length });

    const leads = await t.ownerQuery<{
      id: string;
      name: string;
      phone: string | null;
      lat: number;
      lng: number;
    }>(
      'select l.id::text as id, l.name, l.phone, l.lat, l.lng from lead l where l.tenant_id = $1 order by l.id',
      [tenant.id],
    );
    const expected = new Set<string>();
    for (let j = 0; j < leads.length; j++) {
      for (let i = 0; i < j; i++) {
        if (duplicateReason(leads[j]!, leads[i]!)) expected.add(`${leads[i]!.id}-${leads[j]!.id}`);
      }
    }
    const linked = await t.ownerQuery<{ pair: string }>(
      `select least(lead_id, candidate_id) || '-' || greatest(lead_id, candidate_id) as pair
       from lead_duplicate where tenant_id = $1`,
      [tenant.id],
    );
    const found = new Set(linked.map((r) => r.pair));
    expect(expected.size).toBeGreaterThan(pois.length);
    expect([...expected].filter((p) => !found.has(p))).toEqual([]);
    expect([...found].filter((p) => !expected.has(p))).toEqual([]);
  });
});
