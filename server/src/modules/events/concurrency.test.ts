import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseDatabaseUrl } from '../../../test/database-url.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { inTenant } from '../../db/tenant-tx.ts';
import { systemActor } from '../../platform/roles.ts';
import { emit, type PresentedEvent, readFeed } from './service.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext({}, 12);
  tenant = await t.createTenant('takeaway');
});
afterAll(() => t.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One writer: a transaction that emits events, then holds on before it commits. With `before`,
 * it first writes (takes its transaction id) and works a while before emitting, as a use case
 * that changes a lead and records the event last does.
 */
function writer(label: string, count: number, hold: () => Promise<unknown>, before?: () => Promise<unknown>) {
  const actor = systemActor(tenant.id, label);
  return inTenant(t.db, tenant.id, async (trx) => {
    if (before) {
      await sql`select pg_current_xact_id()`.execute(trx);
      await before();
    }
    await emit(
      trx,
      t.app.deps,
      actor,
      Array.from({ length: count }, (_, i) => ({
        type: 'lead.updated' as const,
        subject: { kind: 'lead' as const, id: String(i + 1) },
        data: { label, n: i },
      })),
    );
    await hold();
  });
}

/** An integration polling the feed; keeps everything it was handed, in order. */
class Poller {
  readonly seen: PresentedEvent[] = [];
  cursor: string | undefined;
  constructor(private readonly limit: number) {}
  async poll(): Promise<number> {
    const page = await readFeed(t.app.deps, systemActor(tenant.id, 'poller'), {
      after: this.cursor,
      limit: this.limit,
    });
    this.seen.push(...page.items);
    this.cursor = page.nextCursor;
    return page.items.length;
  }
}

const labelOf = (e: PresentedEvent) => `${e.data.label}#${e.data.n}`;

describe('the feed under concurrent writes', () => {
  it('does not hand out a later commit while an earlier transaction that wrote events is open', async () => {
    const poller = new Poller(100);
    await poller.poll();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The long transaction writes first (lower id, lower xid) and commits last.
    let longStarted!: () => void;
    const started = new Promise<void>((resolve) => {
      longStarted = resolve;
    });
    const long = writer('long', 1, async () => {
      longStarted();
      await gate;
    });
    await started;
    await writer('quick', 1, async () => {});
    // The quick one has committed; handing it out now would let the long one land behind the cursor.
    await poller.poll();
    expect(poller.seen.map(labelOf)).not.toContain('quick#0');
    release();
    await long;
    const until = Date.now() + 60_000;
    while (poller.seen.length < 2 && Date.now() < until) {
      await poller.poll();
      await sleep(20);
    }
    expect(poller.seen.map(labelOf)).toEqual(['long#0', 'quick#0']);
  });

  it('is not held back by a transaction of another database on the same server', async () => {
    const poller = new Poller(100);
    const other = new pg.Client({ connectionString: baseDatabaseUrl });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select pg_current_xact_id()');
      await poller.poll();
      const before = poller.seen.length;
      await writer('beside', 1, async () => {});
      const until = Date.now() + 10_000;
      while (!poller.seen.some((e) => labelOf(e) === 'beside#0') && Date.now() < until) {
        await poller.poll();
        await sleep(20);
      }
      expect(poller.seen.slice(before).map(labelOf)).toContain('beside#0');
    } finally {
      await other.query('rollback');
      await other.end();
    }
  });

  it('hands every event exactly once to pollers racing many writers, some committing late', async () => {
    const pollers = [new Poller(7), new Poller(50), new Poller(500)];
    for (const p of pollers) await p.poll();
    const expected = new Set<string>();
    const writers: Array<Promise<unknown>> = [];
    const committed: string[] = [];
    let random = 42;
    const next = () => {
      random = (random * 1103515245 + 12345) % 2 ** 31;
      return random / 2 ** 31;
    };
    let writing = true;
    const polling = pollers.map(async (p) => {
      while (writing) {
        await p.poll();
        await sleep(5);
      }
    });
    for (let w = 0; w < 60; w++) {
      const count = 1 + Math.floor(next() * 4);
      // One in eight holds its transaction open long after others that started later committed.
      const holdMs = next() < 0.125 ? 400 + next() * 800 : next() * 60;
      const workMs = next() < 0.25 ? next() * 300 : undefined;
      for (let i = 0; i < count; i++) expected.add(`w${w}#${i}`);
      writers.push(
        writer(
          `w${w}`,
          count,
          () => sleep(holdMs),
          workMs === undefined ? undefined : () => sleep(workMs),
        ).then(() => committed.push(`w${w}`)),
      );
      await sleep(next() * 15);
    }
    await Promise.all(writers);
    writing = false;
    await Promise.all(polling);
    // The writers are done: keep polling until the feed has caught up (other databases on the
    // server may have transactions open that hold it back for a while).
    const until = Date.now() + 60_000;
    for (const p of pollers) {
      while (p.seen.filter((e) => expected.has(labelOf(e))).length < expected.size && Date.now() < until) {
        if ((await p.poll()) === 0) await sleep(20);
      }
    }
    // Only this run's writers (the first test's events come first in the feed).
    const orders = pollers.map((p) => p.seen.map(labelOf).filter((l) => /^w\d+#/.test(l)));
    for (const order of orders) {
      expect(order.length).toBe(expected.size);
      expect(new Set(order)).toEqual(expected);
      // Within one transaction, events keep the order they were written in.
      for (let w = 0; w < 60; w++) {
        const mine = order.filter((l) => l.startsWith(`w${w}#`));
        expect(mine).toEqual([...mine].sort());
      }
    }
    // Every poller saw the very same sequence, whatever its page size and timing.
    expect(orders[1]).toEqual(orders[0]);
    expect(orders[2]).toEqual(orders[0]);
    // And the run did interleave: transactions committed out of the order of their event ids
    // (a plain id cursor would have skipped the late ones), and the feed's order is not id order.
    const seen = pollers[0]!.seen.filter((e) => expected.has(labelOf(e)));
    const firstId = new Map<string, bigint>();
    for (const e of seen)
      if (!firstId.has(String(e.data.label))) firstId.set(String(e.data.label), BigInt(e.id));
    const inCommitOrder = committed.map((label) => firstId.get(label)!);
    expect(inCommitOrder.some((id, i) => i > 0 && id < inCommitOrder[i - 1]!)).toBe(true);
    const ids = seen.map((e) => BigInt(e.id));
    expect(ids.some((id, i) => i > 0 && id < ids[i - 1]!)).toBe(true);
  });
});
