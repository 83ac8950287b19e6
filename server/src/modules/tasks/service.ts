import type { TaskStatus } from '../../db/schema.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { findUserInScope, userIdsInScope } from '../../platform/users/scope.ts';
import { emit } from '../events/service.ts';
import { getVisibleLead } from '../leads/access.ts';
import { withLeadNames } from '../leads/service.ts';
import { keepersOf } from '../leads/targets.ts';
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
  campaignId?: string;
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
      campaignId: query.campaignId,
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
  return inTenant(deps.db, actor.tenantId, (trx) => actInTx(trx, deps, actor, id, from, change, action));
}

async function actInTx(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  id: string,
  from: TaskStatus[],
  change: (now: Date) => repo.TaskChanges,
  action: string,
) {
  {
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
        ...(after.reason !== task.reason && { reason: [task.reason, after.reason] }),
        ...(after.assignee_id !== task.assignee_id && { assigneeId: [task.assignee_id, after.assignee_id] }),
        ...(after.resolution !== task.resolution && { resolution: [task.resolution, after.resolution] }),
      },
    });
    return after;
  }
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

/** Refused by the field, with why (wrong merchant, already done elsewhere …). */
export const rejectTask = (deps: Deps, actor: Actor, id: string, reason: string) =>
  act(
    deps,
    actor,
    id,
    ['open', 'doing'],
    (now) => ({ status: 'rejected', reason, done_at: now, updated_at: now }),
    'task.rejected',
  );

/** Sent back up to HQ (the escalation queue): the field cannot solve it alone. */
export const escalateTask = (deps: Deps, actor: Actor, id: string, reason: string) =>
  act(
    deps,
    actor,
    id,
    ['open', 'doing'],
    (now) => ({ status: 'escalated', reason, escalated_at: now, updated_at: now }),
    'task.escalated',
  );

/** HQ closes an escalated task with what it did about it, inside the intervention's transaction. */
export function resolveEscalatedInTx(trx: Tx, deps: Deps, actor: Actor, id: string, resolution: string) {
  if (!canHandleEscalations(actor)) throw forbidden('HQ and administrators handle escalations');
  return actInTx(
    trx,
    deps,
    actor,
    id,
    ['escalated'],
    (now) => ({
      status: 'done',
      resolution,
      resolved_by: actor.kind === 'user' ? actor.id : null,
      done_at: now,
      updated_at: now,
    }),
    'task.resolved',
  );
}

/** The escalation queue belongs to headquarters (DESIGN §1: HQ intervenes directly). */
export const canHandleEscalations = (actor: Actor) => actor.role === 'hq' || actor.role === 'tenant_admin';

/** An escalated task for HQ to act on, or 404. */
export async function getEscalatedInTx(trx: Tx, actor: Actor, id: string) {
  if (!canHandleEscalations(actor)) throw forbidden('HQ and administrators handle escalations');
  const task = await repo.findTask(trx, actor.tenantId, id);
  if (!task) throw notFound('Task');
  return task;
}

function invalid(path: string, message: string) {
  return new DomainError('validation_failed', `${path} ${message}`, { errors: [{ path, message }] });
}

/** Gives an open task to someone else of the manager's team (someone away, the wrong person). */
export async function reassignTask(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { assigneeId: string; reason: string },
) {
  if (!canFollowTeamTasks(actor)) throw forbidden('Managers reassign tasks');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const target = await findUserInScope(trx, actor, input.assigneeId);
    if (!target?.active) throw invalid('/body/assigneeId', 'is not an active user of your team');
    return actInTx(
      trx,
      deps,
      actor,
      id,
      ['open', 'doing'],
      (now) => ({ assignee_id: target.id, reason: input.reason, updated_at: now }),
      'task.reassigned',
    );
  });
}

export interface CreateTaskInput {
  assigneeId: string;
  leadId?: string;
  kind: string;
  title: string;
  instructions?: string;
  dueAt?: string;
}

/** A manager or HQ gives someone of their team a to-do, about a merchant or not. */
export async function createTask(deps: Deps, actor: Actor, input: CreateTaskInput) {
  if (!canFollowTeamTasks(actor)) throw forbidden('Managers and HQ create tasks');
  const now = deps.clock.now();
  const dueAt = input.dueAt === undefined ? null : new Date(input.dueAt);
  if (dueAt !== null && dueAt.getTime() < now.getTime()) throw invalid('/body/dueAt', 'is in the past');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const target = await findUserInScope(trx, actor, input.assigneeId);
    if (!target?.active) throw invalid('/body/assigneeId', 'is not an active user of your team');
    const lead = input.leadId === undefined ? null : await getVisibleLead(trx, deps, actor, input.leadId);
    const [task] = await repo.insertTasksOnce(trx, actor.tenantId, [
      {
        assigneeId: target.id,
        leadId: lead?.id ?? null,
        contractId: null,
        kind: input.kind,
        title: input.title.trim(),
        instructions: input.instructions ?? null,
        dueAt,
        sourceKey: null,
        createdBy: actor.kind === 'user' ? actor.id : null,
        at: now,
        cityId: lead?.city_id ?? null,
      },
    ]);
    await audit(trx, deps.clock, actor, {
      action: 'task.created',
      object: 'task',
      objectId: task!.id,
      after: task,
    });
    return task!;
  });
}

/**
 * The open to-dos about these merchants follow whoever keeps each merchant now (DESIGN §4: claim,
 * assign → the BD; release, recycle → the city manager; handover → the ops owner). Called by the
 * pool and ops services inside the transaction that changed the owner, after the change.
 */
export async function followMerchants(trx: Tx, deps: Deps, actor: Actor, leadIds: string[]) {
  const withTasks = await repo.leadsWithOpenTasks(trx, actor.tenantId, leadIds);
  if (withTasks.length === 0) return 0;
  const keepers = await keepersOf(trx, actor.tenantId, withTasks);
  const pairs = keepers
    .filter((k): k is { lead_id: string; assignee_id: string } => k.assignee_id !== null)
    .map((k) => ({ leadId: k.lead_id, assigneeId: k.assignee_id }));
  const moved = await repo.reassignOpenByLead(trx, actor.tenantId, pairs, deps.clock.now());
  if (moved.length > 0) {
    await audit(trx, deps.clock, actor, {
      action: 'task.reassigned',
      object: 'task',
      objectId: null,
      note: {
        automatic: true,
        tasks: moved.slice(0, 1000).map((t) => ({ id: t.id, from: t.previous, to: t.assignee_id })),
        count: moved.length,
      },
    });
  }
  return moved.length;
}

// For the campaigns module, inside its transactions.
export const insertCampaignTasks = repo.insertCampaignTasks;
export const setTaskContexts = repo.setContexts;
export const campaignCounts = repo.campaignCounts;
export const campaignFeedback = repo.campaignFeedback;
export const escalatedTasks = repo.escalated;
