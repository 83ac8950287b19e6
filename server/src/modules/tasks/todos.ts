import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import type { Actor } from '../../platform/roles.ts';
import { withLeadNames } from '../leads/service.ts';
import { reminderPage } from '../pool/sweep.ts';
import { dueFollowUps } from '../visits/service.ts';
import * as repo from './repo.ts';

/** Follow-ups show from this long before they are due. */
const FOLLOW_UP_AHEAD_MS = 24 * 60 * 60 * 1000;
const INFINITY = 'infinity';
const MAX_ID = '9223372036854775807';

/** The sources of the to-do center, in the order they are listed when due at the same moment. */
const SOURCES = ['pool_deadline', 'follow_up', 'task'] as const;
type Source = (typeof SOURCES)[number];

export interface TodoItem {
  source: Source;
  id: string;
  kind: string;
  title: string;
  status: string | null;
  leadId: string | null;
  leadName: string | null;
  dueAt: Date | null;
  overdue: boolean;
  reason: string | null;
  link: { type: 'task' | 'lead'; id: string };
}

/**
 * The keyset of one source after the cursor (due, source, id): the same source continues after the
 * id; a later source includes items due at the same moment, an earlier one only later ones.
 */
function afterFor(source: Source, cursor: { due: string; source: number; id: string } | undefined) {
  if (cursor === undefined) return undefined;
  const rank = SOURCES.indexOf(source);
  if (rank === cursor.source) return { due: cursor.due, id: cursor.id };
  return { due: cursor.due, id: rank > cursor.source ? '0' : MAX_ID };
}

/**
 * The caller's to-dos from everywhere (DESIGN §4 remind, HQ tasks, renewals, follow-ups), most
 * urgent first: overdue first, then the soonest due; undated tasks last. Each source is read
 * keyset-paged up to the page size, the pages are merged, and the cursor remembers (due, source, id).
 */
export async function todoCenter(deps: Deps, actor: Actor, query: { limit: number; cursor?: string }) {
  const [due, rank, id] = decodeCursor(query.cursor, 3) ?? [];
  const cursor =
    due !== undefined && rank !== undefined && id !== undefined
      ? { due, source: Number(rank), id }
      : undefined;
  if (
    cursor !== undefined &&
    (!Number.isInteger(cursor.source) ||
      cursor.source < 0 ||
      cursor.source >= SOURCES.length ||
      !/^\d{1,19}$/.test(cursor.id) ||
      (cursor.due !== INFINITY && Number.isNaN(Date.parse(cursor.due))))
  )
    throw new DomainError('invalid_cursor', 'The cursor is not one this list gave out');
  if (actor.kind !== 'user') return { items: [] as TodoItem[], nextCursor: null };
  const now = deps.clock.now();
  const limit = query.limit + 1;
  const items = await inTenant(deps.db, actor.tenantId, async (trx) => {
    const [reminders, followUps, tasks] = await Promise.all([
      reminderPage(trx, deps, actor, { after: afterFor('pool_deadline', cursor), limit }),
      dueFollowUps(trx, actor.tenantId, {
        userId: actor.id,
        until: new Date(now.getTime() + FOLLOW_UP_AHEAD_MS),
        after: afterFor('follow_up', cursor),
        limit,
      }),
      repo.listTasks(trx, actor.tenantId, {
        assigneeIds: [actor.id],
        statuses: ['open', 'doing'],
        after: afterFor('task', cursor),
        limit: query.limit,
      }),
    ]);
    const leadRows = [
      ...reminders.map((r) => ({ lead_id: r.lead_id })),
      ...followUps.map((f) => ({ lead_id: f.lead_id })),
      ...tasks.filter((t) => t.lead_id !== null).map((t) => ({ lead_id: t.lead_id! })),
    ];
    const names = new Map(
      (await withLeadNames(trx, actor.tenantId, leadRows)).map((r) => [r.lead_id, r.lead_name]),
    );
    const overdue = (at: Date | null) => at !== null && at.getTime() < now.getTime();
    const merged: TodoItem[] = [
      ...reminders.map((r) => ({
        source: 'pool_deadline' as const,
        id: r.lead_id,
        kind: 'pool_deadline',
        title: names.get(r.lead_id) ?? '',
        status: null,
        leadId: r.lead_id,
        leadName: names.get(r.lead_id) ?? null,
        dueAt: r.deadline_at,
        overdue: overdue(r.deadline_at),
        reason: r.deadline_reason,
        link: { type: 'lead' as const, id: r.lead_id },
      })),
      ...followUps.map((f) => ({
        source: 'follow_up' as const,
        id: f.id,
        kind: 'follow_up',
        title: names.get(f.lead_id) ?? '',
        status: null,
        leadId: f.lead_id,
        leadName: names.get(f.lead_id) ?? null,
        dueAt: f.follow_up_at,
        overdue: overdue(f.follow_up_at),
        reason: f.result,
        link: { type: 'lead' as const, id: f.lead_id },
      })),
      ...tasks.map((t) => ({
        source: 'task' as const,
        id: t.id,
        kind: t.kind,
        title: t.title,
        status: t.status,
        leadId: t.lead_id,
        leadName: t.lead_id === null ? null : (names.get(t.lead_id) ?? null),
        dueAt: t.due_at,
        overdue: overdue(t.due_at),
        reason: t.instructions,
        link: { type: 'task' as const, id: t.id },
      })),
    ];
    const key = (item: TodoItem) => item.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
    return merged.sort(
      (a, b) =>
        key(a) - key(b) ||
        SOURCES.indexOf(a.source) - SOURCES.indexOf(b.source) ||
        Number(BigInt(a.id) - BigInt(b.id)),
    );
  });
  const page = items.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor =
    items.length > query.limit && last
      ? encodeCursor([last.dueAt?.toISOString() ?? INFINITY, String(SOURCES.indexOf(last.source)), last.id])
      : null;
  return { items: page, nextCursor };
}
