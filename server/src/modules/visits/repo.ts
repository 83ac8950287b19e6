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
  'follow_up_at',
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
    followUpAt: Date | null;
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
      follow_up_at: visit.followUpAt,
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
/**
 * The follow-ups a rep promised that are still open, soonest first: visits of theirs with a
 * follow-up time until `until`, and no later visit of theirs to the same merchant. Keyset on
 * (follow_up_at, id).
 */
export function dueFollowUps(
  trx: Tx,
  tenantId: string,
  filter: { userId: string; until: Date; after?: { due: string; id: string }; limit: number },
) {
  let query = trx
    .selectFrom('visit as v')
    .select(['v.id', 'v.lead_id', 'v.follow_up_at', 'v.result', 'v.at'])
    .where('v.tenant_id', '=', tenantId)
    .where('v.user_id', '=', filter.userId)
    .where('v.follow_up_at', 'is not', null)
    .where('v.follow_up_at', '<=', filter.until)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('visit as later')
            .select(sql.lit(1).as('one'))
            .where('later.tenant_id', '=', tenantId)
            .whereRef('later.lead_id', '=', 'v.lead_id')
            .whereRef('later.user_id', '=', 'v.user_id')
            .where(sql<boolean>`(later.at, later.id) > (v.at, v.id)`),
        ),
      ),
    );
  if (filter.after !== undefined)
    query = query.where(
      sql<boolean>`(v.follow_up_at, v.id) > (${filter.after.due}::timestamptz, ${filter.after.id}::bigint)`,
    );
  return query.orderBy('v.follow_up_at').orderBy('v.id').limit(filter.limit).execute();
}
