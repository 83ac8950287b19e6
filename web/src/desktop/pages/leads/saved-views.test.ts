import { describe, expect, it } from 'vitest';
import { legacyViews, sameQuery, viewObjectOf, withoutPage } from './saved-views.ts';

describe('saved views', () => {
  it('reads the views this browser kept for a page, cleaned for the server', () => {
    const stored = JSON.stringify({
      '/leads': [{ name: '  餐饮 ', query: '?category=restaurant' }, { name: '', query: 'x=1' }, { bad: 1 }],
      '/pool/public': [{ name: '公海', query: 'q=店' }],
    });
    expect(legacyViews(stored, '/leads')).toEqual([{ name: '餐饮', query: 'category=restaurant' }]);
    expect(legacyViews(stored, '/pool/mine')).toEqual([]);
    expect(legacyViews('not json', '/leads')).toEqual([]);
    expect(legacyViews(null, '/leads')).toEqual([]);
  });

  it('forgets a page once its views moved, and the whole key when none are left', () => {
    const stored = JSON.stringify({ '/leads': [], '/pool/public': [] });
    expect(JSON.parse(withoutPage(stored, '/leads')!)).toEqual({ '/pool/public': [] });
    expect(withoutPage(JSON.stringify({ '/leads': [] }), '/leads')).toBeNull();
  });

  it('matches the current filters to a view whatever the order of the parameters', () => {
    expect(sameQuery('status=private&q=店', 'q=店&status=private')).toBe(true);
    expect(sameQuery('status=private', 'status=public')).toBe(false);
    expect(sameQuery('', '')).toBe(true);
  });

  it('keeps the views of each list apart', () => {
    expect(viewObjectOf('/leads')).toBe('leads');
    expect(viewObjectOf('/pool/team')).toBe('pool_team');
  });
});
