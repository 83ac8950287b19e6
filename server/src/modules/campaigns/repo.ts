import type { CampaignTable } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant-tx.ts';

const columns = [
  'id',
  'name',
  'target',
  'filter',
  'template_key',
  'task_kind',
  'task_title',
  'instructions',
  'due_in_days',
  'status',
  'created_by',
  'created_at',
  'updated_at',
  'launched_by',
  'launched_at',
  'matched',
] as const;

export interface CampaignFields {
  name: string;
  target: CampaignTable['target'];
  filter: Record<string, unknown>;
  templateKey: string | null;
  taskKind: string;
  taskTitle: string;
  instructions: string | null;
  dueInDays: number;
}

const row = (f: CampaignFields) => ({
  name: f.name,
  target: f.target,
  filter: JSON.stringify(f.filter),
  template_key: f.templateKey,
  task_kind: f.taskKind,
  task_title: f.taskTitle,
  instructions: f.instructions,
  due_in_days: f.dueInDays,
});

export function insertCampaign(trx: Tx, tenantId: string, f: CampaignFields, by: string | null, at: Date) {
  return trx
    .insertInto('campaign')
    .values({
      tenant_id: tenantId,
      ...row(f),
      status: 'draft',
      created_by: by,
      created_at: at,
      updated_at: at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function findCampaign(trx: Tx, tenantId: string, id: string, lock = false) {
  const query = trx
    .selectFrom('campaign')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

export type CampaignRow = NonNullable<Awaited<ReturnType<typeof findCampaign>>>;

/** A draft's fields change; a launched campaign's do not (its tasks say what was asked). */
export function updateDraft(trx: Tx, tenantId: string, id: string, f: CampaignFields, at: Date) {
  return trx
    .updateTable('campaign')
    .set({ ...row(f), updated_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returning(columns)
    .executeTakeFirst();
}

export function markLaunched(
  trx: Tx,
  tenantId: string,
  id: string,
  by: string | null,
  matched: number,
  at: Date,
) {
  return trx
    .updateTable('campaign')
    .set((eb) => ({
      status: 'launched',
      launched_by: eb.fn.coalesce('launched_by', eb.val(by)),
      launched_at: eb.fn.coalesce('launched_at', eb.val(at)),
      matched,
      updated_at: at,
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function listCampaigns(trx: Tx, tenantId: string, page: { beforeId?: string; limit: number }) {
  let query = trx.selectFrom('campaign').select(columns).where('tenant_id', '=', tenantId);
  if (page.beforeId !== undefined) query = query.where('id', '<', page.beforeId);
  return query
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
}
