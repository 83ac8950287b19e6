import { DAY, HOUR, ManualClock } from '../clock.ts';
import { inTenant } from '../db/tenant-tx.ts';
import type { Deps } from '../deps.ts';
import { addContact } from '../modules/contacts/service.ts';
import { insertTrustedLeads } from '../modules/leads/bulk.ts';
import { bd09ToWgs84 } from '../modules/leads/normalize.ts';
import { createLeadInTx } from '../modules/leads/service.ts';
import { assign, claim } from '../modules/pool/service.ts';
import { sweepTenant } from '../modules/pool/sweep.ts';
import { approve } from '../modules/review/service.ts';
import { checkIn } from '../modules/visits/service.ts';
import { actorForUser } from '../platform/auth/service.ts';
import * as org from '../platform/org/service.ts';
import { type Actor, systemActor } from '../platform/roles.ts';
import * as users from '../platform/users/service.ts';
import realStores from './data/beijing-haidian-pois.json' with { type: 'json' };
import { BEIJING_CENTRES, generateStores } from './stores.ts';

const GENERATED = 4_950;
const BATCH = 1_000;

interface RealStore {
  name: string;
  address: string;
  lat: number;
  lng: number;
  phone: string | null;
  tags: string[];
}

/** How a second channel would report some of the real stores: the review queue's duplicates. */
const VARIANTS: Array<{ of: string; name: string; phone?: string }> = [
  { of: '海底捞火锅(印象城店)', name: '海底捞火锅 印象城店' },
  { of: '大董烤鸭店(阜成路店)', name: '大董烤鸭（阜成路店）', phone: '010-88118189' },
  { of: '西贝莜面村(印象城店)', name: '西贝莜面村印象城店', phone: '68279827' },
  { of: '柳林烤鸭店(公主坟店)', name: '柳林烤鸭(公主坟店)', phone: '(010) 6851 9938' },
  { of: '九头鸟酒家(航天桥店)', name: '九头鸟酒家', phone: '01068489278' },
  { of: '姥姥春饼(翠微店)', name: '姥姥春饼（翠微店）' },
];

const CATEGORY_OF = (store: RealStore) => (store.tags.includes('酒店') ? 'hotel' : 'restaurant');

/**
 * Fills the demo tenant with ~5,000 stores of Beijing: the 50 real Haidian stores and generated
 * ones around real streets. It replays three weeks of work on a clock that starts 20 days ago —
 * claims, visits, a manager's assignments, people met — so that deadlines, reminders, recycled
 * stores and the review queue all have something to show.
 */
