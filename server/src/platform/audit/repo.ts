import type { Tx } from '../../db/tenant-tx.ts';

export interface AuditEntry {
  at: Date;
  actorKind: 'user' | 'api_key' | 'system';
  actorId: string | null;
  actorName: string;
  action: string;
  object: string;
  objectId: string | null;
  ip: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
}

export async function insertAuditEntry(trx: Tx, tenantId: string, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      tenant_id: tenantId,
      at: entry.at,
      actor_kind: entry.actorKind,
      actor_id: entry.actorId,
      actor_name: entry.actorName,
      action: entry.action,
      object: entry.object,
      object_id: entry.objectId,
      ip: entry.ip,
      request_id: entry.requestId,
      detail: JSON.stringify(entry.detail),
    })
    .execute();
}

export interface AuditFilter {
  actorId?: string;
  actorKind?: 'user' | 'api_key' | 'system';
  action?: string;
  object?: string;
  objectId?: string;
  from?: Date;
  to?: Date;
  beforeId?: string;
  limit: number;
}

/** Newest first; keyset on id, which grows with time. */
export async function findAuditEntries(trx: Tx, tenantId: string, filter: AuditFilter) {
  let query = trx.selectFrom('audit_log').selectAll().where('tenant_id', '=', tenantId);
  if (filter.actorId !== undefined) query = query.where('actor_id', '=', filter.actorId);
  if (filter.actorKind !== undefined) query = query.where('actor_kind', '=', filter.actorKind);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.object !== undefined) query = query.where('object', '=', filter.object);
  if (filter.objectId !== undefined) query = query.where('object_id', '=', filter.objectId);
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('at', '<', filter.to);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  return query
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}
