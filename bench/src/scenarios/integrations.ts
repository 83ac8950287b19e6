import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { call } from '../http.ts';
import { startServer } from '../server.ts';
import { percentile, shuffle } from '../stats.ts';
import { type Context, check, fmt, type Outcome, tokensFor } from './context.ts';

const TYPES = ['lead.claimed', 'lead.released'];
const CATCH_UP_MS = 180_000;

interface Receiver {
  url: string;
  /** Event id → the first time it arrived (ms since epoch); repeats counted apart. */
  firstArrival: Map<string, number>;
  repeats: number;
  badSignatures: number;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** A webhook receiver on loopback that checks every signature itself, as an integrator would. */
async function startReceiver(secret: () => string): Promise<Receiver> {
  const firstArrival = new Map<string, number>();
  const state = { repeats: 0, badSignatures: 0 };
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const header = String(request.headers['groundwork-signature'] ?? '');
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
    const expected = match
      ? createHmac('sha256', secret()).update(`${match[1]}.${body}`).digest('hex')
      : undefined;
    if (!match || expected !== match[2]) state.badSignatures++;
    const id = String(request.headers['groundwork-event-id'] ?? '');
    if (firstArrival.has(id)) state.repeats++;
    else firstArrival.set(id, Date.now());
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    firstArrival,
    get repeats() {
      return state.repeats;
    },
    get badSignatures() {
      return state.badSignatures;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Integrations under load: BDs claim and release stores as fast as the API lets them while an
 * integration polls the change feed and a webhook endpoint on loopback receives the same events,
 * delivered by a second instance that runs the jobs (the API instance only queues them). Then the
 * database says which events were written, and both consumers must hold each exactly once.
 */
export async function integrationsScenario(ctx: Context): Promise<Outcome> {
  const { world, plan, options } = ctx;
  const bdCount = options.quick ? 20 : 200;
  const cycles = Math.max(1, Math.min(options.quick ? 3 : 8, Math.floor(world.rules.dailyClaimCap / 2)));
  const bds = plan.stormBds.slice(0, bdCount).map((b) => world.bds[b]!);
  const tokens = await tokensFor(
    ctx,
    bds.map((b) => b.username),
  );
  const admin = await ctx.token('admin');

  const publicLeads: number[] = [];
  for (let k = 0; k < plan.count; k++)
    if (plan.status[k] === 0 && plan.city[k] === plan.stormCity) publicLeads.push(k);
  const leads = shuffle(publicLeads, ctx.random)
    .slice(0, bds.length * cycles)
    .map((k) => String(plan.firstId + k));
  const bdIds = bds.map((b) => b.id);
  const quotas = await ctx.owner.query(
    'select user_id, private_count, claims_day, claims_today from pool_quota where tenant_id = $1 and user_id = any($2::bigint[])',
    [world.tenantId, bdIds],
  );

  let secret = '';
  const receiver = await startReceiver(() => secret);
  const worker = await startServer(world.url, { jobs: true, dataDir: path.join(ctx.workDir, 'server-w') });
  try {
    const endpoint = await call(ctx.server.base, 'POST', '/api/v1/webhooks', {
      token: admin,
      body: { url: receiver.url, eventTypes: TYPES, description: 'bench receiver' },
    });
    if (endpoint.status !== 201)
      throw new Error(`webhook: ${endpoint.status} ${JSON.stringify(endpoint.body)}`);
    secret = endpoint.body.secret;
    const start = await call(ctx.server.base, 'GET', '/api/v1/events?after=now&limit=1', { token: admin });
    let cursor: string = start.body.nextCursor;
    const since = new Date(Date.now() - 1000);

    // The poller: what an integration does, from the present on, with no gaps and no repeats.
    const polled = new Map<string, number>();
    let polledRepeats = 0;
    let polls = 0;
    let loadDone = false;
    let loadEnd = Number.POSITIVE_INFINITY;
    let expected = Number.POSITIVE_INFINITY;
    const poller = (async () => {
      const deadline = () => loadDone && Date.now() > loadEnd + CATCH_UP_MS;
      while (!(loadDone && polled.size >= expected) && !deadline()) {
        const page = await call(ctx.server.base, 'GET', `/api/v1/events?after=${cursor}&limit=500`, {
          token: admin,
        });
        polls++;
        if (page.status !== 200) throw new Error(`events: ${page.status} ${JSON.stringify(page.body)}`);
        for (const event of page.body.items) {
          if (!TYPES.includes(event.type)) continue;
          if (polled.has(event.id)) polledRepeats++;
          else polled.set(event.id, Date.now());
        }
        cursor = page.body.nextCursor;
        if (!page.body.hasMore) await new Promise((r) => setTimeout(r, 200));
      }
    })();

    let unexpected = 0;
    const started = performance.now();
    await Promise.all(
      bds.map(async (_bd, i) => {
        for (let c = 0; c < cycles; c++) {
          const lead = leads[i * cycles + c];
          if (!lead) return;
          const claim = await call(ctx.server.base, 'POST', `/api/v1/leads/${lead}/claim`, {
            token: tokens[i],
          });
          if (claim.status !== 200) {
            unexpected++;
            continue;
          }
          const release = await call(ctx.server.base, 'POST', `/api/v1/leads/${lead}/release`, {
            token: tokens[i],
            body: { reason: 'bench' },
          });
          if (release.status !== 200) unexpected++;
        }
      }),
    );
    const loadSeconds = (performance.now() - started) / 1000;
    loadEnd = Date.now();
    const written = await ctx.owner.query<{ id: string; at: Date }>(
      `select id::text, occurred_at as at from event where tenant_id = $1 and type = any($2) and occurred_at >= $3`,
      [world.tenantId, TYPES, since],
    );
    expected = written.rowCount ?? 0;
    loadDone = true;
    await poller;
    const deliveryDeadline = Date.now() + CATCH_UP_MS;
    while (receiver.firstArrival.size < expected && Date.now() < deliveryDeadline)
      await new Promise((r) => setTimeout(r, 250));

    const writtenAt = new Map(written.rows.map((r) => [r.id, r.at.getTime()]));
    const missingPolled = [...writtenAt.keys()].filter((id) => !polled.has(id)).length;
    const missingDelivered = [...writtenAt.keys()].filter((id) => !receiver.firstArrival.has(id)).length;
    const lags = (seen: Map<string, number>) =>
      [...seen].filter(([id]) => writtenAt.has(id)).map(([id, at]) => at - writtenAt.get(id)!);
    const feedLag = lags(polled);
    const deliveryLag = lags(receiver.firstArrival);
    const dead = await ctx.owner.query<{ n: number }>(
      `select count(*)::int as n from webhook_delivery where tenant_id = $1 and status = 'dead'`,
      [world.tenantId],
    );

    const lagText = (l: number[]) => `p50 ${fmt(percentile(l, 50))} ms, p99 ${fmt(percentile(l, 99))} ms`;
    return {
      rows: [
        {
          scenario: `change feed: ${bds.length} BDs claiming and releasing (${fmt(expected)} events in ${loadSeconds.toFixed(1)} s) while an integration polls`,
          groundwork: `${fmt(polled.size)} of ${fmt(expected)} events polled once each in ${fmt(polls)} polls, ${polledRepeats} repeats; lag ${lagText(feedLag)}`,
          limit: '—',
          ratio: '—',
          target: 'every event exactly once',
          met: missingPolled === 0 && polledRepeats === 0,
        },
        {
          scenario:
            'webhooks: the same events to an endpoint on loopback, delivered by a second (worker) instance',
          groundwork: `${fmt(receiver.firstArrival.size)} of ${fmt(expected)} delivered, ${receiver.badSignatures} bad signatures, ${receiver.repeats} repeats, ${dead.rows[0]!.n} dead letters; lag ${lagText(deliveryLag)}`,
          limit: '—',
          ratio: '—',
          target: 'every event delivered, signed',
          met: missingDelivered === 0 && receiver.badSignatures === 0,
        },
      ],
      checks: [
        check('change feed: no event missed', missingPolled === 0, `${missingPolled} of ${expected} missing`),
        check('change feed: no event twice', polledRepeats === 0, `${polledRepeats} repeats`),
        check(
          'webhooks: every event delivered',
          missingDelivered === 0,
          `${missingDelivered} of ${expected} missing`,
        ),
        check(
          'webhooks: every signature valid',
          receiver.badSignatures === 0,
          `${receiver.badSignatures} bad`,
        ),
        check(
          'integrations: claims and releases answered 200',
          unexpected === 0,
          `${unexpected} other answers`,
        ),
        check('integrations: events were written', expected > 0, `${expected} events`),
      ],
      notes: [
        `integrations: ${cycles} claim-and-release cycles per BD on distinct public stores; the API instance runs no jobs, a second instance delivers the webhooks; the poller waits 200 ms when the feed has nothing more.`,
      ],
    };
  } finally {
    await worker.stop();
    await receiver.close();
    await ctx.owner.query(
      `update lead_state set status = 'public', owner_id = null, claimed_at = null, last_visit_at = null, deadline_at = null,
              deadline_reason = null, updated_at = now()
        where tenant_id = $1 and lead_id = any($2::bigint[])`,
      [world.tenantId, leads],
    );
    for (const row of quotas.rows) {
      await ctx.owner.query(
        'update pool_quota set private_count = $3, claims_day = $4, claims_today = $5 where tenant_id = $1 and user_id = $2',
        [world.tenantId, row.user_id, row.private_count, row.claims_day, row.claims_today],
      );
    }
  }
}
