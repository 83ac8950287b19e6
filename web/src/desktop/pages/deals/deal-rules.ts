import type { DealStatus } from '../../../api/types.ts';

export const DEAL_STATUSES: readonly DealStatus[] = [
  'draft',
  'pending_audit',
  'rejected',
  'online',
  'offline',
  'expired',
];

export const isDealStatus = (value: string): value is DealStatus =>
  (DEAL_STATUSES as readonly string[]).includes(value);

export const DEAL_STATUS_COLORS: Record<DealStatus, string> = {
  draft: 'default',
  pending_audit: 'processing',
  rejected: 'error',
  online: 'success',
  offline: 'default',
  expired: 'warning',
};

/** Roles that act for the owners below them (docs/decisions/0004, deals 1). */
const DEAL_MANAGER_ROLES = new Set(['bd_manager', 'city_manager', 'ops_manager', 'tenant_admin']);

export interface DealViewer {
  userId: string;
  role: string;
  /** deals.draft, deals.audit and deals.offline from GET /auth/me. */
  canDraft: boolean;
  canAudit: boolean;
  canOffline: boolean;
}

/**
 * Whether the viewer works on this merchant's deals: its BD or ops owner, or a manager role (the
 * server checks that the merchant is in their subtree and has the last word).
 */
export function worksOnDeals(
  merchant: { ownerId: string | null; opsOwnerId: string | null },
  viewer: DealViewer,
): boolean {
  if (!viewer.canDraft) return false;
  if (DEAL_MANAGER_ROLES.has(viewer.role)) return true;
  return (
    viewer.userId !== '' && (merchant.ownerId === viewer.userId || merchant.opsOwnerId === viewer.userId)
  );
}

export type DealAction = 'edit' | 'submit' | 'approve' | 'reject' | 'offline';

/** The transitions of docs/deals.md this viewer may start from the deal's status. */
export function dealActions(status: DealStatus, viewer: DealViewer, worksOn: boolean): DealAction[] {
  switch (status) {
    case 'draft':
    case 'rejected':
      return worksOn ? ['edit', 'submit'] : [];
    case 'pending_audit':
      return viewer.canAudit ? ['approve', 'reject'] : [];
    case 'online':
      return viewer.canOffline ? ['offline'] : [];
    default:
      return [];
  }
}

/** Percent off the list price, whole (298 → 198 is 34); null when there is no discount. */
export function discountPercent(listPrice: number, dealPrice: number): number | null {
  if (!(listPrice > 0) || dealPrice >= listPrice) return null;
  return Math.round((1 - dealPrice / listPrice) * 100);
}

/** The set menu's worth at its unit prices; null when no line has a price. */
export function itemsTotal(items: { quantity?: number | null; price?: number | null }[]): number | null {
  const priced = items.filter((item) => typeof item?.price === 'number');
  if (priced.length === 0) return null;
  const cents = priced.reduce((sum, item) => sum + Math.round(item.price! * 100) * (item.quantity ?? 1), 0);
  return cents / 100;
}

/** A checklist code as the reviewer sees it, in the user's language (unknown codes as they are). */
export function reasonLabel(
  code: string,
  checklist: { code: string; labelZh: string; labelEn: string }[],
  english: boolean,
): string {
  const item = checklist.find((c) => c.code === code);
  if (!item) return code;
  return english ? item.labelEn : item.labelZh;
}

/** A comment is required when the reviewer picks "other". */
export const needsComment = (reasons: readonly string[]) => reasons.includes('other');
