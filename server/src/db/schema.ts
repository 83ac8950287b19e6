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

export interface FieldDefTable {
  tenant_id: Id;
  id: GeneratedId;
  object: 'lead' | 'opportunity' | 'contract' | 'deal' | 'contact';
  key: string;
  label_zh: string;
  label_en: string;
  type: 'text' | 'number' | 'money' | 'date' | 'bool' | 'enum' | 'multi_enum' | 'phone';
  required: Generated<boolean>;
  options: Json<Array<{ value: string; labelZh: string; labelEn: string }>>;
  indexed: Generated<boolean>;
  sensitive: Generated<boolean>;
  position: Generated<number>;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PoolTable {
  tenant_id: Id;
  id: GeneratedId;
  name: string;
  rules: Json<Record<string, unknown>>;
  tag_rules: Json<Array<{ tag: string; rules: Record<string, unknown> }>>;
  rotate_to_pool_id: Id | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PoolScopeTable {
  tenant_id: Id;
  org_unit_id: Id;
  pool_id: Id;
}

export interface LeadTable {
  tenant_id: Id;
  id: GeneratedId;
  kind: 'store' | 'brand';
  name: string;
  normalized_name: string;
  core_name: string;
  name_grams: ColumnType<string[], never, never>;
  phone: string | null;
  phones: string[];
  address: string | null;
  city_id: Id;
  lat: number | null;
  lng: number | null;
  category: string | null;
  channel: 'bd' | 'import' | 'inbound' | 'api' | 'crowd';
  tags: string[];
  brand_id: Id | null;
  duplicate_of: Id | null;
  attrs: Json<Record<string, unknown>>;
  created_by: string | null;
  created_lat: number | null;
  created_lng: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Operations owner of a signed merchant; the BD stays `owner_id` in lead_state (the credit). */
  ops_owner_id: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  handed_over_at: NullableTimestamp;
}

export type LeadStatus = 'pending_review' | 'public' | 'private' | 'signed' | 'invalid';
export type DeadlineReason = 'term' | 'no_visit' | 'no_sign' | 'exempt';

export interface LeadStateTable {
  tenant_id: Id;
  lead_id: Id;
  status: LeadStatus;
  pool_id: Id | null;
  owner_id: Id | null;
  claimed_at: NullableTimestamp;
  last_visit_at: NullableTimestamp;
  deadline_at: NullableTimestamp;
  deadline_reason: DeadlineReason | null;
  extensions_used: Generated<number>;
  self_extensions_used: Generated<number>;
  updated_at: Timestamp;
}

export interface LeadEventTable {
  tenant_id: Id;
  id: GeneratedId;
  lead_id: Id;
  at: Timestamp;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  from_owner: Id | null;
  to_owner: Id | null;
  reason: string | null;
  detail: Json<Record<string, unknown>>;
}

export interface LeadDuplicateTable {
  tenant_id: Id;
  lead_id: Id;
  candidate_id: Id;
  reason: string;
  score: number;
  distance_m: number | null;
}

export interface PoolQuotaTable {
  tenant_id: Id;
  user_id: Id;
  private_count: Generated<number>;
  claims_day: ColumnType<string | null, string | null | undefined, string | null>;
  claims_today: Generated<number>;
}

export interface ContactTable {
  tenant_id: Id;
  id: GeneratedId;
  lead_id: Id;
  name: string;
  title: string | null;
  phone_cipher: string | null;
  phone_hash: string | null;
  phone_masked: string | null;
  is_key_person: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface VisitTable {
  tenant_id: Id;
  id: GeneratedId;
  lead_id: Id;
  user_id: Id;
  at: Timestamp;
  lat: number;
  lng: number;
  distance_m: number | null;
  far: Generated<boolean>;
  contact_id: Id | null;
  kind: 'first' | 'follow_up' | 'sign' | 'maintain';
  result: string | null;
  notes: string | null;
  created_at: Timestamp;
  follow_up_at: NullableTimestamp;
}

export interface JobTable {
  tenant_id: Id;
  id: GeneratedId;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  created_by: Id | null;
  total: number | null;
  processed: Generated<number>;
  succeeded: Generated<number>;
  failed: Generated<number>;
  params: Json<Record<string, unknown>>;
  result: Json<Record<string, unknown>>;
  error: string | null;
  file_path: string | null;
  report_path: string | null;
  created_at: Timestamp;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
}

export interface StageDefTable {
  tenant_id: Id;
  id: GeneratedId;
  object: 'opportunity';
  key: string;
  label_zh: string;
  label_en: string;
  position: number;
  probability: number;
  is_won: Generated<boolean>;
  is_lost: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OpportunityTable {
  tenant_id: Id;
  id: GeneratedId;
  lead_id: Id;
  owner_id: Id;
  title: string;
  stage_key: string;
  /** numeric(14,2) arrives as text so that no cent is lost to floating point. */
  amount: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  expected_close: ColumnType<string | null, string | null | undefined, string | null>;
  lost_reason: string | null;
  attrs: Json<Record<string, unknown>>;
  closed_at: NullableTimestamp;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OpportunityHistoryTable {
  tenant_id: Id;
  id: GeneratedId;
  opportunity_id: Id;
  at: Timestamp;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  from_stage: string | null;
  to_stage: string;
  note: string | null;
}

export type ContractStatus =
  | 'draft'
  | 'pending_approval'
  | 'approved'
  | 'rejected'
  | 'signed'
  | 'active'
  | 'expired'
  | 'terminated';

type Numeric = ColumnType<string, string | number, string | number>;
type Day = ColumnType<string, string, string>;

export interface ContractTable {
  tenant_id: Id;
  id: GeneratedId;
  lead_id: Id;
  opportunity_id: Id | null;
  owner_id: Id;
  type: 'new' | 'renewal' | 'change';
  status: ContractStatus;
  title: string;
  amount: Numeric;
  commission_rate: Numeric;
  start_on: Day;
  end_on: Day;
  terms: string | null;
  attrs: Json<Record<string, unknown>>;
  round: Generated<number>;
  current_step: number | null;
  signed_at: NullableTimestamp;
  ended_at: NullableTimestamp;
  end_reason: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApprovalTable {
  tenant_id: Id;
  id: GeneratedId;
  contract_id: Id;
  round: number;
  step: number;
  role: string;
  decision: 'pending' | 'approved' | 'rejected';
  decided_by: Id | null;
  comment: string | null;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
}

export type DealStatus = 'draft' | 'pending_audit' | 'rejected' | 'online' | 'offline' | 'expired';

export interface DealTable {
  tenant_id: Id;
  id: GeneratedId;
  lead_id: Id;
  contract_id: Id | null;
  owner_id: Id;
  title: string;
  lead_name: string;
  search_text: string;
  search_grams: ColumnType<string[], never, never>;
  city_id: Id;
  category: string | null;
  items: Json<Array<{ name: string; quantity: number; price?: number }>>;
  list_price: Numeric;
  deal_price: Numeric;
  deal_price_cents: ColumnType<string, never, never>;
  min_group_size: number;
  valid_from: Day;
  valid_to: Day;
  status: DealStatus;
  sales_count: Generated<number>;
  sales_updated_at: NullableTimestamp;
  attrs: Json<Record<string, unknown>>;
  rejection_reasons: ColumnType<string[], string[] | undefined, string[]>;
  rejection_comment: string | null;
  offline_reason: string | null;
  submitted_at: NullableTimestamp;
  audited_by: Id | null;
  audited_at: NullableTimestamp;
  online_at: NullableTimestamp;
  offline_at: NullableTimestamp;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DealAuditTable {
  tenant_id: Id;
  id: GeneratedId;
  deal_id: Id;
  at: Timestamp;
  action: 'created' | 'revised' | 'submitted' | 'approved' | 'rejected' | 'offline' | 'expired' | 'repriced';
  from_status: DealStatus | null;
  to_status: DealStatus;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  reasons: ColumnType<string[], string[] | undefined, string[]>;
  comment: string | null;
}

export interface ContractEventTable {
  tenant_id: Id;
  id: GeneratedId;
  contract_id: Id;
  at: Timestamp;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  from_status: ContractStatus | null;
  to_status: ContractStatus;
  note: string | null;
}

export interface ContractAttachmentTable {
  tenant_id: Id;
  id: GeneratedId;
  contract_id: Id;
  file_name: string;
  content_type: string;
  size_bytes: ColumnType<string, number, number>;
  sha256: string;
  storage_key: string;
  uploaded_by: Id | null;
  created_at: Timestamp;
}

export type TaskStatus = 'open' | 'doing' | 'done' | 'rejected' | 'escalated';

export interface TaskTable {
  tenant_id: Id;
  id: GeneratedId;
  campaign_id: Id | null;
  assignee_id: Id;
  lead_id: Id | null;
  contract_id: Id | null;
  kind: string;
  title: string;
  instructions: string | null;
  due_at: NullableTimestamp;
  status: TaskStatus;
  feedback: string | null;
  source_key: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  done_at: NullableTimestamp;
  city_id: Id | null;
  reason: string | null;
  escalated_at: NullableTimestamp;
  resolution: string | null;
  resolved_by: Id | null;
  photo_key: string | null;
  photo_type: string | null;
  photo_bytes: Id | null;
  photo_sha256: string | null;
  /** Structured facts shown with the task (a price campaign: the merchant's price gaps). */
  context: ColumnType<TaskContext | null, string | null | undefined, string | null>;
}

export interface TaskPriceGap {
  platform: string;
  ourDealId: string;
  ourTitle: string;
  ourPrice: number;
  theirTitle: string;
  theirPrice: number;
  gap: number;
  strategy: 'match_price' | 'exclusive_offer';
}

export interface TaskContext {
  priceGaps?: TaskPriceGap[];
}

export interface CampaignTable {
  tenant_id: Id;
  id: GeneratedId;
  name: string;
  target: 'leads' | 'deals';
  filter: Json<Record<string, unknown>>;
  template_key: string | null;
  task_kind: string;
  task_title: string;
  instructions: string | null;
  due_in_days: number;
  status: 'draft' | 'launched';
  created_by: Id | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  launched_by: Id | null;
  launched_at: NullableTimestamp;
  matched: number | null;
}

export interface AnalyticsDailyTable {
  tenant_id: Id;
  day: Day;
  user_id: Id;
  claims: number;
  releases: number;
  recycles: number;
  visits: number;
  store_days: number;
  far_visits: number;
  first_visits: number;
  opportunities: number;
  signings: number;
  renewals: number;
  deals_online: number;
}

export interface AnalyticsStateTable {
  tenant_id: Id;
  refreshed_at: Timestamp;
  refreshed_from: Day;
  refreshed_to: Day;
}

export interface AnalyticsHoldingTable {
  tenant_id: Id;
  user_id: Id;
  private_leads: number;
  expiring_soon: number;
  claimed_leads: number;
  claimed_epoch_sum: number;
  signed_merchants: number;
  ops_covered: number;
}

export interface AnalyticsPoolTable {
  tenant_id: Id;
  city_id: Id;
  public_leads: number;
}

export interface KpiDefinitionTable {
  tenant_id: Id;
  id: GeneratedId;
  name: string;
  role: string;
  org_unit_id: Id | null;
  cap: Numeric;
  metrics: Json<Array<{ metric: string; weight: number; target: number }>>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SavedViewTable {
  tenant_id: Id;
  id: GeneratedId;
  owner_id: Id;
  object: string;
  name: string;
  query: string;
  shared: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SystemSecretTable {
  name: string;
  value: string;
}

export interface CompetitorStoreTable {
  tenant_id: Id;
  id: GeneratedId;
  platform: string;
  name: string;
  store_key: string;
  address: string | null;
  lat: number | null;
  lng: number | null;
  city: string | null;
  category: string | null;
  match_status: Generated<'matched' | 'review' | 'unmatched'>;
  match_source: 'auto' | 'confirmed' | null;
  lead_id: Id | null;
  match_score: number | null;
  match_distance_m: number | null;
  matched_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CompetitorDealTable {
  tenant_id: Id;
  id: GeneratedId;
  store_id: Id;
  title: string;
  title_key: string;
  price: Numeric;
  sales: number | null;
  category: string | null;
  observed_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CompetitorMatchTable {
  tenant_id: Id;
  id: GeneratedId;
  store_id: Id;
  lead_id: Id;
  score: number;
  name_score: number;
  distance_m: number;
  status: 'candidate' | 'confirmed' | 'rejected';
  decided_by: Id | null;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface PriceGapTable {
  tenant_id: Id;
  lead_id: Id;
  our_deal_id: Id;
  competitor_deal_id: Id;
  store_id: Id;
  platform: string;
  our_title: string;
  our_price: Numeric;
  their_title: string;
  their_price: Numeric;
  gap: Numeric;
  gap_ratio: number;
  strategy: 'match_price' | 'exclusive_offer';
  computed_at: Timestamp;
}

export interface TagRuleTable {
  tenant_id: Id;
  id: GeneratedId;
  tag: string;
  name: string;
  condition: Json<unknown>;
  active: Generated<boolean>;
  last_run_at: NullableTimestamp;
  last_count: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One fixed window of a rate limit, shared by every instance (no tenant: keyed by client address). */
export interface RateLimitWindowTable {
  key: string;
  hits: number;
  ends_at: Date;
}

export interface EventTable {
  tenant_id: Id;
  id: GeneratedId;
  /** xid8 of the writing transaction, as a decimal string. */
  xid: ColumnType<string, never, never>;
  type: string;
  occurred_at: Timestamp;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  subject_kind: string;
  subject_id: string;
  data: Json<Record<string, unknown>>;
}

export interface WebhookEndpointTable {
  tenant_id: Id;
  id: GeneratedId;
  url: string;
  description: string | null;
  event_types: string[];
  active: boolean;
  /** Sealed with the field cipher. */
  secret: string;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookCursorTable {
  tenant_id: Id;
  xid: string;
  event_id: Id;
}

export type WebhookDeliveryStatus = 'pending' | 'retrying' | 'succeeded' | 'dead';

export interface WebhookDeliveryTable {
  tenant_id: Id;
  id: GeneratedId;
  endpoint_id: Id;
  event_id: Id;
  event_type: string;
  status: WebhookDeliveryStatus;
  attempts: Generated<number>;
  first_attempt_at: NullableTimestamp;
  next_attempt_at: NullableTimestamp;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookAttemptTable {
  tenant_id: Id;
  id: GeneratedId;
  delivery_id: Id;
  at: Timestamp;
  status_code: number | null;
  error: string | null;
  response_snippet: string | null;
  duration_ms: number;
  replay: Generated<boolean>;
}

export interface Database {
  tenant: TenantTable;
  org_unit: OrgUnitTable;
  app_user: AppUserTable;
  api_key: ApiKeyTable;
  audit_log: AuditLogTable;
  idempotency_key: IdempotencyKeyTable;
  field_def: FieldDefTable;
  pool: PoolTable;
  pool_scope: PoolScopeTable;
  lead: LeadTable;
  lead_state: LeadStateTable;
  lead_event: LeadEventTable;
  lead_duplicate: LeadDuplicateTable;
  pool_quota: PoolQuotaTable;
  contact: ContactTable;
  visit: VisitTable;
  job: JobTable;
  stage_def: StageDefTable;
  opportunity: OpportunityTable;
  opportunity_history: OpportunityHistoryTable;
  contract: ContractTable;
  approval: ApprovalTable;
  deal: DealTable;
  deal_audit: DealAuditTable;
  contract_event: ContractEventTable;
  contract_attachment: ContractAttachmentTable;
  task: TaskTable;
  campaign: CampaignTable;
  analytics_daily: AnalyticsDailyTable;
  analytics_state: AnalyticsStateTable;
  analytics_holding: AnalyticsHoldingTable;
  analytics_pool: AnalyticsPoolTable;
  kpi_definition: KpiDefinitionTable;
  saved_view: SavedViewTable;
  system_secret: SystemSecretTable;
  event: EventTable;
  webhook_endpoint: WebhookEndpointTable;
  webhook_cursor: WebhookCursorTable;
  webhook_delivery: WebhookDeliveryTable;
  webhook_attempt: WebhookAttemptTable;
  competitor_store: CompetitorStoreTable;
  competitor_deal: CompetitorDealTable;
  competitor_match: CompetitorMatchTable;
  price_gap: PriceGapTable;
  tag_rule: TagRuleTable;
  rate_limit_window: RateLimitWindowTable;
}

export type TenantRow = Selectable<TenantTable>;
export type OrgUnitRow = Selectable<OrgUnitTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type NewAppUser = Insertable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;
export type ApiKeyRow = Selectable<ApiKeyTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
