import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../test/harness.ts';
import { publicLead, setPoolRules } from '../../test/leads-fixtures.ts';
import { WebhookReceiver } from '../../test/webhook-receiver.ts';
import { startJobRunner } from './runner.ts';
import { WEBHOOK_DELIVERY_QUEUE, WEBHOOK_DISPATCH_CRON, WEBHOOK_DISPATCH_QUEUE } from './webhooks.ts';

let t: TestContext;
let tenant: TestTenant;
let receiver: WebhookReceiver;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  await setPoolRules(t, tenant);
  receiver = await new WebhookReceiver().start();
});
afterAll(async () => {
  await receiver.stop();
  await t.close();
});

async function claim() {
  const lead = await publicLead(t, tenant);
  const reply = await t.request('POST', `/api/v1/leads/${lead.id}/claim`, { token: tenant.tokens.bd });
  expect(reply.status).toBe(200);
  return lead.id;
}

describe('webhook jobs', () => {
  it('deliver what commits through pg-boss, and schedule a failed attempt’s retry after the backoff', async () => {
    const runner = await startJobRunner(t.app.deps, {
      connectionString: t.url,
      workers: true,
      pollingIntervalSeconds: 0.5,
    });
    try {
      expect(await runner.boss.getSchedules()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: WEBHOOK_DISPATCH_QUEUE, cron: WEBHOOK_DISPATCH_CRON }),
        ]),
      );
      const created = await t.request('POST', '/api/v1/webhooks', {
        token: tenant.tokens.tenant_admin,
        body: { url: receiver.url, eventTypes: ['lead.claimed'] },
      });
      expect(created.status).toBe(201);

      // The claim's commit announces the event; dispatch and delivery run as jobs.
      const leadId = await claim();
      const [request] = await receiver.waitFor(1, 30_000);
      expect(JSON.parse(request!.body)).toMatchObject({ type: 'lead.claimed', subject: { id: leadId } });

      receiver.status = 500;
      await claim();
      await receiver.waitFor(2, 30_000);
      const deliveries = async () =>
        (
          await t.request('GET', `/api/v1/webhooks/${created.body.id}/deliveries`, {
            token: tenant.tokens.tenant_admin,
          })
        ).body.items;
      const until = Date.now() + 15_000;
      while ((await deliveries())[0].status !== 'retrying' && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const [failed] = await deliveries();
      expect(failed).toMatchObject({
        status: 'retrying',
        attempts: 1,
        lastStatusCode: 500,
        nextAttemptAt: new Date(t.clock.now().getTime() + 60_000).toISOString(),
      });
      // The retry waits in the queue for the minute the schedule says.
      const jobs = await t.ownerQuery<{ wait: number }>(
        `select extract(epoch from start_after - now())::float8 as wait from pgboss.job
          where name = $1 and state = 'created' and data->>'deliveryId' = $2`,
        [WEBHOOK_DELIVERY_QUEUE, failed.id],
      );
      expect(jobs).toHaveLength(1);
      expect(jobs[0]!.wait).toBeGreaterThan(45);
      expect(jobs[0]!.wait).toBeLessThanOrEqual(61);
    } finally {
      await runner.stop();
    }
  });
});
