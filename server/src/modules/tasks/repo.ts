import { sql } from 'kysely';
import type { TaskStatus } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant-tx.ts';

const columns = [
  'id',
  'campaign_id',
  'assignee_id',
  'lead_id',
  'contract_id',
  'kind',
  'title',
  'instructions',
  'due_at',
  'status',
  'feedback',
  'source_key',
  'created_by',
  'created_at',
  'updated_at',
  'done_at',
] as const;

export interface NewTask {
  assigneeId: string;
  leadId: string | null;
  contractId: string | null;
  kind: string;
  title: string;
  instructions: string | null;
  dueAt: Date | null;
  /** Unique per tenant: the same source never makes a second task. */
  sourceKey: string | null;
  createdBy: string | null;
  at: Date;
}

/** Inserts the tasks whose source key is new; answers the ones created. */
export async function insertTasksOnce(trx: Tx, tenantId: string, tasks: NewTask[]) {
  if (tasks.length === 0) return [];
  return trx
    .insertInto('task')
    .values(
      tasks.map((t) => ({
        tenant_id: tenantId,
        assignee_id: t.assigneeId,
        lead_id: t.leadId,
        contract_id: t.contractId,
        kind: t.kind,
        title: t.title,
        instructions: t.instructions,
        due_at: t.dueAt,
        status: 'open' as const,
        source_key: t.sourceKey,
        created_by: t.createdBy,
        created_at: t.at,
        updated_at: t.at,
      })),
    )
    .onConflict((oc) => oc.columns(['tenant_id', 'source_key']).doNothing())
    .returning(columns)
    .execute();
}

export function findTask(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('task')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export type TaskRow = NonNullable<Awaited<ReturnType<typeof findTask>>>;

/** Soonest due first (tasks without a due time last), then by id: a stable keyset. */
const dueKey = sql<Date>`coalesce(due_at, 'infinity'::timestamptz)`;

export function listTasks(
  trx: Tx,
  tenantId: string,
  filter: {
    assigneeIds: string[] | null;
    status?: TaskStatus;
    kind?: string;
    leadId?: string;
    after?: { due: string; id: string };
    limit: number;
  },
) {
  let query = trx.selectFrom('task').select(columns).where('tenant_id', '=', tenantId);
  if (filter.assigneeIds !== null) {
    query =
      filter.assigneeIds.length > 0
        ? query.where('assignee_id', '=', sql<string>`any(${filter.assigneeIds}::bigint[])`)
        : query.where(sql.lit(false));
  }
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.leadId !== undefined) query = query.where('lead_id', '=', filter.leadId);
  if (filter.after !== undefined) {
    query = query.where(
      sql<boolean>`(${dueKey}, id) > (${filter.after.due}::timestamptz, ${filter.after.id}::bigint)`,
    );
  }
  return query
    .orderBy(dueKey)
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute();
}

export interface TaskChanges {
  status?: TaskStatus;
  feedback?: string | null;
  done_at?: Date | null;
  updated_at: Date;
}

/** Changes a task only while it is in one of the expected statuses (a compare-and-set). */
export function updateTask(trx: Tx, tenantId: string, id: string, from: TaskStatus[], changes: TaskChanges) {
  return trx
    .updateTable('task')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', 'in', from)
    .returning(columns)
    .executeTakeFirst();
}

/** Closes the open tasks of a kind on a merchant (the renewal was signed: nothing left to do). */
export function closeOpenTasks(
  trx: Tx,
  tenantId: string,
  filter: { leadId: string; kind: string },
  changes: { feedback: string; at: Date },
) {
  return trx
    .updateTable('task')
    .set({ status: 'done', feedback: changes.feedback, done_at: changes.at, updated_at: changes.at })
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', filter.leadId)
    .where('kind', '=', filter.kind)
    .where('status', 'in', ['open', 'doing'])
    .returning(['id', 'assignee_id'])
    .execute();
}

/** Gives the open tasks of a kind on these merchants to another assignee. */
export function reassignOpen(
  trx: Tx,
  tenantId: string,
  filter: { leadIds: string[]; kind: string },
  change: { assigneeId: string; at: Date },
) {
  if (filter.leadIds.length === 0) return Promise.resolve([]);
  return trx
    .updateTable('task')
    .set({ assignee_id: change.assigneeId, updated_at: change.at })
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', sql<string>`any(${filter.leadIds}::bigint[])`)
    .where('kind', '=', filter.kind)
    .where('status', 'in', ['open', 'doing'])
    .where('assignee_id', '<>', change.assigneeId)
    .returning(['id'])
    .execute();
}
