import { type Expression, sql } from 'kysely';
import type { TaskContext, TaskStatus } from '../../db/schema.ts';
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
  'city_id',
  'reason',
  'escalated_at',
  'resolution',
  'resolved_by',
  'photo_key',
  'photo_type',
  'photo_bytes',
  'context',
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
  campaignId?: string | null;
  cityId?: string | null;
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
        campaign_id: t.campaignId ?? null,
        city_id: t.cityId ?? null,
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
    statuses?: TaskStatus[];
    kind?: string;
    leadId?: string;
    campaignId?: string;
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
  if (filter.statuses !== undefined) query = query.where('status', 'in', filter.statuses);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.leadId !== undefined) query = query.where('lead_id', '=', filter.leadId);
  if (filter.campaignId !== undefined) query = query.where('campaign_id', '=', filter.campaignId);
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
  assignee_id?: string;
  reason?: string | null;
  escalated_at?: Date | null;
  resolution?: string | null;
  resolved_by?: string | null;
  photo_key?: string | null;
  photo_type?: string | null;
  photo_bytes?: number | null;
  photo_sha256?: string | null;
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

/**
 * Gives each merchant's open tasks to the keeper named for it, in one statement: the pairs are
 * (lead id, assignee id); a merchant without a keeper keeps its assignee.
 */
export function reassignOpenByLead(
  trx: Tx,
  tenantId: string,
  pairs: Array<{ leadId: string; assigneeId: string }>,
  at: Date,
) {
  if (pairs.length === 0) return Promise.resolve([]);
  const leadIds = pairs.map((p) => p.leadId);
  const assigneeIds = pairs.map((p) => p.assigneeId);
  return sql<{ id: string; lead_id: string; previous: string; assignee_id: string }>`
    with keeper as (
      select * from unnest(${leadIds}::bigint[], ${assigneeIds}::bigint[]) as k(lead_id, assignee_id)
    ),
    moved as (
      select t.id, t.assignee_id as previous from task t join keeper k on k.lead_id = t.lead_id
      where t.tenant_id = ${tenantId} and t.status in ('open', 'doing') and t.assignee_id <> k.assignee_id
      for update of t
    )
    update task t set assignee_id = k.assignee_id, updated_at = ${at}
    from keeper k, moved m
    where t.tenant_id = ${tenantId} and t.id = m.id and k.lead_id = t.lead_id
    returning t.id, t.lead_id, m.previous, t.assignee_id`
    .execute(trx)
    .then((r) => r.rows);
}

export interface TaskTemplate {
  campaignId: string;
  kind: string;
  title: string;
  instructions: string | null;
  dueAt: Date | null;
  createdBy: string | null;
  at: Date;
}

/**
 * One task per merchant of the source (rows of lead_id, assignee_id, city_id), those without an
 * assignee skipped; a merchant that has this campaign's task already keeps it (the unique index
 * task_campaign_lead), so any number of launches, concurrent or retried, adds each task once.
 * Answers how many rows the source had, the last lead id among them, and how many tasks were new.
 */
export async function insertCampaignTasks(
  trx: Tx,
  tenantId: string,
  source: Expression<unknown>,
  t: TaskTemplate,
) {
  const result = await sql<{
    matched: string;
    last_id: string | null;
    created: Array<{ id: string; lead_id: string }>;
  }>`
    with m as (${source}),
    ins as (
      insert into task (tenant_id, campaign_id, assignee_id, lead_id, city_id, kind, title, instructions,
        due_at, status, created_by, created_at, updated_at)
      select ${tenantId}, ${t.campaignId}, m.assignee_id, m.lead_id, m.city_id, ${t.kind}, ${t.title},
        ${t.instructions}, ${t.dueAt}, 'open', ${t.createdBy}, ${t.at}, ${t.at}
      from m where m.assignee_id is not null
      on conflict (tenant_id, campaign_id, lead_id) do nothing
      returning id, lead_id
    )
    select (select count(*) from m) as matched, (select max(lead_id) from m) as last_id,
      coalesce((select json_agg(json_build_object('id', id::text, 'lead_id', lead_id::text)) from ins), '[]')
        as created`.execute(trx);
  const row = result.rows[0]!;
  return {
    matched: Number(row.matched),
    lastId: row.last_id,
    created: row.created.length,
    tasks: row.created.map((t) => ({ id: t.id, leadId: t.lead_id })),
  };
}

/** Sets the context of many tasks in one statement (a fan-out batch's tasks). */
export async function setContexts(
  trx: Tx,
  tenantId: string,
  contexts: Array<{ taskId: string; context: TaskContext }>,
) {
  if (contexts.length === 0) return;
  await sql`
    update task t set context = c.context
    from unnest(${contexts.map((c) => c.taskId)}::bigint[], ${contexts.map((c) => JSON.stringify(c.context))}::jsonb[])
      as c(id, context)
    where t.tenant_id = ${tenantId} and t.id = c.id`.execute(trx);
}

/** Counts of a campaign's tasks per city, assignee and status, with how many are overdue. */
export function campaignCounts(trx: Tx, tenantId: string, campaignId: string, now: Date) {
  return trx
    .selectFrom('task')
    .select([
      'city_id',
      'assignee_id',
      'status',
      (eb) => eb.fn.countAll<string>().as('n'),
      sql<string>`count(*) filter (where status in ('open', 'doing') and due_at < ${now})`.as('overdue'),
    ])
    .where('tenant_id', '=', tenantId)
    .where('campaign_id', '=', campaignId)
    .groupBy(['city_id', 'assignee_id', 'status'])
    .execute();
}

/** What the field sent back on a campaign (done, rejected, escalated), the latest first. */
export function campaignFeedback(
  trx: Tx,
  tenantId: string,
  filter: { campaignId: string; before?: { at: string; id: string }; limit: number },
) {
  let query = trx
    .selectFrom('task')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('campaign_id', '=', filter.campaignId)
    .where('status', 'in', ['done', 'rejected', 'escalated']);
  if (filter.before !== undefined)
    query = query.where(
      sql<boolean>`(updated_at, id) < (${filter.before.at}::timestamptz, ${filter.before.id}::bigint)`,
    );
  return query
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

/** The escalation queue: escalated tasks, the longest waiting first. */
export function escalated(
  trx: Tx,
  tenantId: string,
  filter: { campaignId?: string; after?: { at: string; id: string }; limit: number },
) {
  let query = trx
    .selectFrom('task')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'escalated');
  if (filter.campaignId !== undefined) query = query.where('campaign_id', '=', filter.campaignId);
  if (filter.after !== undefined)
    query = query.where(
      sql<boolean>`(escalated_at, id) > (${filter.after.at}::timestamptz, ${filter.after.id}::bigint)`,
    );
  return query
    .orderBy('escalated_at')
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute();
}

/** Which of these merchants have open or doing tasks (most have none: nothing else to do then). */
export async function leadsWithOpenTasks(trx: Tx, tenantId: string, leadIds: string[]) {
  if (leadIds.length === 0) return [];
  const rows = await trx
    .selectFrom('task')
    .select('lead_id')
    .distinct()
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', sql<string>`any(${leadIds}::bigint[])`)
    .where('status', 'in', ['open', 'doing'])
    .execute();
  return rows.map((r) => r.lead_id!);
}
