import { HOUR, MINUTE } from '../../clock.ts';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';
import { findUserInScope, userIdsInScope } from '../../platform/users/scope.ts';
import { findContact } from '../contacts/service.ts';
import { emit } from '../events/service.ts';
import { getVisibleLead } from '../leads/access.ts';
import { greatCircleMeters } from '../leads/normalize.ts';
import { withLeadNames } from '../leads/service.ts';
import { recordOwnerVisit } from '../pool/service.ts';
import * as repo from './repo.ts';

export type VisitRow = Awaited<ReturnType<typeof repo.insertVisit>>;

/** An offline check-in may sync late, but not from the future nor from more than two days ago. */
export const MAX_LATE_SYNC_MS = 48 * HOUR;
/** Phones' clocks drift: a check-in stamped this little ahead of the server is still accepted. */
const CLOCK_SKEW_MS = 2 * MINUTE;

function invalid(path: string, message: string) {
  return new DomainError('validation_failed', `${path} ${message}`, { errors: [{ path, message }] });
}

export interface NewVisit {
  lat: number;
  lng: number;
  contactId?: string;
  kind: 'first' | 'follow_up' | 'sign' | 'maintain';
  result?: string;
  notes?: string;
  at?: string;
  followUpAt?: string;
}

export async function checkIn(deps: Deps, actor: Actor, leadId: string, input: NewVisit) {
  if (actor.kind !== 'user') throw forbidden('Visits are made by people');
  const now = deps.clock.now();
  const at = input.at ? new Date(input.at) : now;
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw invalid('/body/at', 'is in the future');
  if (now.getTime() - at.getTime() > MAX_LATE_SYNC_MS) throw invalid('/body/at', 'is more than 48 hours ago');
  if (input.followUpAt && new Date(input.followUpAt).getTime() <= at.getTime())
    throw invalid('/body/followUpAt', 'must be after the visit');
  const settings = await tenantSettings(deps, actor.tenantId);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    if (input.contactId && !(await findContact(trx, actor.tenantId, leadId, input.contactId))) {
      throw invalid('/body/contactId', 'is not a contact of this lead');
    }
    const distanceM =
      lead.lat !== null && lead.lng !== null
        ? Math.round(greatCircleMeters(lead.lat, lead.lng, input.lat, input.lng) * 10) / 10
        : null;
    const visit = await repo.insertVisit(trx, actor.tenantId, {
      leadId,
      userId: actor.id,
      at,
      lat: input.lat,
      lng: input.lng,
      distanceM,
      far: distanceM !== null && distanceM > settings.visitCheckinLimitM,
      contactId: input.contactId ?? null,
      kind: input.kind,
      result: input.result ?? null,
      notes: input.notes ?? null,
      createdAt: now,
      followUpAt: input.followUpAt ? new Date(input.followUpAt) : null,
    });
    await recordOwnerVisit(trx, deps, actor, lead, at);
    await audit(trx, deps.clock, actor, {
      action: 'visit.created',
      object: 'visit',
      objectId: visit.id,
      after: { leadId, kind: visit.kind, at: visit.at, distanceM, far: visit.far },
    });
    await emit(trx, deps, actor, [
      {
        type: 'visit.created',
        subject: { kind: 'visit', id: visit.id },
        data: {
          leadId,
          userId: actor.id,
          kind: visit.kind,
          at: visit.at.toISOString(),
          distanceM,
          far: visit.far,
        },
      },
    ]);
    return { ...visit, lead_name: lead.name };
  });
}

/** Visits of a lead for its merchant page, newest first. */
export async function visitsOfLead(trx: Tx, tenantId: string, leadId: string, limit = 20) {
  return (await repo.listVisits(trx, tenantId, { leadId, userIds: null, limit })).slice(0, limit);
}

/** A BD sees their own visits; a manager their team's; HQ and admins everyone's. */
export async function listVisits(
  deps: Deps,
  actor: Actor,
  query: { userId?: string; leadId?: string; from?: string; to?: string; limit: number; cursor?: string },
) {
  const before = decodeCursor(query.cursor, 2) as [string, string] | undefined;
  const rows = await inTenant(deps.db, actor.tenantId, async (trx) => {
    let userIds =
      actor.role === 'bd' ? (actor.kind === 'user' ? [actor.id] : []) : await userIdsInScope(trx, actor);
    if (query.userId !== undefined) {
      const allowed = userIds === null || userIds.includes(query.userId);
      if (!allowed || !(await findUserInScope(trx, { ...actor, scopePath: actor.scopePath }, query.userId))) {
        userIds = [];
      } else {
        userIds = [query.userId];
      }
    }
    if (query.leadId !== undefined) await getVisibleLead(trx, deps, actor, query.leadId);
    const visits = await repo.listVisits(trx, actor.tenantId, {
      leadId: query.leadId,
      userIds,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      before,
      limit: query.limit,
    });
    return withLeadNames(trx, actor.tenantId, visits);
  });
  return toPage(rows, query.limit, (row) => [row.at.toISOString(), row.id]);
}

export const moveVisits = repo.moveVisits;

/** A query of each merchant's number of visits since a moment, for set-based rules. */
export const visitsPerLead = repo.visitsPerLead;
export const dueFollowUps = repo.dueFollowUps;
