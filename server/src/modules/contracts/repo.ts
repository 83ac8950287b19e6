import { sql } from 'kysely';
import type { ContractStatus, ContractTable } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant-tx.ts';

const columns = [
  'id',
  'lead_id',
  'opportunity_id',
  'owner_id',
  'type',
  'status',
  'title',
  'amount',
  'commission_rate',
  'start_on',
  'end_on',
  'terms',
  'attrs',
  'round',
  'current_step',
  'signed_at',
  'ended_at',
  'end_reason',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export type ContractRow = NonNullable<Awaited<ReturnType<typeof findContract>>>;

export interface NewContract {
  leadId: string;
  opportunityId: string | null;
  ownerId: string;
  type: ContractTable['type'];
  title: string;
  amount: number;
  commissionRate: number;
  startOn: string;
  endOn: string;
  terms: string | null;
  attrs: Record<string, unknown>;
  createdBy: string | null;
  at: Date;
}

export function insertContract(trx: Tx, tenantId: string, c: NewContract) {
  return trx
    .insertInto('contract')
    .values({
      tenant_id: tenantId,
      lead_id: c.leadId,
      opportunity_id: c.opportunityId,
      owner_id: c.ownerId,
      type: c.type,
      status: 'draft',
      title: c.title,
      amount: c.amount,
      commission_rate: c.commissionRate,
      start_on: c.startOn,
      end_on: c.endOn,
      terms: c.terms,
      attrs: JSON.stringify(c.attrs),
      created_by: c.createdBy,
      created_at: c.at,
      updated_at: c.at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function findContract(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('contract')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface ContractChanges {
  title?: string;
  amount?: number;
  commission_rate?: number;
  start_on?: string;
  end_on?: string;
  terms?: string | null;
  attrs?: string;
  status?: ContractStatus;
  round?: number;
  current_step?: number | null;
  signed_at?: Date;
  ended_at?: Date;
  end_reason?: string;
  updated_at: Date;
}

/** Changes a contract only while it is in one of the expected statuses (a compare-and-set). */
export async function updateContract(
  trx: Tx,
  tenantId: string,
  id: string,
  from: ContractStatus[],
  changes: ContractChanges,
) {
  return trx
    .updateTable('contract')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', 'in', from)
    .returning(columns)
    .executeTakeFirst();
}

export function listContracts(
  trx: Tx,
  tenantId: string,
  filter: { ownerIds: string[] | null; leadId?: string; status?: string; beforeId?: string; limit: number },
) {
  let query = trx.selectFrom('contract').select(columns).where('tenant_id', '=', tenantId);
  if (filter.ownerIds !== null) {
    query =
      filter.ownerIds.length > 0
        ? query.where('owner_id', 'in', filter.ownerIds)
        : query.where(sql.lit(false));
  }
  if (filter.leadId !== undefined) query = query.where('lead_id', '=', filter.leadId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status as ContractStatus);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  return query
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

export async function insertApprovals(
  trx: Tx,
  tenantId: string,
  contractId: string,
  round: number,
  roles: string[],
  at: Date,
) {
  await trx
    .insertInto('approval')
    .values(
      roles.map((role, index) => ({
        tenant_id: tenantId,
        contract_id: contractId,
        round,
        step: index + 1,
        role,
        decision: 'pending' as const,
        created_at: at,
      })),
    )
    .execute();
}

export function findStep(trx: Tx, tenantId: string, contractId: string, round: number, step: number) {
  return trx
    .selectFrom('approval')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('contract_id', '=', contractId)
    .where('round', '=', round)
    .where('step', '=', step)
    .forUpdate()
    .executeTakeFirst();
}

export async function decideStep(
  trx: Tx,
  tenantId: string,
  approvalId: string,
  decision: { decision: 'approved' | 'rejected'; by: string; comment: string | null; at: Date },
) {
  await trx
    .updateTable('approval')
    .set({
      decision: decision.decision,
      decided_by: decision.by,
      comment: decision.comment,
      decided_at: decision.at,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', approvalId)
    .where('decision', '=', 'pending')
    .execute();
}

export function listApprovals(trx: Tx, tenantId: string, contractId: string) {
  return trx
    .selectFrom('approval')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('contract_id', '=', contractId)
    .orderBy('round')
    .orderBy('step')
    .execute();
}

/** The steps waiting for a decision now (the current step of contracts in approval), for a role. */
export function pendingSteps(trx: Tx, tenantId: string, role: string) {
  return trx
    .selectFrom('approval as a')
    .innerJoin('contract as c', (join) =>
      join
        .onRef('c.tenant_id', '=', 'a.tenant_id')
        .onRef('c.id', '=', 'a.contract_id')
        .onRef('c.round', '=', 'a.round')
        .onRef('c.current_step', '=', 'a.step'),
    )
    .select([
      'a.id as approval_id',
      'a.step',
      'a.role',
      'c.id as contract_id',
      'c.owner_id',
      'c.title',
      'c.amount',
      'c.commission_rate',
      'c.lead_id',
      'a.created_at',
    ])
    .where('a.tenant_id', '=', tenantId)
    .where('a.role', '=', role)
    .where('a.decision', '=', 'pending')
    .where('c.status', '=', 'pending_approval')
    .orderBy('a.created_at')
    .limit(500)
    .execute();
}
