import { call, type Reply } from '../http.ts';
import type { Context } from './context.ts';

/** One BD of the soak, with what the bench knows they hold (so that their actions make sense). */
export interface Person {
  bd: number;
  token: string;
  city: number;
  /** Ids of the leads the BD holds privately: the loaded ones, plus claims, minus releases. */
  own: string[];
}

export interface Traffic {
  ctx: Context;
  people: Person[];
  /** Per city, the plan indexes of the leads that were public when loaded. */
  publicByCity: number[][];
  /** Public leads somebody in the soak holds now: not offered to others to open or claim. */
  taken: Set<string>;
  /** Where the leads the soak created stand. */
  created: Map<string, { lat: number; lng: number }>;
  /** Deal ids seen in the deal center, for opening one. */
  deals: string[];
  sequence: number;
}

export interface Action {
  name: string;
  /** Share of a field team's requests (relative). */
  weight: number;
  /** Error codes that are a normal answer to this action under concurrency, not a fault. */
  expected: string[];
  run(traffic: Traffic, person: Person): Promise<Reply>;
}

const SEARCH_WORDS = ['火锅', '烤鸭', '咖啡', '奶茶', '超市', '美甲', '烧烤', '川菜', '米线', '日料'];
const DEAL_WORDS = ['套餐', '代金', '双人', '亲子', '午市', '咖啡', '火锅', '奶茶'];

const pick = <T>(random: () => number, items: readonly T[]): T | undefined =>
  items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
const jitter = (random: () => number, value: number, span: number) =>
  Math.round((value + (random() - 0.5) * span) * 1e6) / 1e6;

function where(t: Traffic, id: string): { lat: number; lng: number } {
  const made = t.created.get(id);
  if (made) return made;
  const k = Number(id) - t.ctx.plan.firstId;
  return { lat: t.ctx.plan.lat[k]!, lng: t.ctx.plan.lng[k]! };
}

/** A public lead of the person's city that nobody in the soak holds, or one of their own. */
function visibleLead(t: Traffic, p: Person): string | undefined {
  const { random, plan } = t.ctx;
  if (p.own.length > 0 && random() < 0.4) return pick(random, p.own);
  for (let tries = 0; tries < 5; tries++) {
    const k = pick(random, t.publicByCity[p.city]!);
    if (k === undefined) return undefined;
    const id = String(plan.firstId + k);
    if (!t.taken.has(id)) return id;
  }
  return undefined;
}

const get = (t: Traffic, p: Person, path: string) => call(t.ctx.server.base, 'GET', path, { token: p.token });
const post = (t: Traffic, p: Person, path: string, body: unknown, method: 'POST' | 'PATCH' = 'POST') =>
  call(t.ctx.server.base, method, path, { token: p.token, body });
const skipped: Reply = { status: 0, body: undefined };

/**
 * A field team's day, as shares of its requests: looking around (nearby, the merchant page) most,
 * then the day's own list, check-ins, the deal center, edits, and a few claims, releases and new
 * stores. Weights are a judgement, recorded with the figures in docs/benchmarks.md.
 */
