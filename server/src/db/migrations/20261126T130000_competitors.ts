import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

// Competitor intelligence (docs/competitors.md) and tenant-defined tag rules.
//
// competitor_store: one store of a competitor platform, identified by platform + normalised name +
// position rounded to ~10 m (store_key), so a re-import of the same listing updates it in place.
// Its match to one of our leads is kept on the row (status, lead, score); the candidates a reviewer
// decides on are competitor_match rows. competitor_deal: the latest observation of one offer of a
// store (store + normalised title). price_gap: the cheaper comparable offers found by the last
// recompute, per merchant, with the suggested strategy.

const TENANT_TABLES = ['competitor_store', 'competitor_deal', 'competitor_match', 'price_gap', 'tag_rule'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table competitor_store (
      tenant_id bigint not null,
      id bigint generated always as identity,
      platform text not null,
      name text not null,
      store_key text not null,
      address text,
      lat double precision,
      lng double precision,
      city text,
      category text,
      match_status text not null default 'unmatched'
        check (match_status in ('matched', 'review', 'unmatched')),
      match_source text check (match_source in ('auto', 'confirmed')),
      lead_id bigint,
      match_score real,
      match_distance_m real,
      matched_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      unique (tenant_id, store_key),
      foreign key (tenant_id, lead_id) references lead (tenant_id, id),
      check ((match_status = 'matched') = (lead_id is not null))
    )`.execute(db);
  await sql`create index competitor_store_status on competitor_store (tenant_id, match_status, id)`.execute(
    db,
  );
  await sql`create index competitor_store_lead on competitor_store (tenant_id, lead_id) where lead_id is not null`.execute(
    db,
  );

  await sql`
    create table competitor_deal (
      tenant_id bigint not null,
      id bigint generated always as identity,
      store_id bigint not null,
      title text not null,
      title_key text not null,
      price numeric(12, 2) not null check (price >= 0),
      sales integer check (sales >= 0),
      category text,
      observed_at timestamptz not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      unique (tenant_id, store_id, title_key),
      foreign key (tenant_id, store_id) references competitor_store (tenant_id, id)
    )`.execute(db);

  await sql`
    create table competitor_match (
      tenant_id bigint not null,
      id bigint generated always as identity,
      store_id bigint not null,
      lead_id bigint not null,
      score real not null,
      name_score real not null,
      distance_m real not null,
      status text not null check (status in ('candidate', 'confirmed', 'rejected')),
      decided_by bigint,
      decided_at timestamptz,
      created_at timestamptz not null,
      primary key (tenant_id, id),
      unique (tenant_id, store_id, lead_id),
      foreign key (tenant_id, store_id) references competitor_store (tenant_id, id),
      foreign key (tenant_id, lead_id) references lead (tenant_id, id),
      foreign key (tenant_id, decided_by) references app_user (tenant_id, id)
    )`.execute(db);
  await sql`create index competitor_match_review on competitor_match (tenant_id, id) where status = 'candidate'`.execute(
    db,
  );

  await sql`
    create table price_gap (
      tenant_id bigint not null,
      lead_id bigint not null,
      our_deal_id bigint not null,
      competitor_deal_id bigint not null,
      store_id bigint not null,
      platform text not null,
      our_title text not null,
      our_price numeric(12, 2) not null,
      their_title text not null,
      their_price numeric(12, 2) not null,
      gap numeric(12, 2) not null,
      gap_ratio real not null,
      strategy text not null check (strategy in ('match_price', 'exclusive_offer')),
      computed_at timestamptz not null,
      primary key (tenant_id, lead_id, our_deal_id, competitor_deal_id),
      foreign key (tenant_id, lead_id) references lead (tenant_id, id),
      foreign key (tenant_id, competitor_deal_id) references competitor_deal (tenant_id, id),
      foreign key (tenant_id, store_id) references competitor_store (tenant_id, id)
    )`.execute(db);

  await sql`
    create table tag_rule (
      tenant_id bigint not null,
      id bigint generated always as identity,
      tag text not null,
      name text not null,
      condition json not null,
      active boolean not null default true,
      last_run_at timestamptz,
      last_count integer,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (tenant_id, id),
      unique (tenant_id, tag)
    )`.execute(db);

  await isolateTenants(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TENANT_TABLES].reverse())
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
