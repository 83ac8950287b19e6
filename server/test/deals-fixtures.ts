import type { TestContext, TestTenant } from './harness.ts';
import { publicLead } from './leads-fixtures.ts';

const today = (t: TestContext) => t.clock.now().toISOString().slice(0, 10);

async function ok(reply: Promise<{ status: number; body: any }>, status = 200) {
  const r = await reply;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

/**
 * A merchant signed the ordinary way: the tenant's BD claims it, drafts a contract, the team lead
 * approves it, the BD signs it. The tenant must auto-approve new leads (template takeaway).
 */
export async function signedLead(
  t: TestContext,
  tenant: TestTenant,
  over: Record<string, unknown> = {},
): Promise<{ id: string; contractId: string }> {
  const lead = await publicLead(t, tenant, over);
  const bd = await t.login(tenant.slug, 'bd');
  const manager = await t.login(tenant.slug, 'bd_manager');
  const post = (path: string, token: string, body?: unknown) => t.request('POST', path, { token, body });
  await ok(post(`/api/v1/leads/${lead.id}/claim`, bd));
  const contract = await ok(
    post(`/api/v1/leads/${lead.id}/contracts`, bd, {
      type: 'new',
      title: '团购合作协议',
      amount: 10_000,
      commissionRate: 5,
      startOn: today(t),
      endOn: '2028-12-31',
    }),
    201,
  );
  await ok(post(`/api/v1/contracts/${contract.id}/submit`, bd));
  await ok(post(`/api/v1/contracts/${contract.id}/approve`, manager));
  await ok(post(`/api/v1/contracts/${contract.id}/sign`, bd));
  return { id: lead.id, contractId: contract.id };
}

/** A valid deal body; dates relative to the test clock. */
export function dealBody(t: TestContext, over: Record<string, unknown> = {}) {
  return {
    title: '双人火锅套餐',
    items: [
      { name: '招牌毛肚', quantity: 1, price: 48 },
      { name: '鲜切牛肉', quantity: 2, price: 38 },
    ],
    listPrice: 198,
    dealPrice: 128,
    minGroupSize: 2,
    validFrom: today(t),
    validTo: '2027-06-30',
    ...over,
  };
}
