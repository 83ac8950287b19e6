import { type Kysely, sql } from 'kysely';
import { isolateTenants } from './tenant-isolation.ts';

// HQ campaigns (策略 → 任务): a campaign fans out one task per matching merchant. Tasks gain what
// the field sends back (feedback photo, the reason of a refusal or escalation) and what HQ did about
// an escalation. Visits gain the follow-up time the rep promised, for the to-do center.

const TENANT_TABLES = ['campaign'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table campaign (
      tenant_id bigint not null,
      id bigint generated always as identity,
      name text not null,
      target text not null check (target in ('leads', 'deals')),
      filter jsonb not null,
      template_key text,
      task_kind text not null,
      task_title text not null,
      instructions text,
      due_in_days integer not null check (due_in_days between 0 and 365),
      status text not null check (status in ('draft', 'launched')),
      created_by bigint,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      launched_by bigint,
      launched_at timestamptz,
      matched integer,
      primary key (tenant_id, id),
      foreign key (tenant_id, created_by) references app_user (tenant_id, id),
      foreign key (tenant_id, launched_by) references app_user (tenant_id, id)
    )`.execute(db);
  await sql`create index campaign_recent on campaign (tenant_id, id desc)`.execute(db);

  // New nullable columns only: nothing is rewritten.
  await sql`
    alter table task
      add column city_id bigint,
      add column reason text,
      add column escalated_at timestamptz,
      add column resolution text,
      add column resolved_by bigint,
      add column photo_key text,
      add column photo_type text,
      add column photo_bytes bigint,
      add column photo_sha256 text`.execute(db);
  await sql`alter table task add constraint task_campaign_fk
    foreign key (tenant_id, campaign_id) references campaign (tenant_id, id)`.execute(db);
  // One task per merchant and campaign, whoever launches and however often: fan-outs insert with
  // ON CONFLICT DO NOTHING against this. Tasks without a campaign have a null campaign_id and are
  // never equal to each other here.
  await sql`create unique index task_campaign_lead on task (tenant_id, campaign_id, lead_id)`.execute(db);
  await sql`create index task_campaign_status on task (tenant_id, campaign_id, status) where campaign_id is not null`.execute(
    db,
  );
  await sql`create index task_escalated on task (tenant_id, escalated_at, id) where status = 'escalated'`.execute(
    db,
  );

  await sql`alter table visit add column follow_up_at timestamptz`.execute(db);
  await sql`create index visit_follow_up on visit (tenant_id, user_id, follow_up_at) where follow_up_at is not null`.execute(
    db,
  );

  // HQ changes an online deal's price directly; its history names that.
  await sql`alter table deal_audit drop constraint deal_audit_action_check`.execute(db);
  await sql`alter table deal_audit add constraint deal_audit_action_check check (action in
    ('created', 'revised', 'submitted', 'approved', 'rejected', 'offline', 'expired', 'repriced'))`.execute(
    db,
  );

  await isolateTenants(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from deal_audit where action = 'repriced'`.execute(db);
  await sql`alter table deal_audit drop constraint deal_audit_action_check`.execute(db);
  await sql`alter table deal_audit add constraint deal_audit_action_check check (action in
    ('created', 'revised', 'submitted', 'approved', 'rejected', 'offline', 'expired'))`.execute(db);
  await sql`drop index if exists visit_follow_up`.execute(db);
  await sql`alter table visit drop column if exists follow_up_at`.execute(db);
  await sql`drop index if exists task_escalated`.execute(db);
  await sql`drop index if exists task_campaign_status`.execute(db);
  await sql`drop index if exists task_campaign_lead`.execute(db);
  await sql`alter table task drop constraint if exists task_campaign_fk`.execute(db);
  await sql`alter table task
      drop column if exists city_id, drop column if exists reason, drop column if exists escalated_at,
      drop column if exists resolution, drop column if exists resolved_by, drop column if exists photo_key,
      drop column if exists photo_type, drop column if exists photo_bytes, drop column if exists photo_sha256`.execute(
    db,
  );
  await sql`drop table if exists campaign`.execute(db);
}
