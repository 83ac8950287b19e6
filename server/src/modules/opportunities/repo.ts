import { sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';

const columns = [
  'id',
  'lead_id',
  'owner_id',
  'title',
  'stage_key',
  'amount',
  'expected_close',
  'lost_reason',
  'attrs',
  'closed_at',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export type OpportunityRow = NonNullable<Awaited<ReturnType<typeof findOpportunity>>>;

export async function insertOpportunity(
  trx: Tx,
  tenantId: string,
  o: {
    leadId: string;
    ownerId: string;
    title: string;
    stageKey: string;
    amount: number | null;
    expectedClose: string | null;
    attrs: Record<string, unknown>;
    createdBy: string | null;
    at: Date;
  },
) {
  return trx
    .insertInto('opportunity')
    .values({
      tenant_id: tenantId,
      lead_id: o.leadId,
      owner_id: o.ownerId,
      title: o.title,
      stage_key: o.stageKey,
      amount: o.amount,
      expected_close: o.expectedClose,
      attrs: JSON.stringify(o.attrs),
      created_by: o.createdBy,
      created_at: o.at,
      updated_at: o.at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function findOpportunity(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('opportunity')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateOpportunity(
  trx: Tx,
  tenantId: string,
  id: string,
  changes: Partial<{
    title: string;
    amount: number | null;
    expected_close: string | null;
    attrs: string;
    stage_key: string;
    lost_reason: string | null;
    closed_at: Date | null;
  }> & { updated_at: Date },
) {
  return trx
    .updateTable('opportunity')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export interface OpportunityFilter {
  ownerIds: string[] | null;
  leadId?: string;
  stageKey?: string;
  beforeId?: string;
  limit: number;
}

function filtered(trx: Tx, tenantId: string, filter: Omit<OpportunityFilter, 'limit' | 'beforeId'>) {
  let query = trx.selectFrom('opportunity').where('tenant_id', '=', tenantId);
  if (filter.ownerIds !== null) {
    query =
      filter.ownerIds.length > 0
        ? query.where('owner_id', 'in', filter.ownerIds)
        : query.where(sql.lit(false));
  }
  if (filter.leadId !== undefined) query = query.where('lead_id', '=', filter.leadId);
  if (filter.stageKey !== undefined) query = query.where('stage_key', '=', filter.stageKey);
  return query;
}

export function listOpportunities(trx: Tx, tenantId: string, filter: OpportunityFilter) {
  let query = filtered(trx, tenantId, filter).select(columns);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  return query
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

/** Per stage: how many, how much, for the kanban's column heads. */
export function stageTotals(
  trx: Tx,
  tenantId: string,
  filter: Omit<OpportunityFilter, 'limit' | 'beforeId'>,
) {
  return filtered(trx, tenantId, filter)
    .select(['stage_key', sql<string>`count(*)`.as('count'), sql<string | null>`sum(amount)`.as('amount')])
    .groupBy('stage_key')
    .execute();
}

export async function insertHistory(
  trx: Tx,
  tenantId: string,
  entry: {
    opportunityId: string;
    at: Date;
    actorKind: string;
    actorId: string | null;
    actorName: string;
    fromStage: string | null;
    toStage: string;
    note: string | null;
  },
) {
  await trx
    .insertInto('opportunity_history')
    .values({
      tenant_id: tenantId,
      opportunity_id: entry.opportunityId,
      at: entry.at,
      actor_kind: entry.actorKind,
      actor_id: entry.actorId,
      actor_name: entry.actorName,
      from_stage: entry.fromStage,
      to_stage: entry.toStage,
      note: entry.note,
    })
    .execute();
}

export function listHistory(trx: Tx, tenantId: string, opportunityId: string) {
  return trx
    .selectFrom('opportunity_history')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('opportunity_id', '=', opportunityId)
    .orderBy('id')
    .execute();
}
