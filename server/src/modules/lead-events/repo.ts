import type { Tx } from '../../db/tenant-tx.ts';

export interface LeadEventInput {
  leadId: string;
  at: Date;
  actorKind: string;
  actorId: string | null;
  actorName: string;
  kind: LeadEventKind;
  fromStatus?: string | null;
  toStatus?: string | null;
  fromOwner?: string | null;
  toOwner?: string | null;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

export type LeadEventKind =
  | 'created'
  | 'approved'
  | 'rejected'
  | 'merged'
  | 'merged_into'
  | 'claimed'
  | 'released'
  | 'assigned'
  | 'extended'
  | 'recycled'
  | 'visited'
  | 'signed'
  | 'handed_to_ops'
  | 'hq_intervened';

export async function insertEvents(trx: Tx, tenantId: string, events: LeadEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await trx
    .insertInto('lead_event')
    .values(
      events.map((e) => ({
        tenant_id: tenantId,
        lead_id: e.leadId,
        at: e.at,
        actor_kind: e.actorKind,
        actor_id: e.actorId,
        actor_name: e.actorName,
        kind: e.kind,
        from_status: e.fromStatus ?? null,
        to_status: e.toStatus ?? null,
        from_owner: e.fromOwner ?? null,
        to_owner: e.toOwner ?? null,
        reason: e.reason ?? null,
        detail: JSON.stringify(e.detail ?? {}),
      })),
    )
    .execute();
}

export function listEvents(
  trx: Tx,
  tenantId: string,
  leadId: string,
  filter: { beforeId?: string; limit: number },
) {
  let query = trx
    .selectFrom('lead_event')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', leadId);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  return query
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

/** When the user last lost this lead (released it or had it recycled), if after `since`. */
export async function lastLostAt(trx: Tx, tenantId: string, leadId: string, userId: string, since: Date) {
  const row = await trx
    .selectFrom('lead_event')
    .select('at')
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', leadId)
    .where('from_owner', '=', userId)
    .where('kind', 'in', ['released', 'recycled'])
    .where('at', '>', since)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at;
}

/** History moves with a merged lead: the survivor tells the whole story. */
export async function moveEvents(trx: Tx, tenantId: string, fromLeadId: string, toLeadId: string) {
  await trx
    .updateTable('lead_event')
    .set({ lead_id: toLeadId })
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', fromLeadId)
    .execute();
}
