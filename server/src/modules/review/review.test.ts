import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('groupbuy'); // groupbuy reviews every new lead
});
afterAll(() => t.close());

const create = (body: Record<string, unknown>, token = tenant.tokens.bd) =>
  t.request('POST', '/api/v1/leads', { token, body: { cityId: tenant.units.city, ...body } });
const review = (path: string, body?: unknown, token = tenant.tokens.reviewer) =>
  t.request('POST', `/api/v1/review/leads/${path}`, { token, body });

describe('review', () => {
  it('queues new leads with their look-alikes; approving puts them in the pool', async () => {
    const lead = await create({
      name: '大董烤鸭店(阜成路店)',
      phone: '(010)88118189',
      lat: 39.9237,
      lng: 116.2918,
    });
    expect(lead.body.status).toBe('pending_review');
    // the BD who entered it sees its phone; nobody can claim it yet
    expect(lead.body.phoneMasked).toBe(false);
    expect(
      (await t.request('POST', `/api/v1/leads/${lead.body.id}/claim`, { token: tenant.tokens.bd_b })).body
        .code,
    ).toBe('not_claimable');
    const queue = await t.request('GET', '/api/v1/review/leads', { token: tenant.tokens.reviewer });
    expect(queue.body.items.map((i: { lead: { id: string } }) => i.lead.id)).toContain(lead.body.id);
    expect((await t.request('GET', '/api/v1/review/leads', { token: tenant.tokens.bd })).status).toBe(403);

    const approved = await review(`${lead.body.id}/approve`);
    expect(approved.body.status).toBe('public');
    expect((await review(`${lead.body.id}/approve`)).body.code).toBe('invalid_state');
    expect(
      (await t.request('POST', `/api/v1/leads/${lead.body.id}/claim`, { token: tenant.tokens.bd_b })).status,
    ).toBe(200);
  });

  it('rejects with a reason recorded in the history', async () => {
    const lead = await create({ name: '测试数据请忽略' });
    const rejected = await review(`${lead.body.id}/reject`, { reason: '测试数据' });
    expect(rejected.body.status).toBe('invalid');
    const page = await t.request('GET', `/api/v1/leads/${lead.body.id}`, { token: tenant.tokens.reviewer });
    expect(page.body.events[0]).toMatchObject({ kind: 'rejected', reason: '测试数据', toStatus: 'invalid' });
    expect((await review(`${lead.body.id}/reject`, {})).status).toBe(400);
  });

  it('merges a duplicate: contacts, visits and history move to the survivor, nothing is lost', async () => {
    const survivor = await create(
      { name: '西贝莜面村(印象城店)', lat: 39.912, lng: 116.304 },
      tenant.tokens.tenant_admin,
    );
    await review(`${survivor.body.id}/approve`);
    const duplicate = await create({
      name: '西贝莜面村 印象城店',
      phone: '(010)68279827',
      address: '翠微路12号印象城F5',
      lat: 39.9121,
      lng: 116.3041,
      tags: ['chain'],
    });
    const page = await t.request('GET', `/api/v1/leads/${duplicate.body.id}`, {
      token: tenant.tokens.reviewer,
    });
    expect(page.body.duplicates.map((d: { id: string }) => d.id)).toEqual([survivor.body.id]);
    const contact = await t.request('POST', `/api/v1/leads/${duplicate.body.id}/contacts`, {
      token: tenant.tokens.bd,
      body: { name: '张经理', phone: '13800001111', isKeyPerson: true },
    });
    expect(contact.status).toBe(201);
    const visit = await t.request('POST', `/api/v1/leads/${duplicate.body.id}/visits`, {
      token: tenant.tokens.bd,
      body: { lat: 39.9121, lng: 116.3041, kind: 'first', notes: '初次拜访' },
    });
    expect(visit.status).toBe(201);

    const merged = await review(`${duplicate.body.id}/merge`, { intoId: survivor.body.id });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({
      id: survivor.body.id,
      address: '翠微路12号印象城F5',
      tags: ['chain'],
    });

    const after = await t.request('GET', `/api/v1/leads/${survivor.body.id}`, {
      token: tenant.tokens.tenant_admin,
    });
    expect(after.body.contacts.map((c: { name: string }) => c.name)).toEqual(['张经理']);
    expect(after.body.visits.map((v: { notes: string }) => v.notes)).toEqual(['初次拜访']);
    const kinds = after.body.events.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['merged', 'created', 'approved']));
    expect(after.body.events.filter((e: { kind: string }) => e.kind === 'created')).toHaveLength(2);

    const gone = await t.request('GET', `/api/v1/leads/${duplicate.body.id}`, {
      token: tenant.tokens.tenant_admin,
    });
    expect(gone.body).toMatchObject({ status: 'invalid', duplicateOf: survivor.body.id });
    expect(gone.body.events[0]).toMatchObject({ kind: 'merged_into', detail: { into: survivor.body.id } });
    const log = await t.request('GET', `/api/v1/audit-log?action=lead.merged&objectId=${duplicate.body.id}`, {
      token: tenant.tokens.tenant_admin,
    });
    expect(log.body.items[0].detail.note).toMatchObject({ into: survivor.body.id });
  });

  it('refuses to merge a lead into itself, into an invalid lead, or a lead that is not in review', async () => {
    const a = await create({ name: '甲店' });
    const b = await create({ name: '乙店' });
    expect((await review(`${a.body.id}/merge`, { intoId: a.body.id })).status).toBe(400);
    await review(`${b.body.id}/reject`, { reason: '重复' });
    expect((await review(`${a.body.id}/merge`, { intoId: b.body.id })).body.code).toBe('invalid_state');
    await review(`${a.body.id}/approve`);
    const c = await create({ name: '丙店' });
    await review(`${c.body.id}/approve`);
    expect((await review(`${a.body.id}/merge`, { intoId: c.body.id })).body.code).toBe('invalid_state');
  });
});