/** A store of the BD's that the pipeline of the demo builds on. */
export interface DemoMerchant {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

export async function seedDemoLeads(
  deps: Deps,
  tenantId: string,
): Promise<{ leads: number; worked: DemoMerchant[]; fresh: DemoMerchant[] }> {
  const now = deps.clock.now();
  const clock = new ManualClock(new Date(now.getTime() - 20 * DAY));
  const past: Deps = { ...deps, clock };
  const admin = systemActor(tenantId, 'demo-seed');

  const cities = await org.listUnits(past, admin, { kind: 'city', limit: 10 });
  const city = cities.items[0];
  if (!city) throw new Error('The demo tenant has no city');
  const people = await users.listUsers(past, admin, { limit: 50 });
  const idOf = (username: string) => people.items.find((u) => u.username === username)!.id;
  const actor = (username: string): Promise<Actor> =>
    actorForUser(past, tenantId, idOf(username), { ip: null, requestId: 'demo-seed' });

  // Generated stores, approved long ago.
  const batch: Parameters<typeof insertTrustedLeads>[4] = [];
  const flush = async () => {
    await inTenant(deps.db, tenantId, (trx) =>
      insertTrustedLeads(trx, past, admin, city.id, batch.splice(0), { channel: 'crowd', status: 'public' }),
    );
  };
  for (const store of generateStores({ count: GENERATED, seed: 2026, centres: BEIJING_CENTRES })) {
    batch.push(store);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();

  // The real stores come in through the single-create path: de-duplicated, then reviewed.
  const real = realStores as RealStore[];
  const realIds = new Map<string, string>();
  await inTenant(deps.db, tenantId, async (trx) => {
    for (const store of real) {
      const { lat, lng } = bd09ToWgs84(store.lat, store.lng);
      const id = await createLeadInTx(
        trx,
        past,
        admin,
        {
          name: store.name,
          phone: store.phone,
          address: store.address,
          lat,
          lng,
          cityId: city.id,
          category: CATEGORY_OF(store),
        },
        { channel: 'crowd' },
      );
      realIds.set(store.name, id);
    }
  });
  for (const [index, id] of [...realIds.values()].entries()) {
    if (index < 44) await approve(past, admin, id);
  }
  clock.advance(HOUR);
  await inTenant(deps.db, tenantId, async (trx) => {
    for (const variant of VARIANTS) {
      const store = real.find((s) => s.name === variant.of)!;
      const { lat, lng } = bd09ToWgs84(store.lat + 0.0002, store.lng - 0.0001);
      await createLeadInTx(
        trx,
        past,
        admin,
        {
          name: variant.name,
          phone: variant.phone ?? store.phone,
          lat,
          lng,
          cityId: city.id,
          category: 'restaurant',
        },
        { channel: 'inbound' },
      );
    }
  });

  // Three weeks of field work.
  const bd = await actor('bd');
  const bd2 = await actor('bd2');
  const cityManager = await actor('city');
  const approved = [...realIds.values()].slice(0, 44);
  const day = async (n: number) => {
    clock.set(new Date(now.getTime() - (20 - n) * DAY + 10 * HOUR - 8 * HOUR));
  };
  await day(0);
  for (const id of approved.slice(0, 15)) await claim(past, bd, id);
  const bd2Leads = await inTenant(deps.db, tenantId, (trx) =>
    trx
      .selectFrom('lead')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('channel', '=', 'crowd')
      .orderBy('id')
      .limit(12)
      .execute(),
  );
  for (const { id } of bd2Leads) await claim(past, bd2, id);
  for (const n of [2, 5, 9, 12, 16, 19]) {
    await day(n);
    // bd keeps visiting the first stores; the rest are left alone and will fall back.
    for (const id of approved.slice(0, 8)) {
      const store = real.find((s) => realIds.get(s.name) === id)!;
      const { lat, lng } = bd09ToWgs84(store.lat, store.lng);
      await checkIn(past, bd, id, {
        lat: lat + 0.0003,
        lng,
        kind: n === 2 ? 'first' : 'follow_up',
        result: n === 2 ? '见到店长，介绍团购方案' : '跟进报价',
      });
      clock.advance(20 * 60_000);
    }
    if (n === 2) {
      for (const id of approved.slice(0, 5)) {
        await addContact(past, bd, id, {
          name: '店长',
          title: '店长',
          phone: `139${id.padStart(8, '0').slice(-8)}`,
          isKeyPerson: true,
        });
      }
    }
  }
  await day(6);
  for (const id of approved.slice(15, 25)) await claim(past, bd, id);
  await day(8);
  for (const id of approved.slice(25, 30))
    await assign(past, cityManager, id, { userId: bd2.id, reason: '朝阳组支援海淀商圈' });
  await day(18);
  for (const id of approved.slice(30, 36)) await claim(past, bd, id);

  clock.set(now);
  await sweepTenant(past, tenantId, {});
  const merchant = (id: string): DemoMerchant => {
    const store = real.find((s) => realIds.get(s.name) === id)!;
    return { id, name: store.name, ...bd09ToWgs84(store.lat, store.lng) };
  };
  return {
    leads: GENERATED + real.length + VARIANTS.length,
    // Visited all along, and claimed three days ago: none of them has fallen back.
    worked: approved.slice(0, 8).map(merchant),
    fresh: approved.slice(30, 36).map(merchant),
  };
}