export const ACTIONS: Action[] = [
  {
    name: 'nearby',
    weight: 24,
    expected: [],
    run(t, p) {
      const id = visibleLead(t, p);
      if (!id) return Promise.resolve(skipped);
      const at = where(t, id);
      const { random } = t.ctx;
      return get(
        t,
        p,
        `/api/v1/leads/nearby?lat=${jitter(random, at.lat, 0.005)}&lng=${jitter(random, at.lng, 0.005)}&radius=2000&limit=20`,
      );
    },
  },
  {
    name: 'merchant 360',
    weight: 16,
    // Another BD of the city may have claimed the store since the bench chose it.
    expected: ['not_found'],
    run(t, p) {
      const id = visibleLead(t, p);
      return id ? get(t, p, `/api/v1/leads/${id}`) : Promise.resolve(skipped);
    },
  },
  {
    name: 'my leads',
    weight: 10,
    expected: [],
    run: (t, p) => get(t, p, '/api/v1/leads?scope=mine&limit=50'),
  },
  {
    name: 'search',
    weight: 5,
    expected: [],
    run: (t, p) =>
      get(t, p, `/api/v1/leads?q=${encodeURIComponent(pick(t.ctx.random, SEARCH_WORDS)!)}&limit=20`),
  },
  {
    name: 'expiring',
    weight: 3,
    expected: [],
    run: (t, p) => get(t, p, '/api/v1/pool/expiring'),
  },
  {
    name: 'visit check-in',
    weight: 10,
    expected: [],
    run(t, p) {
      const id = pick(t.ctx.random, p.own);
      if (!id) return Promise.resolve(skipped);
      const at = where(t, id);
      return post(t, p, `/api/v1/leads/${id}/visits`, {
        lat: jitter(t.ctx.random, at.lat, 0.001),
        lng: jitter(t.ctx.random, at.lng, 0.001),
        kind: 'follow_up',
        result: '老板在店，约下周签约',
        notes: `第${++t.sequence}次拜访：聊了套餐价格和上单时间。`,
      });
    },
  },
  {
    name: 'claim',
    weight: 5,
    expected: ['already_owned', 'pool_cap_reached', 'daily_cap_reached', 'reclaim_cooldown'],
    async run(t, p) {
      const id = visibleLead(t, p);
      if (!id || p.own.includes(id)) return skipped;
      t.taken.add(id);
      const reply = await post(t, p, `/api/v1/leads/${id}/claim`, {});
      if (reply.status === 200) p.own.push(id);
      else t.taken.delete(id);
      return reply;
    },
  },
  {
    name: 'release',
    weight: 4,
    expected: [],
    async run(t, p) {
      if (p.own.length === 0) return skipped;
      const at = Math.floor(t.ctx.random() * p.own.length);
      const id = p.own[at]!;
      // Out of the person's hands while the request runs: no check-in or edit races the release.
      p.own.splice(at, 1);
      const reply = await post(t, p, `/api/v1/leads/${id}/release`, { reason: '店铺暂停营业，先放回公海' });
      if (reply.status === 200) t.taken.delete(id);
      else p.own.push(id);
      return reply;
    },
  },
  {
    name: 'lead create',
    weight: 3,
    expected: [],
    async run(t, p) {
      const { random, world } = t.ctx;
      const near = where(t, visibleLead(t, p) ?? pick(random, p.own) ?? '');
      if (!Number.isFinite(near.lat)) return skipped;
      const lat = jitter(random, near.lat, 0.004);
      const lng = jitter(random, near.lng, 0.004);
      const reply = await post(t, p, '/api/v1/leads', {
        name: `新开小馆${++t.sequence}号店`,
        cityId: world.cities[p.city]!.id,
        address: `测试路${t.sequence}号`,
        lat,
        lng,
        category: '餐饮',
        gps: { lat, lng },
      });
      if (reply.status === 201) t.created.set(reply.body.id, { lat, lng });
      return reply;
    },
  },
  {
    name: 'lead update',
    weight: 6,
    expected: [],
    run(t, p) {
      const id = pick(t.ctx.random, p.own);
      if (!id) return Promise.resolve(skipped);
      return post(
        t,
        p,
        `/api/v1/leads/${id}`,
        { address: `长安街${++t.sequence}号`, tags: ['回访'] },
        'PATCH',
      );
    },
  },
  {
    name: 'deal center',
    weight: 9,
    expected: [],
    async run(t, p) {
      const { random, world } = t.ctx;
      const q = encodeURIComponent(pick(random, DEAL_WORDS)!);
      const city = random() < 0.5 ? `&cityId=${world.cities[p.city]!.id}` : '';
      const reply = await get(t, p, `/api/v1/deals?q=${q}&status=online${city}&limit=50`);
      if (reply.status === 200 && t.deals.length < 2_000)
        t.deals.push(...reply.body.items.slice(0, 5).map((d: { id: string }) => d.id));
      return reply;
    },
  },
  {
    name: 'deal read',
    weight: 5,
    expected: [],
    run(t, p) {
      const id = pick(t.ctx.random, t.deals);
      return id ? get(t, p, `/api/v1/deals/${id}`) : Promise.resolve(skipped);
    },
  },
];

/** Draws an action by weight. */
export function chooseAction(random: () => number): Action {
  const total = ACTIONS.reduce((sum, a) => sum + a.weight, 0);
  let r = random() * total;
  for (const action of ACTIONS) {
    r -= action.weight;
    if (r < 0) return action;
  }
  return ACTIONS[ACTIONS.length - 1]!;
}
