import { describe, expect, it } from 'vitest';
import type { LeadFilters } from '../leads/filters.ts';
import { handoverFilterOf } from './handover-filter.ts';

const signed: LeadFilters = { scope: 'all', status: 'signed', attrs: {}, limit: 50 };

describe('handing over the merchants a filtered table shows', () => {
  it('sends the city, BD and tag the table is filtered by', () => {
    expect(handoverFilterOf(signed)).toEqual({});
    expect(handoverFilterOf({ ...signed, cityId: '7', ownerId: '12', tag: '连锁' })).toEqual({
      cityId: '7',
      ownerId: '12',
      tag: '连锁',
    });
  });

  it('refuses filters the server cannot repeat, so nothing unseen is handed over', () => {
    expect(handoverFilterOf({ ...signed, status: undefined })).toBeNull();
    expect(handoverFilterOf({ ...signed, status: 'private' })).toBeNull();
    expect(handoverFilterOf({ ...signed, q: '烤鸭' })).toBeNull();
    expect(handoverFilterOf({ ...signed, attrs: { cuisine: '川菜' } })).toBeNull();
    expect(handoverFilterOf({ ...signed, scope: 'mine' })).toBeNull();
  });
});
