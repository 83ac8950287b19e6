import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead, setPoolRules } from '../../../test/leads-fixtures.ts';
import { WebhookReceiver } from '../../../test/webhook-receiver.ts';
import { retrySchedule } from './backoff.ts';
import { attemptDelivery } from './deliver.ts';
import { dispatchTenant } from './dispatch.ts';

let t: TestContext;
let a: TestTenant;
let b: TestTenant;
let receiver: WebhookReceiver;

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createTenant('takeaway');
  b = await t.createTenant('takeaway');
  await setPoolRules(t, a);
  receiver = await new WebhookReceiver().start();
});
afterAll(async () => {
  await receiver.stop();
  await t.close();
});

// Tokens live 12 h and the retry test moves the clock through a day: sign in again as it moves.
let adminToken = { token: '', at: 0 };
async function admin() {
  const now = t.clock.now().getTime();
  if (!adminToken.token || now - adminToken.at > 3_600_000)
    adminToken = { token: await t.login(a.slug, 'admin'), at: now };
  return adminToken.token;
}
const post = (path: string, token: string, body?: unknown) => t.request('POST', path, { token, body });

async function endpoint(body: Record<string, unknown>) {
  const reply = await post('/api/v1/webhooks', await admin(), body);
  expect(reply.status).toBe(201);
  return reply.body as { id: string; secret: string };
}

