import type { Clock } from '../../clock.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { forbidden } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import type { Actor } from '../roles.ts';
import { displayNames } from '../users/repo.ts';
import { type AuditFilter, findAuditEntries, insertAuditEntry } from './repo.ts';

/** Never written to the log, whatever object they belong to. */
const SECRET_FIELDS = new Set(['password', 'password_hash', 'passwordHash', 'secret_hash', 'secret']);

type Plain = Record<string, unknown>;

function clean(value: Plain | undefined): Plain | undefined {
  if (!value) return undefined;
  const out: Plain = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET_FIELDS.has(key)) out[key] = '[redacted]';
    else out[key] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/** The fields that changed, each as `[before, after]`. */
export function diff(before: Plain, after: Plain): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  const b = clean(before) ?? {};
  const a = clean(after) ?? {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) changes[key] = [b[key] ?? null, a[key] ?? null];
  }
  return changes;
}

export interface AuditRecord {
  action: string;
  object: string;
  objectId: string | null;
  /** For a create: the new record; for an update: use `changes`. */
  after?: Plain;
  changes?: Record<string, [unknown, unknown]>;
  note?: Plain;
}

/** Writes one audit row inside the use case's own transaction: no write without its trace. */
export async function audit(trx: Tx, clock: Clock, actor: Actor, record: AuditRecord): Promise<void> {
  const detail: Plain = {};
  if (record.after) detail.after = clean(record.after);
  if (record.changes) detail.changes = record.changes;
  if (record.note) detail.note = clean(record.note);
  await insertAuditEntry(trx, actor.tenantId, {
    at: clock.now(),
    actorKind: actor.kind,
    actorId: actor.kind === 'system' ? null : actor.id,
    actorName: actor.name,
    action: record.action,
    object: record.object,
    objectId: record.objectId,
    ip: actor.ip,
    requestId: actor.requestId,
    detail,
  });
}

export const canReadAuditLog = (actor: Actor) =>
  actor.role === 'tenant_admin' || actor.role === 'platform_admin';

export async function listAuditLog(
  deps: Deps,
  actor: Actor,
  query: Omit<AuditFilter, 'beforeId'> & { cursor?: string },
) {
  if (!canReadAuditLog(actor)) throw forbidden('Only a tenant administrator may read the audit log');
  const [beforeId] = decodeCursor(query.cursor, 1) ?? [];
  const rows = await inTenant(deps.db, actor.tenantId, async (trx) => {
    const entries = await findAuditEntries(trx, actor.tenantId, { ...query, beforeId });
    // `actor_name` stays what the entry recorded (the username then); people also read today's name.
    const ids = [
      ...new Set(entries.filter((e) => e.actor_kind === 'user' && e.actor_id).map((e) => e.actor_id!)),
    ];
    const names = new Map(
      (ids.length > 0 ? await displayNames(trx, actor.tenantId, ids) : []).map((u) => [u.id, u.display_name]),
    );
    return entries.map((e) => ({
      ...e,
      actor_display_name: (e.actor_kind === 'user' && e.actor_id && names.get(e.actor_id)) || null,
    }));
  });
  return toPage(rows, query.limit, (row) => [row.id]);
}
