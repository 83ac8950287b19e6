import { sql } from 'kysely';
import type { VisitTable } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant-tx.ts';

const columns = [
  'id',
  'lead_id',
  'user_id',
  'at',
  'lat',
  'lng',
  'distance_m',
  'far',
  'contact_id',
  'kind',
  'result',
  'notes',
  'created_at',
] as const;

export async function insertVisit(
  trx: Tx,
  tenantId: string,
  visit: {
    leadId: string;
    userId: string;
    at: Date;
    lat: number;
    lng: number;
    distanceM: number | null;
    far: boolean;
    contactId: string | null;
    kind: VisitTable['kind'];
    result: string | null;
    notes: string | null;
    createdAt: Date;
  },
) {
  return trx
    .insertInto('visit')
    .values({
      tenant_id: tenantId,
      lead_id: visit.leadId,
      user_id: visit.userId,
      at: visit.at,
      lat: visit.lat,
      lng: visit.lng,
      distance_m: visit.distanceM,
      far: visit.far,
      contact_id: visit.contactId,
      kind: visit.kind,
      result: visit.result,
      notes: visit.notes,
      created_at: visit.createdAt,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function listVisits(
  trx: Tx,
  tenantId: string,
  filter: {
    leadId?: string;
    userIds: string[] | null;
    from?: Date;
    to?: Date;
    before?: [string, string];
    limit: number;
  },
) {
  let query = trx.selectFrom('visit').select(columns).where('tenant_id', '=', tenantId);
  if (filter.leadId !== undefined) query = query.where('lead_id', '=', filter.leadId);
  if (filter.userIds !== null) {
    query =
      filter.userIds.length > 0
        ? query.where('user_id', 'in', filter.userIds)
        : query.where('user_id', '=', '0');
  }
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('at', '<', filter.to);
  if (filter.before !== undefined) {
    const [at, id] = filter.before;
    query = query.where((eb) =>
      eb.or([eb('at', '<', new Date(at)), eb.and([eb('at', '=', new Date(at)), eb('id', '<', id)])]),
    );
  }
  return query
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

export async function moveVisits(trx: Tx, tenantId: string, fromLeadId: string, toLeadId: string) {
  await trx
    .updateTable('visit')
    .set({ lead_id: toLeadId })
    .where('tenant_id', '=', tenantId)
    .where('lead_id', '=', fromLeadId)
    .execute();
}

/** Each merchant's number of visits since a moment, as a query for set-based rules: rows (lead_id, visits). */
export const visitsPerLead = (tenantId: string, since: Date) =>
  sql<{ lead_id: string; visits: string }>`select lead_id, count(*)::bigint as visits from visit
    where tenant_id = ${tenantId} and at >= ${since} group by lead_id`;
