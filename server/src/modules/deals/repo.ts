import { sql } from 'kysely';
import type { DealAuditTable, DealStatus } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant-tx.ts';

export const DEAL_COLUMNS = [
  'id',
  'lead_id',
  'contract_id',
  'owner_id',
  'title',
  'lead_name',
  'city_id',
  'category',
  'items',
  'list_price',
  'deal_price',
  'min_group_size',
  'valid_from',
  'valid_to',
  'status',
  'sales_count',
  'sales_updated_at',
  'attrs',
  'rejection_reasons',
  'rejection_comment',
  'offline_reason',
  'submitted_at',
  'audited_by',
  'audited_at',
  'online_at',
  'offline_at',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export type DealRow = NonNullable<Awaited<ReturnType<typeof findDeal>>>;
export type DealItem = { name: string; quantity: number; price?: number };

/** What the deal copies from its merchant, so that the deal center needs no join. */
export interface MerchantCopy {
  lead_name: string;
  city_id: string;
  category: string | null;
  search_text: string;
}

export interface NewDeal extends MerchantCopy {
  leadId: string;
  contractId: string | null;
  ownerId: string;
  title: string;
  items: DealItem[];
  listPrice: number;
  dealPrice: number;
  minGroupSize: number;
  validFrom: string;
  validTo: string;
  attrs: Record<string, unknown>;
  createdBy: string | null;
  at: Date;
}

export function insertDeal(trx: Tx, tenantId: string, d: NewDeal) {
  return trx
    .insertInto('deal')
    .values({
      tenant_id: tenantId,
      lead_id: d.leadId,
      contract_id: d.contractId,
      owner_id: d.ownerId,
      title: d.title,
      lead_name: d.lead_name,
      search_text: d.search_text,
      city_id: d.city_id,
      category: d.category,
      items: JSON.stringify(d.items),
      list_price: d.listPrice,
      deal_price: d.dealPrice,
      min_group_size: d.minGroupSize,
      valid_from: d.validFrom,
      valid_to: d.validTo,
      status: 'draft',
      attrs: JSON.stringify(d.attrs),
      created_by: d.createdBy,
      created_at: d.at,
      updated_at: d.at,
    })
    .returning(DEAL_COLUMNS)
    .executeTakeFirstOrThrow();
}

export function findDeal(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('deal')
    .select(DEAL_COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface DealChanges extends Partial<MerchantCopy> {
  contract_id?: string | null;
  title?: string;
  items?: string;
  list_price?: number;
  deal_price?: number;
  min_group_size?: number;
  valid_from?: string;
  valid_to?: string;
  attrs?: string;
  status?: DealStatus;
  rejection_reasons?: string[];
  rejection_comment?: string | null;
  offline_reason?: string | null;
  submitted_at?: Date;
  audited_by?: string | null;
  audited_at?: Date;
  online_at?: Date;
  offline_at?: Date;
  updated_at: Date;
}

/** Changes a deal only while it is in one of the expected statuses (a compare-and-set). */
export function updateDeal(trx: Tx, tenantId: string, id: string, from: DealStatus[], changes: DealChanges) {
  return trx
    .updateTable('deal')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', 'in', from)
    .returning(DEAL_COLUMNS)
    .executeTakeFirst();
}

export interface HistoryEntry {
  dealId: string;
  at: Date;
  action: DealAuditTable['action'];
  from: DealStatus | null;
  to: DealStatus;
  actor: { kind: string; id: string | null; name: string };
  reasons?: string[];
  comment?: string | null;
}

export async function insertHistory(trx: Tx, tenantId: string, e: HistoryEntry) {
  await trx
    .insertInto('deal_audit')
    .values({
      tenant_id: tenantId,
      deal_id: e.dealId,
      at: e.at,
      action: e.action,
      from_status: e.from,
      to_status: e.to,
      actor_kind: e.actor.kind,
      actor_id: e.actor.id,
      actor_name: e.actor.name,
      reasons: e.reasons ?? [],
      comment: e.comment ?? null,
    })
    .execute();
}

export function listHistory(trx: Tx, tenantId: string, dealId: string) {
  return trx
    .selectFrom('deal_audit')
    .select([
      'id',
      'at',
      'action',
      'from_status',
      'to_status',
      'actor_kind',
      'actor_id',
      'actor_name',
      'reasons',
      'comment',
    ])
    .where('tenant_id', '=', tenantId)
    .where('deal_id', '=', dealId)
    .orderBy('id')
    .execute();
}

/** The deals of the listed ids, locked for a sales update: which exist, and in what status. */
export function lockDeals(trx: Tx, tenantId: string, ids: string[]) {
  return trx
    .selectFrom('deal')
    .select(['id', 'status', 'sales_count'])
    .where('tenant_id', '=', tenantId)
    .where(sql<boolean>`id = any(${ids}::bigint[])`)
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Sets the sales counts that differ; answers the ids that changed. */
export async function setSales(
  trx: Tx,
  tenantId: string,
  rows: Array<{ id: string; salesCount: number }>,
  at: Date,
) {
  const result = await sql<{ id: string }>`
    update deal d set sales_count = v.sales_count, sales_updated_at = ${at}, updated_at = ${at}
      from unnest(${rows.map((r) => r.id)}::bigint[], ${rows.map((r) => r.salesCount)}::integer[])
           as v(id, sales_count)
     where d.tenant_id = ${tenantId} and d.id = v.id and d.sales_count <> v.sales_count
    returning d.id::text as id`.execute(trx);
  return result.rows.map((r) => r.id);
}

/**
 * One batch of online deals whose last valid day is before `today`: expired, each with its
 * history entry, in one statement. Rows locked elsewhere are left for the next run.
 */
export async function expireBatch(
  trx: Tx,
  tenantId: string,
  options: { today: string; now: Date; batchSize: number; actorName: string },
) {
  const result = await sql<{ id: string }>`
    with due as (
      select id from deal
       where tenant_id = ${tenantId} and status = 'online' and valid_to < ${options.today}::date
       order by valid_to, id
       limit ${options.batchSize}
         for update skip locked
    ), expired as (
      update deal d set status = 'expired', offline_at = ${options.now}, updated_at = ${options.now}
        from due where d.tenant_id = ${tenantId} and d.id = due.id
      returning d.id
    ), history as (
      insert into deal_audit (tenant_id, deal_id, at, action, from_status, to_status, actor_kind, actor_name)
      select ${tenantId}, id, ${options.now}, 'expired', 'online', 'expired', 'system', ${options.actorName}
        from expired
    )
    select id::text as id from expired`.execute(trx);
  return result.rows.map((r) => r.id);
}
