import { responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { Breakdown, Merchants, MerchantsQuery, PeriodQuery, Rebuild, Rebuilt, Summary } from './schema.ts';
import * as service from './service.ts';

export async function analyticsRoutes(app: App) {
  const tags = ['Analytics'];

  app.get(
    '/api/v1/analytics/summary',
    {
      schema: {
        tags,
        summary:
          'Dashboard figures of a scope (the tenant, an org unit or one person) over a period of local days',
        querystring: PeriodQuery,
        response: responses({ 200: Summary }),
      },
    },
    async (request) => service.summary(app.deps, actorOf(request), request.query),
  );

  app.get(
    '/api/v1/analytics/breakdown',
    {
      schema: {
        tags,
        summary: 'The same figures per child unit (city → teams) and per person placed directly in the unit',
        querystring: PeriodQuery,
        response: responses({ 200: Breakdown }),
      },
    },
    async (request) => service.breakdown(app.deps, actorOf(request), request.query),
  );

  app.get(
    '/api/v1/analytics/merchants',
    {
      schema: {
        tags,
        summary:
          'A person’s merchants with their visits, signing, deals and sales in the period (most visited first)',
        querystring: MerchantsQuery,
        response: responses({ 200: Merchants }),
      },
    },
    async (request) => {
      const result = await service.merchants(app.deps, actorOf(request), {
        ...request.query,
        limit: request.query.limit ?? 200,
      });
      return {
        ...result,
        items: result.items.map((m) => ({
          leadId: m.lead_id,
          name: m.name,
          status: m.status,
          visits: m.visits,
          lastVisitAt: m.last_visit_at?.toISOString() ?? null,
          signedAt: m.signed_at?.toISOString() ?? null,
          dealsOnline: m.deals_online,
          sales: m.sales,
          opsCovered: m.ops_owner_id !== null,
        })),
      };
    },
  );

  app.post(
    '/api/v1/analytics/rebuild',
    {
      schema: {
        tags,
        summary: 'Recompute the daily rollup of a range of days (at most 92), e.g. after correcting old data',
        body: Rebuild,
        response: responses({ 200: Rebuilt }),
      },
    },
    async (request) => service.rebuild(app.deps, actorOf(request), request.body),
  );
}