/** Dispatches until the tenant's events so far have become deliveries (older transactions may hold them back). */
async function dispatchAll(tenant: TestTenant) {
  for (;;) {
    const result = await dispatchTenant(t.app.deps, tenant.id);
    if (!result.waiting) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function deliveries(endpointId: string, status?: string) {
  const reply = await t.request(
    'GET',
    `/api/v1/webhooks/${endpointId}/deliveries${status ? `?status=${status}` : ''}`,
    { token: await admin() },
  );
  expect(reply.status).toBe(200);
  return reply.body.items as Array<{ id: string; eventType: string; status: string; nextAttemptAt: string }>;
}

/** What the delivery job does, for the delivery's current due time. */
async function attempt(deliveryId: string, options: { timeoutMs?: number } = {}) {
  const d = await t.request('GET', `/api/v1/webhook-deliveries/${deliveryId}`, { token: await admin() });
  return attemptDelivery(t.app.deps, { tenantId: a.id, deliveryId, due: d.body.nextAttemptAt }, options);
}

async function claimedLead() {
  const lead = await publicLead(t, a);
  expect((await post(`/api/v1/leads/${lead.id}/claim`, await t.login(a.slug, 'bd'))).status).toBe(200);
  return lead;
}

describe('webhook endpoints', () => {
  it('refuses bad input with a problem document and writes nothing', async () => {
    const before = await t.ownerQuery('select * from webhook_endpoint');
    const bad = [
      { url: 'ftp://example.com/hook', eventTypes: ['lead.created'] },
      { url: 'javascript:alert(1)', eventTypes: ['lead.created'] },
      { url: 'not a url', eventTypes: ['lead.created'] },
      { url: 'https://user:pw@example.com/hook', eventTypes: ['lead.created'] },
      { url: 'https://example.com/hook', eventTypes: ['lead.exploded'] },
      { url: 'https://example.com/hook', eventTypes: [] },
      { url: 'https://example.com/hook', eventTypes: ['lead.created'], secret: 'mine' },
    ];
    for (const body of bad) {
      const reply = await post('/api/v1/webhooks', await admin(), body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.headers['content-type']).toContain('application/problem+json');
      expect(reply.body.errors[0].path).toMatch(/^\/body/);
    }
    const created = await endpoint({ url: 'https://example.com/hook', eventTypes: ['lead.created'] });
    const patch = await t.request('PATCH', `/api/v1/webhooks/${created.id}`, {
      token: await admin(),
      body: { url: 'file:///etc/passwd' },
    });
    expect(patch.status).toBe(400);
    expect(
      (await t.request('GET', `/api/v1/webhooks/${created.id}`, { token: await admin() })).body.url,
    ).toBe('https://example.com/hook');
    expect(
      (await t.request('DELETE', `/api/v1/webhooks/${created.id}`, { token: await admin() })).status,
    ).toBe(204);
    expect(await t.ownerQuery('select * from webhook_endpoint')).toEqual(before);
  });

  it('is managed by tenant admins only, shows the secret once, and rotates it', async () => {
    for (const role of ['bd', 'bd_manager', 'city_manager', 'hq'] as const) {
      const token = a.tokens[role];
      const reply = await post('/api/v1/webhooks', token, {
        url: 'https://example.com/x',
        eventTypes: ['lead.created'],
      });
      expect(reply.status).toBe(403);
      expect((await t.request('GET', '/api/v1/webhooks', { token })).status).toBe(403);
    }
    const created = await endpoint({
      url: 'https://example.com/y',
      eventTypes: ['task.done'],
      description: 'ERP',
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const read = await t.request('GET', `/api/v1/webhooks/${created.id}`, { token: await admin() });
    expect(read.body).toMatchObject({
      url: 'https://example.com/y',
      eventTypes: ['task.done'],
      active: true,
    });
    expect(JSON.stringify(read.body)).not.toContain(created.secret);
    expect(
      JSON.stringify((await t.request('GET', '/api/v1/webhooks', { token: await admin() })).body),
    ).not.toContain('whsec_');
    const stored = await t.ownerQuery<{ secret: string }>(
      'select secret from webhook_endpoint where id = $1',
      [created.id],
    );
    expect(stored[0]!.secret).not.toContain(created.secret);
    const rotated = await post(`/api/v1/webhooks/${created.id}/rotate-secret`, await admin());
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(created.secret);
    // Another tenant's admin finds nothing there.
    const foreign = await t.request('GET', `/api/v1/webhooks/${created.id}`, {
      token: b.tokens.tenant_admin,
    });
    expect(foreign.status).toBe(404);
    const audit = await t.ownerQuery<{ action: string }>(
      `select action from audit_log where object = 'webhook' and object_id = $1 order by id`,
      [created.id],
    );
    expect(audit.map((r) => r.action)).toEqual(['webhook.created', 'webhook.secret_rotated']);
    await t.request('DELETE', `/api/v1/webhooks/${created.id}`, { token: await admin() });
  });
});

describe('webhook deliveries', () => {
  it('POSTs each subscribed event once, signed with the secret, with the event id to de-duplicate', async () => {
    const hook = await endpoint({ url: receiver.url, eventTypes: ['lead.claimed', 'lead.released'] });
    const other = await endpoint({ url: receiver.url, eventTypes: ['deal.online'] });
    const inactive = await endpoint({ url: receiver.url, eventTypes: ['lead.claimed'], active: false });
    const lead = await claimedLead();
    await dispatchAll(a);
    await dispatchAll(a);
    const [delivery, ...more] = await deliveries(hook.id);
    expect(more).toEqual([]);
    expect(delivery).toMatchObject({ eventType: 'lead.claimed', status: 'pending' });
    expect(await deliveries(other.id)).toEqual([]);
    expect(await deliveries(inactive.id)).toEqual([]);

    expect(await attempt(delivery!.id)).toBe('succeeded');
    const [request] = await receiver.waitFor(1);
    const body = JSON.parse(request!.body);
    expect(body).toMatchObject({
      type: 'lead.claimed',
      subject: { kind: 'lead', id: lead.id },
      data: { ownerId: a.userIds.bd },
      actor: { kind: 'user', name: 'bd' },
    });
    expect(request!.headers['groundwork-event-id']).toBe(body.id);
    expect(request!.headers['groundwork-event-type']).toBe('lead.claimed');
    expect(request!.headers['content-type']).toBe('application/json');
    // The receiver's check, written out here: HMAC-SHA256 of "<t>.<raw body>" with the secret.
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(request!.headers['groundwork-signature']));
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBe(Math.floor(t.clock.now().getTime() / 1000));
    const expected = createHmac('sha256', hook.secret).update(`${match![1]}.${request!.body}`).digest('hex');
    expect(match![2]).toBe(expected);

    const log = await t.request('GET', `/api/v1/webhook-deliveries/${delivery!.id}`, {
      token: await admin(),
    });
    expect(log.body).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      lastStatusCode: 200,
      nextAttemptAt: null,
    });
    expect(log.body.attemptLog).toEqual([
      expect.objectContaining({ statusCode: 200, responseSnippet: 'thanks', error: null, replay: false }),
    ]);
    // A second attempt of the same job changes nothing and sends nothing.
    expect(
      await attemptDelivery(t.app.deps, {
        tenantId: a.id,
        deliveryId: delivery!.id,
        due: delivery!.nextAttemptAt,
      }),
    ).toBe('skipped');
    expect(receiver.received).toHaveLength(1);
    for (const id of [hook.id, other.id, inactive.id])
      await t.request('DELETE', `/api/v1/webhooks/${id}`, { token: await admin() });
    receiver.received.length = 0;
  });

  it('retries failures on the backoff schedule for a day, then dead-letters; a replay sends again', async () => {
    const hook = await endpoint({ url: receiver.url, eventTypes: ['lead.claimed'] });
    await claimedLead();
    await dispatchAll(a);
    const [delivery] = await deliveries(hook.id);
    receiver.status = 503;
    const start = t.clock.now();
    const schedule = retrySchedule(start);

    expect(await attempt(delivery!.id)).toBe('retrying');
    let state = (
      await t.request('GET', `/api/v1/webhook-deliveries/${delivery!.id}`, { token: await admin() })
    ).body;
    expect(state).toMatchObject({
      status: 'retrying',
      attempts: 1,
      lastStatusCode: 503,
      lastError: 'HTTP 503',
    });
    expect(state.nextAttemptAt).toBe(schedule[1]!.toISOString());
    expect(state.attemptLog[0].responseSnippet).toHaveLength(500);

    for (let n = 2; n <= schedule.length; n++) {
      t.clock.set(schedule[n - 1]!);
      const outcome = await attempt(delivery!.id);
      expect(outcome).toBe(n < schedule.length ? 'retrying' : 'dead');
    }
    state = (await t.request('GET', `/api/v1/webhook-deliveries/${delivery!.id}`, { token: await admin() }))
      .body;
    expect(state).toMatchObject({ status: 'dead', attempts: schedule.length, nextAttemptAt: null });
    expect(state.attemptLog.map((x: { at: string }) => x.at).reverse()).toEqual(
      schedule.map((d) => d.toISOString()),
    );
    expect(receiver.received).toHaveLength(schedule.length);
    expect((await deliveries(hook.id, 'dead')).map((d) => d.id)).toEqual([delivery!.id]);

    // The receiver is fixed; the admin replays the dead letter.
    receiver.status = 204;
    const bd = await post(`/api/v1/webhook-deliveries/${delivery!.id}/replay`, await t.login(a.slug, 'bd'));
    expect(bd.status).toBe(403);
    const replay = await post(`/api/v1/webhook-deliveries/${delivery!.id}/replay`, await admin());
    expect(replay.status).toBe(202);
    expect(replay.body).toMatchObject({ status: 'pending', nextAttemptAt: t.clock.now().toISOString() });
    expect(await attempt(delivery!.id)).toBe('succeeded');
    state = (await t.request('GET', `/api/v1/webhook-deliveries/${delivery!.id}`, { token: await admin() }))
      .body;
    expect(state).toMatchObject({ status: 'succeeded', lastStatusCode: 204 });
    expect(state.attemptLog[0]).toMatchObject({ replay: true, statusCode: 204 });
    // Every attempt carried the same event id: the receiver de-duplicates on it.
    expect(new Set(receiver.received.map((r) => r.headers['groundwork-event-id'])).size).toBe(1);
    // A delivered event can be replayed too (the receiver lost it).
    expect((await post(`/api/v1/webhook-deliveries/${delivery!.id}/replay`, await admin())).status).toBe(202);
    expect(await attempt(delivery!.id)).toBe('succeeded');
    await t.request('DELETE', `/api/v1/webhooks/${hook.id}`, { token: await admin() });
    receiver.received.length = 0;
  });

  it('counts timeouts and refused connections as failures', async () => {
    const hook = await endpoint({ url: receiver.url, eventTypes: ['lead.claimed'] });
    // A port that was just free: nothing listens there any more.
    const gone = await new WebhookReceiver().start();
    await gone.stop();
    const closed = await endpoint({ url: gone.url, eventTypes: ['lead.claimed'] });
    await claimedLead();
    await dispatchAll(a);
    receiver.hang = true;
    const [slow] = await deliveries(hook.id);
    expect(await attempt(slow!.id, { timeoutMs: 300 })).toBe('retrying');
    const [refused] = await deliveries(closed.id);
    expect(await attempt(refused!.id)).toBe('retrying');
    const slowLog = (
      await t.request('GET', `/api/v1/webhook-deliveries/${slow!.id}`, { token: await admin() })
    ).body;
    expect(slowLog).toMatchObject({ lastStatusCode: null, lastError: 'timed out' });
    expect(slowLog.attemptLog[0].durationMs).toBeGreaterThanOrEqual(250);
    const refusedLog = (
      await t.request('GET', `/api/v1/webhook-deliveries/${refused!.id}`, { token: await admin() })
    ).body;
    expect(refusedLog).toMatchObject({ status: 'retrying', lastStatusCode: null, lastError: 'ECONNREFUSED' });
    receiver.hang = false;
    for (const id of [hook.id, closed.id])
      await t.request('DELETE', `/api/v1/webhooks/${id}`, { token: await admin() });
    receiver.received.length = 0;
  });
});
