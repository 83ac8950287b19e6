import type { TaskStatus } from '../../db/schema.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { userIdsInScope } from '../../platform/users/scope.ts';
import { emit } from '../events/service.ts';
import { withLeadNames } from '../leads/service.ts';
import * as repo from './repo.ts';

export type { NewTask, TaskRow } from './repo.ts';

/** Roles that follow the to-dos of the people below them (and act on them when someone is away). */
const TASK_MANAGER_ROLES: ReadonlySet<string> = new Set([
  'bd_manager',
  'city_manager',
  'ops_manager',
  'hq',
  'tenant_admin',
]);

export const canFollowTeamTasks = (actor: Actor) => TASK_MANAGER_ROLES.has(actor.role);

/** Whose tasks the actor sees: their own; a manager also their subtree's; null for the whole tenant. */
async function assigneesInReach(trx: Tx, actor: Actor): Promise<string[] | null> {
  const me = actor.kind === 'user' ? [actor.id] : [];
  if (!canFollowTeamTasks(actor)) return me;
  return userIdsInScope(trx, actor);
}

async function getInTx(trx: Tx, actor: Actor, id: string): Promise<repo.TaskRow> {
  const task = await repo.findTask(trx, actor.tenantId, id);
  if (!task) throw notFound('Task');
  const reach = await assigneesInReach(trx, actor);
  if (reach !== null && !reach.includes(task.assignee_id)) throw notFound('Task');
  return task;
}

export interface ListTasksQuery {
  mine?: boolean;
  assigneeId?: string;
  status?: TaskStatus;
  kind?: string;
  leadId?: string;
  limit: number;
  cursor?: string;
}

export async function listTasks(deps: Deps, actor: Actor, query: ListTasksQuery) {
  const [due, id] = decodeCursor(query.cursor, 2) ?? [];
  const rows = await inTenant(deps.db, actor.tenantId, async (trx) => {
    let assigneeIds = query.mine
      ? actor.kind === 'user'
        ? [actor.id]
        : []
      : await assigneesInReach(trx, actor);
    if (query.assigneeId !== undefined) {
      assigneeIds = assigneeIds === null || assigneeIds.includes(query.assigneeId) ? [query.assigneeId] : [];
    }
    const tasks = await repo.listTasks(trx, actor.tenantId, {
      assigneeIds,
      status: query.status,
      kind: query.kind,
      leadId: query.leadId,
      after: due !== undefined && id !== undefined ? { due, id } : undefined,
      limit: query.limit,
    });
    const named = await withLeadNames(
      trx,
      actor.tenantId,
      tasks.filter((t) => t.lead_id !== null) as Array<repo.TaskRow & { lead_id: string }>,
    );
    const names = new Map(named.map((t) => [t.id, t.lead_name]));
    return tasks.map((t) => ({ ...t, lead_name: names.get(t.id) ?? null }));
  });
  return toPage(rows, query.limit, (row) => [row.due_at?.toISOString() ?? 'infinity', row.id]);
}

export async function getTask(deps: Deps, actor: Actor, id: string) {
  return inTenant(deps.db, actor.tenantId, (trx) => getInTx(trx, actor, id));
}

/** The assignee works their task; a manager above them may too (someone away, a task overdue). */
async function act(
  deps: Deps,
  actor: Actor,
  id: string,
  from: TaskStatus[],
  change: (now: Date) => repo.TaskChanges,
  action: string,
) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const task = await getInTx(trx, actor, id);
    const own = actor.kind === 'user' && actor.id === task.assignee_id;
    if (!own && !canFollowTeamTasks(actor))
      throw forbidden('Only the assignee or their manager works this task');
    const after = await repo.updateTask(trx, actor.tenantId, id, from, change(deps.clock.now()));
    if (!after) {
      throw new DomainError(
        'invalid_state',
        `A ${task.status} task cannot do that (it must be ${from.join(' or ')})`,
      );
    }
    if (after.status === 'done') {
      await emit(trx, deps, actor, [
        {
          type: 'task.done',
          subject: { kind: 'task', id },
          data: {
            kind: after.kind,
            assigneeId: after.assignee_id,
            leadId: after.lead_id,
            feedback: after.feedback,
          },
        },
      ]);
    }
    await audit(trx, deps.clock, actor, {
      action,
      object: 'task',
      objectId: id,
      changes: {
        status: [task.status, after.status],
        ...(after.feedback !== task.feedback && { feedback: [task.feedback, after.feedback] }),
      },
    });
    return after;
  });
}

export const startTask = (deps: Deps, actor: Actor, id: string) =>
  act(deps, actor, id, ['open'], (now) => ({ status: 'doing', updated_at: now }), 'task.started');

export const completeTask = (deps: Deps, actor: Actor, id: string, feedback?: string) =>
  act(
    deps,
    actor,
    id,
    ['open', 'doing'],
    (now) => ({ status: 'done', feedback: feedback ?? null, done_at: now, updated_at: now }),
    'task.done',
  );

/** For jobs that fan out to-dos: creates those whose source key is new, inside the caller's transaction. */
export function createTasksOnce(trx: Tx, tenantId: string, tasks: repo.NewTask[]) {
  return repo.insertTasksOnce(trx, tenantId, tasks);
}

/** Closes the open to-dos of a kind on a merchant whose cause went away, as the actor. */
export async function closeOpenTasksOf(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  input: { leadId: string; kind: string; feedback: string },
) {
  const closed = await repo.closeOpenTasks(
    trx,
    actor.tenantId,
    { leadId: input.leadId, kind: input.kind },
    { feedback: input.feedback, at: deps.clock.now() },
  );
  for (const task of closed) {
    await audit(trx, deps.clock, actor, {
      action: 'task.done',
      object: 'task',
      objectId: task.id,
      note: { feedback: input.feedback, automatic: true },
    });
  }
  await emit(
    trx,
    deps,
    actor,
    closed.map((task) => ({
      type: 'task.done' as const,
      subject: { kind: 'task' as const, id: task.id },
      data: {
        kind: input.kind,
        assigneeId: task.assignee_id,
        leadId: input.leadId,
        feedback: input.feedback,
      },
    })),
  );
  return closed.length;
}

/** Moves the open to-dos of a kind on these merchants to their new keeper (after a handover). */
export async function reassignOpenTasksOf(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  input: { leadIds: string[]; kind: string; assigneeId: string },
) {
  const moved = await repo.reassignOpen(
    trx,
    actor.tenantId,
    { leadIds: input.leadIds, kind: input.kind },
    { assigneeId: input.assigneeId, at: deps.clock.now() },
  );
  if (moved.length > 0) {
    await audit(trx, deps.clock, actor, {
      action: 'task.reassigned',
      object: 'task',
      objectId: null,
      note: { assigneeId: input.assigneeId, tasks: moved.map((t) => t.id) },
    });
  }
  return moved.length;
}
