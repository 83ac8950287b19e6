/**
 * Domain errors carry a stable code that clients may rely on; the HTTP status is decided here,
 * in one table, and nowhere else.
 */
export const errorStatus = {
  validation_failed: 400,
  invalid_cursor: 400,
  invalid_parent: 400,
  invalid_role: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  token_expired: 401,
  forbidden: 403,
  not_in_pool_scope: 403,
  not_owner: 403,
  not_found: 404,
  conflict: 409,
  username_taken: 409,
  slug_taken: 409,
  idempotency_key_reused: 422,
  deal_not_ready: 422,
  already_owned: 409,
  not_claimable: 409,
  pool_cap_reached: 409,
  daily_cap_reached: 409,
  reclaim_cooldown: 409,
  extension_limit_reached: 409,
  visit_required: 409,
  invalid_state: 409,
  idempotency_in_progress: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  account_locked: 429,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;
  /** Extra members of the problem document (e.g. `retryAfterSeconds`, `errors`). */
  readonly extra: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.detail = message;
    this.extra = extra;
  }
  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (object: string) => new DomainError('not_found', `${object} not found`);
export const forbidden = (why = 'Your role does not allow this') => new DomainError('forbidden', why);

/** The moment a scheduled run acts as of: now, or a past `asOf` given by an administrator. */
export function runAsOf(now: Date, asOf: Date | undefined): Date {
  if (asOf === undefined) return now;
  if (asOf.getTime() > now.getTime()) {
    throw new DomainError('validation_failed', 'asOf may not be in the future', {
      errors: [{ path: '/body/asOf', message: 'may not be in the future' }],
    });
  }
  return asOf;
}
