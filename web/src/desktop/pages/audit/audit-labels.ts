import { humanizeCode } from '../../../lib/labels.ts';

/** The objects audit entries are written about (`<object>.<verb>`), as the server names them. */
export const AUDIT_OBJECTS = [
  'analytics',
  'api_key',
  'auth',
  'campaign',
  'competitor',
  'competitor_match',
  'competitor_store',
  'contact',
  'contract',
  'deal',
  'deals',
  'field',
  'field_def',
  'inquiry',
  'job',
  'kpi',
  'kpi_definition',
  'lead',
  'leads',
  'opportunity',
  'org_unit',
  'pool',
  'saved_view',
  'stage_def',
  'stages',
  'tag',
  'tag_rule',
  'task',
  'tenant',
  'user',
  'visit',
  'webhook',
  'webhook_delivery',
] as const;

/** What was done; the same verb reads the same whatever the object. */
export const AUDIT_VERBS = [
  'approved',
  'assigned',
  'attachment_added',
  'attachment_removed',
  'bulk_handed_to_ops',
  'claimed',
  'created',
  'deleted',
  'delivery_replayed',
  'done',
  'expired',
  'extended',
  'finished',
  'handed_to_ops',
  'imported',
  'intervened',
  'launched',
  'lifecycle_run',
  'locked',
  'login',
  'merged',
  'offline',
  'phone_revealed',
  'photo_added',
  'reassigned',
  'rebuilt',
  'received',
  'recomputed',
  'records_submitted',
  'rejected',
  'released',
  'renewals_created',
  'repriced',
  'revised',
  'revoked',
  'sales_recorded',
  'secret_rotated',
  'signed',
  'stage_changed',
  'submitted',
  'swept',
  'tag_synced',
  'terminated',
  'updated',
] as const;

/**
 * "lead.claimed" → "门店 · 领取": the object and the verb each through their message, a code
 * without one made readable ("pet_grooming" → "Pet grooming") rather than shown raw.
 */
export function auditCodeLabel(
  code: string,
  known: readonly string[],
  translate: (code: string) => string,
): string {
  return known.includes(code) ? translate(code) : humanizeCode(code);
}

export function auditActionLabel(
  action: string,
  translateObject: (code: string) => string,
  translateVerb: (code: string) => string,
): string {
  const dot = action.indexOf('.');
  if (dot < 0) return auditCodeLabel(action, AUDIT_VERBS, translateVerb);
  const object = auditCodeLabel(action.slice(0, dot), AUDIT_OBJECTS, translateObject);
  const verb = auditCodeLabel(action.slice(dot + 1), AUDIT_VERBS, translateVerb);
  return `${object} · ${verb}`;
}
