import { describe, expect, it } from 'vitest';
import {
  type DealViewer,
  dealActions,
  discountPercent,
  itemsTotal,
  needsComment,
  reasonLabel,
  worksOnDeals,
} from './deal-rules.ts';

const bd: DealViewer = { userId: '7', role: 'bd', canDraft: true, canAudit: false, canOffline: false };
const reviewer: DealViewer = {
  userId: '3',
  role: 'reviewer',
  canDraft: false,
  canAudit: true,
  canOffline: true,
};
const ops: DealViewer = { userId: '9', role: 'ops', canDraft: true, canAudit: false, canOffline: true };

describe('deal rules', () => {
  it('lets the owner side edit and submit drafts and rejected deals, nothing else', () => {
    const merchant = { ownerId: '7', opsOwnerId: null };
    expect(worksOnDeals(merchant, bd)).toBe(true);
    expect(dealActions('draft', bd, true)).toEqual(['edit', 'submit']);
    expect(dealActions('rejected', bd, true)).toEqual(['edit', 'submit']);
    expect(dealActions('pending_audit', bd, true)).toEqual([]);
    expect(dealActions('online', bd, true)).toEqual([]);
    expect(worksOnDeals({ ownerId: '8', opsOwnerId: null }, bd)).toBe(false);
    expect(dealActions('draft', bd, false)).toEqual([]);
  });

  it('lets the ops owner work on the merchant after a handover', () => {
    expect(worksOnDeals({ ownerId: '7', opsOwnerId: '9' }, ops)).toBe(true);
    expect(worksOnDeals({ ownerId: '7', opsOwnerId: null }, ops)).toBe(false);
  });

  it('lets reviewers audit and take deals offline but never draft', () => {
    expect(worksOnDeals({ ownerId: '3', opsOwnerId: null }, reviewer)).toBe(false);
    expect(dealActions('pending_audit', reviewer, false)).toEqual(['approve', 'reject']);
    expect(dealActions('online', reviewer, false)).toEqual(['offline']);
    expect(dealActions('expired', reviewer, false)).toEqual([]);
    expect(dealActions('offline', reviewer, false)).toEqual([]);
  });

  it('computes the discount and the set menu total', () => {
    expect(discountPercent(298, 198)).toBe(34);
    expect(discountPercent(100, 100)).toBeNull();
    expect(discountPercent(0, 0)).toBeNull();
    expect(itemsTotal([{ quantity: 2, price: 19.9 }, { quantity: 1 }, { quantity: 3, price: 0.1 }])).toBe(
      40.1,
    );
    expect(itemsTotal([{ quantity: 1 }])).toBeNull();
  });

  it('names checklist reasons and asks for a comment with other', () => {
    const checklist = [{ code: 'other', labelZh: '其他', labelEn: 'Other' }];
    expect(reasonLabel('other', checklist, true)).toBe('Other');
    expect(reasonLabel('other', checklist, false)).toBe('其他');
    expect(reasonLabel('new_code', checklist, true)).toBe('new_code');
    expect(needsComment(['items_incomplete'])).toBe(false);
    expect(needsComment(['items_incomplete', 'other'])).toBe(true);
  });
});
