import type { paths } from './schema';

type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body of a successful answer of `method path`, straight from the generated schema. */
export type ResponseOf<
  P extends keyof paths,
  M extends keyof paths[P],
  S extends number = 200,
> = paths[P][M] extends { responses: infer R } ? (S extends keyof R ? JsonBody<R[S]> : never) : never;

/** The JSON request body of `method path`. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type Me = ResponseOf<'/api/v1/auth/me', 'get'>;
export type Lead = ResponseOf<'/api/v1/leads', 'get'>['items'][number];
export type Lead360 = ResponseOf<'/api/v1/leads/{id}', 'get'>;
export type NearbyLead = ResponseOf<'/api/v1/leads/nearby', 'get'>['items'][number];
export type ExpiringLead = ResponseOf<'/api/v1/pool/expiring', 'get'>['items'][number];
export type LeadEvent = Lead360['events'][number];
export type Visit = Lead360['visits'][number];
export type Contact = Lead360['contacts'][number];
export type LeadStatus = 'pending_review' | 'public' | 'private' | 'signed' | 'invalid';

export type Stage = ResponseOf<'/api/v1/settings/stages/opportunity', 'get'>['items'][number];
export type Board = ResponseOf<'/api/v1/opportunities/board', 'get'>;
export type BoardColumn = Board['columns'][number];
export type Opportunity = BoardColumn['items'][number];
export type ContractSummary = ResponseOf<'/api/v1/contracts', 'get'>['items'][number];
export type ContractWithTrail = ResponseOf<'/api/v1/contracts/{id}', 'get'>;
export type ApprovalStep = ContractWithTrail['approvals'][number];
export type PendingApproval = ResponseOf<'/api/v1/approvals', 'get'>['items'][number];
export type ContractStatus =
  | 'draft'
  | 'pending_approval'
  | 'approved'
  | 'rejected'
  | 'signed'
  | 'active'
  | 'expired'
  | 'terminated';

export type Deal = ResponseOf<'/api/v1/deals', 'get'>['items'][number];
export type DealWithHistory = ResponseOf<'/api/v1/deals/{id}', 'get'>;
export type DealHistoryEntry = DealWithHistory['history'][number];
export type DealStatus = Deal['status'];
export type ChecklistItem = ResponseOf<'/api/v1/deals/audit-checklist', 'get'>['items'][number];
export type FieldDefinition = ResponseOf<'/api/v1/fields/{object}', 'get'>['items'][number];
export type PortfolioPage = ResponseOf<'/api/v1/ops/portfolio', 'get'>;
export type PortfolioMerchant = PortfolioPage['items'][number];
export type PortfolioSummary = ResponseOf<'/api/v1/ops/portfolio/summary', 'get'>;
export type Task = ResponseOf<'/api/v1/tasks', 'get'>['items'][number];
