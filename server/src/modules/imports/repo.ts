import { sql } from 'kysely';
import type { Tx } from '../../db/tenant-tx.ts';
import { copyLine, textArray } from './copy-tx.ts';
import type { StageRow } from './rows.ts';

export const STAGE_COLUMNS =
  'row_no, name, normalized_name, core_name, phone, phones, address, city_id, lat, lng, category, tags, attrs, pool_id, name_probe, phone_probe, loose_phone';

/**
 * The chunk's staging table: private to the transaction and dropped at commit. Lead ids are drawn
 * here from the lead's own sequence, so every later statement knows which row became which lead.
 */
export async function createStage(trx: Tx) {
  // The sequence's name, looked up once: as a column default it would be looked up for every row.
  const { rows } = await sql<{ seq: string }>`select pg_get_serial_sequence('lead', 'id') as seq`.execute(
    trx,
  );
  await sql`
    create temp table import_stage (
      lead_id bigint not null default nextval(${sql.lit(rows[0]!.seq)}::regclass),
      row_no integer not null,
      name text not null,
      normalized_name text not null,
      core_name text not null,
      phone text,
      phones text[] not null,
      address text,
      city_id bigint not null,
      lat double precision,
      lng double precision,
      category text,
      tags text[] not null,
      attrs jsonb not null,
      pool_id bigint,
      name_probe text[] not null,
      phone_probe text[] not null,
      loose_phone boolean not null
    ) on commit drop`.execute(trx);
}

export interface Probe {
  /** Name grams a look-alike must share (checked on lead.name_grams). */
  name: string[];
  /** Identifying numbers, with and without area code. */
  phones: string[];
  /** Has a number without area code: any nearby lead with a phone may be the same store. */
  loosePhone: boolean;
}

export function stageText(rows: Array<{ row: StageRow; probe: Probe }>): string {
  return rows
    .map(({ row, probe }) =>
      copyLine([
        row.rowNo,
        row.name,
        row.normalizedName,
        row.coreName,
        row.phone,
        textArray(row.phones),
        row.address,
        row.cityId,
        row.lat,
        row.lng,
        row.category,
        textArray(row.tags),
        JSON.stringify(row.attrs),
        row.poolId,
        textArray(probe.name),
        textArray(probe.phones),
        probe.loosePhone ? 't' : 'f',
      ]),
    )
    .join('');
}

/** Moves the staged rows into lead and lead_state, set-based; returns the new ids in row order. */
export async function insertStagedLeads(
  trx: Tx,
  tenantId: string,
  lead: { kind: string; status: string; createdBy: string | null; at: Date },
): Promise<void> {
  await sql`
    insert into lead (tenant_id, id, kind, name, normalized_name, core_name, phone, phones, address, city_id,
                      lat, lng, category, channel, tags, attrs, created_by, created_at, updated_at)
    overriding system value
    select ${tenantId}, lead_id, ${lead.kind}, name, normalized_name, core_name, phone, phones, address, city_id,
           lat, lng, category, 'import', tags, attrs, ${lead.createdBy}, ${lead.at}, ${lead.at}
    from import_stage order by row_no`.execute(trx);
  await sql`
    insert into lead_state (tenant_id, lead_id, status, pool_id, updated_at)
    select ${tenantId}, lead_id, ${lead.status}, pool_id, ${lead.at} from import_stage`.execute(trx);
}

export interface Candidate {
  lead_id: string;
  row_no: number;
  name: string;
  phone: string | null;
  lat: number | null;
  lng: number | null;
  candidate_id: string;
  candidate_name: string;
  candidate_phone: string | null;
  candidate_lat: number | null;
  candidate_lng: number | null;
}

/**
 * Leads that may be the same store as a staged one, the new ones of this file included: within
 * 200 m and sharing a name gram (or a number; or any phone, when a number lacks its area code),
 * or anywhere with a shared number. Only a pre-filter: dedup.ts decides. The index-led search is
 * gw_import_candidates() (see its migration for why it runs as the owner); it caps the candidates
 * per row, so that a file whose rows all sit on one point (a failed geocoder) cannot blow up. A
 * pair of two new rows is returned once, the later row with the earlier as candidate.
 */
export async function duplicateCandidates(trx: Tx, tenantId: string, radiusM: number, perRow: number) {
  const result = await sql<Candidate>`
    select s.lead_id::text, s.row_no, s.name, s.phone, s.lat, s.lng,
           l.id::text as candidate_id, l.name as candidate_name, l.phone as candidate_phone,
           l.lat as candidate_lat, l.lng as candidate_lng
    from gw_import_candidates(${tenantId}, ${radiusM}::float8, ${perRow}::integer) p
    join import_stage s on s.lead_id = p.lead_id
    join lead l on l.tenant_id = ${tenantId} and l.id = p.candidate_id
    join lead_state st on st.tenant_id = l.tenant_id and st.lead_id = l.id
    where st.status <> 'invalid'
      and not (l.id > s.lead_id and l.id in (select lead_id from import_stage))`.execute(trx);
  return result.rows;
}

/** JIT compiles for longer than these short per-row probes run. */
export async function tuneChunk(trx: Tx) {
  await sql`set local jit = off`.execute(trx);
}

export async function insertDuplicates(
  trx: Tx,
  tenantId: string,
  links: Array<{
    leadId: string;
    candidateId: string;
    reason: string;
    score: number;
    distanceM: number | null;
  }>,
) {
  if (links.length === 0) return;
  await sql`
    insert into lead_duplicate (tenant_id, lead_id, candidate_id, reason, score, distance_m)
    select ${tenantId}, u.lead_id, u.candidate_id, u.reason, u.score, u.distance_m
    from unnest(${links.map((l) => l.leadId)}::bigint[], ${links.map((l) => l.candidateId)}::bigint[],
                ${links.map((l) => l.reason)}::text[], ${links.map((l) => l.score)}::real[],
                ${links.map((l) => l.distanceM)}::real[])
         as u(lead_id, candidate_id, reason, score, distance_m)
    on conflict (tenant_id, lead_id, candidate_id) do nothing`.execute(trx);
}

/** The `created` event of every new lead, with its row and number of duplicate candidates. */
/** The leads of the chunk as rows for the change feed (`lead.created`). */
export function stagedLeadsForFeed(status: string) {
  return sql<{ subject_id: string; data: unknown }>`
    select lead_id::text as subject_id,
           jsonb_build_object('name', name, 'status', ${status}::text, 'channel', 'import',
                              'cityId', city_id::text) as data
    from import_stage order by row_no`;
}

export async function insertCreatedEvents(
  trx: Tx,
  tenantId: string,
  event: {
    at: Date;
    actorKind: string;
    actorId: string | null;
    actorName: string;
    status: string;
    jobId: string;
  },
) {
  await sql`
    insert into lead_event (tenant_id, lead_id, at, actor_kind, actor_id, actor_name, kind, to_status, detail)
    select ${tenantId}, s.lead_id, ${event.at}, ${event.actorKind}, ${event.actorId}, ${event.actorName},
           'created', ${event.status},
           jsonb_build_object('channel', 'import', 'jobId', ${event.jobId}::text, 'row', s.row_no,
                              'duplicates', coalesce(d.n, 0))
    from import_stage s
    left join (
      select lead_id, count(*)::int as n from lead_duplicate
      where tenant_id = ${tenantId} and lead_id in (select lead_id from import_stage)
      group by lead_id
    ) d on d.lead_id = s.lead_id`.execute(trx);
}
