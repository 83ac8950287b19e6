import type { TFunction } from 'i18next';
import { ApiError } from './client.ts';

/** Error codes the interface explains in its own words; others fall back to the server's detail. */
export const KNOWN_ERROR_CODES = [
  'validation_failed',
  'invalid_cursor',
  'invalid_parent',
  'invalid_role',
  'unauthorized',
  'invalid_credentials',
  'token_expired',
  'forbidden',
  'not_in_pool_scope',
  'not_owner',
  'not_found',
  'conflict',
  'username_taken',
  'slug_taken',
  'idempotency_key_reused',
  'deal_not_ready',
  'already_owned',
  'not_claimable',
  'pool_cap_reached',
  'daily_cap_reached',
  'reclaim_cooldown',
  'extension_limit_reached',
  'visit_required',
  'invalid_state',
  'idempotency_in_progress',
  'payload_too_large',
  'unsupported_media_type',
  'account_locked',
  'rate_limited',
  'internal',
  'unavailable',
  'network',
] as const;

type KnownCode = (typeof KNOWN_ERROR_CODES)[number];
const known = new Set<string>(KNOWN_ERROR_CODES);

/**
 * A readable message in the user's language for any failure: the translation of the problem's
 * `code` when we know it, else the server's `detail`, else a generic line with the status.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const { code, detail, status, errors, retryAfterSeconds } = error.problem;
    if (code === 'validation_failed' && errors?.length) {
      const first = errors[0]!;
      return t('errors.validation_failed_at', { field: first.path.split('/').pop(), message: first.message });
    }
    if (known.has(code)) {
      const message = t(`errors.${code as KnownCode}`);
      if (retryAfterSeconds)
        return `${message} ${t('errors.retry_after', { minutes: Math.ceil(retryAfterSeconds / 60) })}`;
      return message;
    }
    if (detail) return detail;
    return t('errors.generic_status', { status });
  }
  // Not an answer of the server: a bug of ours. Keep it visible to whoever debugs it.
  console.error(error);
  return t('errors.generic');
}
