import type { TestContext, TestTenant } from './harness.ts';
import { publicLead } from './leads-fixtures.ts';

export interface ContractTerms {
  startOn: string;
  endOn: string;
  type?: 'new' | 'renewal' | 'change';
  title?: string;
}

async function ok(reply: Promise<{ status: number; body: any }>, what: string) {
  const r = await reply;
  if (r.status >= 300) throw new Error(`${what} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A merchant the tenant's BD claimed (the tenant must auto-approve, e.g. template takeaway). */
export async function claimedLead(t: TestContext, tenant: TestTenant, bd: 'bd' | 'bd_b' = 'bd') {
  const lead = await publicLead(t, tenant);
  const token = await t.login(tenant.slug, bd);
  await ok(t.request('POST', `/api/v1/leads/${lead.id}/claim`, { token }), 'claim');
  return lead;
}

/** A draft contract of the BD on the merchant (amount and commission that only the team lead approves). */
export async function draftContract(
  t: TestContext,
  tenant: TestTenant,
  leadId: string,
  terms: ContractTerms,
  bd: 'bd' | 'bd_b' = 'bd',
) {
  const token = await t.login(tenant.slug, bd);
  return ok(
    t.request('POST', `/api/v1/leads/${leadId}/contracts`, {
      token,
      body: {
        type: terms.type ?? 'new',
        title: terms.title ?? '团购合作协议',
        amount: 20_000,
        commissionRate: 6,
        startOn: terms.startOn,
        endOn: terms.endOn,
      },
    }),
    'draft',
  );
}

/** Submitted, approved by the team lead and signed by the BD; answers the contract. */
export async function signContract(
  t: TestContext,
  tenant: TestTenant,
  contractId: string,
  bd: 'bd' | 'bd_b' = 'bd',
) {
  const token = await t.login(tenant.slug, bd);
  const manager = await t.login(tenant.slug, 'bd_manager');
  await ok(t.request('POST', `/api/v1/contracts/${contractId}/submit`, { token }), 'submit');
  await ok(t.request('POST', `/api/v1/contracts/${contractId}/approve`, { token: manager }), 'approve');
  return ok(t.request('POST', `/api/v1/contracts/${contractId}/sign`, { token }), 'sign');
}

/** A merchant signed by the BD with one contract of these terms. */
export async function signedMerchant(
  t: TestContext,
  tenant: TestTenant,
  terms: ContractTerms,
  bd: 'bd' | 'bd_b' = 'bd',
) {
  const lead = await claimedLead(t, tenant, bd);
  const draft = await draftContract(t, tenant, lead.id, terms, bd);
  const contract = await signContract(t, tenant, draft.id, bd);
  return { lead, contract };
}

/** The tenant's calendar day (Asia/Shanghai for the templates) of an instant, as YYYY-MM-DD. */
export const shanghaiDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
