import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** bigint ids travel as strings: JavaScript numbers cannot hold every int8. */
type Id = ColumnType<string, string | number, string | number>;
type GeneratedId = ColumnType<string, never, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface TenantTable {
  id: GeneratedId;
  slug: string;
  name: string;
  template: string;
  settings: Json<Record<string, unknown>>;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OrgUnitTable {
  tenant_id: Id;
  id: GeneratedId;
  parent_id: Id | null;
  kind: 'hq' | 'region' | 'city' | 'team';
  name: string;
  /** Materialised path of ids, `/1/4/9/`: a subtree is one indexed prefix scan. */
  path: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AppUserTable {
  tenant_id: Id;
  id: GeneratedId;
  org_unit_id: Id;
  role: string;
  username: string;
  display_name: string;
  phone: string | null;
  password_hash: string;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  failed_window_started_at: NullableTimestamp;
  locked_until: NullableTimestamp;
  last_login_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApiKeyTable {
  tenant_id: Id;
  id: GeneratedId;
  name: string;
  role: string;
  secret_hash: string;
  created_by: Id | null;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface AuditLogTable {
  tenant_id: Id;
  id: GeneratedId;
  at: Timestamp;
  actor_kind: 'user' | 'api_key' | 'system';
  actor_id: string | null;
  actor_name: string;
  action: string;
  object: string;
  object_id: string | null;
  ip: string | null;
  request_id: string | null;
  detail: Json<Record<string, unknown>>;
}

export interface IdempotencyKeyTable {
  tenant_id: Id;
  actor: string;
  key: string;
  request_hash: string;
  /** Null while the first request is still being served. */
  status: number | null;
  response: string | null;
  created_at: Timestamp;
}

export interface SystemSecretTable {
  name: string;
  value: string;
}

export interface Database {
  tenant: TenantTable;
  org_unit: OrgUnitTable;
  app_user: AppUserTable;
  api_key: ApiKeyTable;
  audit_log: AuditLogTable;
  idempotency_key: IdempotencyKeyTable;
  system_secret: SystemSecretTable;
}

export type TenantRow = Selectable<TenantTable>;
export type OrgUnitRow = Selectable<OrgUnitTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type NewAppUser = Insertable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;
export type ApiKeyRow = Selectable<ApiKeyTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
