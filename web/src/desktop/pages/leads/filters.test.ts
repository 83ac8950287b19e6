import { describe, expect, it } from 'vitest';
import { exportSearch, filtersFromParams, filtersToParams, leadsQuery } from './filters.ts';

describe('lead list filters', () => {
  it('survive a round trip through the URL', () => {
    const params = new URLSearchParams('scope=team&q=火锅&status=private&attr.level=A&limit=100&cityId=4');
    const filters = filtersFromParams(params);
    expect(filters).toMatchObject({ scope: 'team', q: '火锅', status: 'private', cityId: '4', limit: 100 });
    expect(filters.attrs).toEqual({ level: 'A' });
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
  });

  it('ignore values the API would refuse', () => {
    const filters = filtersFromParams(new URLSearchParams('scope=everything&status=bogus&limit=7'));
    expect(filters).toMatchObject({ scope: 'all', status: undefined, limit: 50 });
  });

  it('become the query of GET /leads, custom fields as attr.<key>', () => {
    const filters = filtersFromParams(new URLSearchParams('scope=mine&attr.level=A&tag=chain'));
    expect(leadsQuery(filters, 'abc')).toEqual({
      scope: 'mine',
      limit: 50,
      tag: 'chain',
      'attr.level': 'A',
      cursor: 'abc',
    });
  });

  it('export the same leads as the list shows, custom fields included, without paging', () => {
    const filters = filtersFromParams(
      new URLSearchParams('scope=team&status=private&attr.cuisine=sichuan&limit=100'),
    );
    expect(Object.fromEntries(exportSearch(filters, 'xlsx', 'en'))).toEqual({
      format: 'xlsx',
      lang: 'en',
      scope: 'team',
      status: 'private',
      'attr.cuisine': 'sichuan',
    });
  });
});
