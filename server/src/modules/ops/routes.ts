import { Type } from '@sinclair/typebox';
import { IdParams, OptionalBody, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { presentLead } from '../leads/present.ts';
import { Lead } from '../leads/schema.ts';
import { handoverCandidates } from './candidates.ts';
import { bulkHandOver, handOverLead } from './handover.ts';
import { type PortfolioItem, type PortfolioView, portfolio, portfolioSummary } from './portfolio.ts';
import { createRenewalTasksByHand } from './renewals.ts';
import {
  BulkHandover,
  BulkHandoverResult,
  Handover,
  OpsCandidate,
  Portfolio,
  PortfolioQuery,
  PortfolioSummary,
  RenewalRun,
  RunAsOf,
  SummaryQuery,
} from './schema.ts';

const presentItem = ({ lead, contract, renewal, renewalDue, deals }: PortfolioItem) => ({
  leadId: lead.id,
  name: lead.name,
  address: lead.address,
  cityId: lead.city_id,
  category: lead.category,
  status: lead.status,
  ownerId: lead.owner_id,
  opsOwnerId: lead.ops_owner_id!,
  handedOverAt: lead.handed_over_at?.toISOString() ?? null,
  contract,
  renewal,
  renewalDue,
  deals,
});

export async function opsRoutes(app: App) {
  const tags = ['Operations'];

  app.post(
    '/api/v1/leads/:id/handover',
    {
      schema: {
        tags,
        summary: 'Hand a signed merchant to an ops person; the BD stays its owner (the signing is theirs)',
        params: IdParams,
        body: Handover,
        response: responses({ 200: Lead }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentLead(await handOverLead(app.deps, actor, request.params.id, request.body), actor);
    },
  );

  app.get(
    '/api/v1/leads/:id/handover-candidates',
    {
      schema: {
        tags,
        summary: 'The ops people you may hand this merchant to: active, working in its city',
        params: IdParams,
        response: responses({ 200: Type.Object({ items: Type.Array(OpsCandidate) }) }),
      },
    },
    async (request) => ({
      items: (await handoverCandidates(app.deps, actorOf(request), request.params.id)).map((p) => ({
        id: p.id,
        displayName: p.display_name,
        role: p.role,
      })),
    }),
  );

  app.post(
    '/api/v1/leads/handover',
    {
      schema: {
        tags,
        summary: 'Hand many signed merchants to an ops person: listed ones, or all a filter finds',
        body: BulkHandover,
        response: responses({ 200: BulkHandoverResult }),
      },
    },
    async (request) => bulkHandOver(app.deps, actorOf(request), request.body),
  );

  app.get(
    '/api/v1/ops/portfolio',
    {
      schema: {
        tags,
        summary:
          'An ops person’s merchants: contracts in force, renewals due within N days, lapsed contracts, online and expiring deals',
        querystring: PortfolioQuery,
        response: responses({ 200: Portfolio }),
      },
    },
    async (request) => {
      const result = await portfolio(app.deps, actorOf(request), {
        ...request.query,
        view: (request.query.view ?? 'all') as PortfolioView,
        limit: request.query.limit ?? 50,
      });
      return { ...result, items: result.items.map(presentItem) };
    },
  );

  app.get(
    '/api/v1/ops/portfolio/summary',
    {
      schema: {
        tags,
        summary:
          'Portfolio size per ops person of your team: merchants, renewals due, lapsed contracts, without an online deal',
        querystring: SummaryQuery,
        response: responses({ 200: PortfolioSummary }),
      },
    },
    async (request) => portfolioSummary(app.deps, actorOf(request), request.query),
  );

  app.post(
    '/api/v1/ops/renewals',
    {
      schema: {
        tags,
        summary:
          'Create the renewal to-dos now (tenant admin); the scheduled job does the same, idempotently',
        body: OptionalBody(RunAsOf),
        response: responses({ 200: RenewalRun }),
      },
    },
    async (request) => createRenewalTasksByHand(app.deps, actorOf(request), request.body ?? {}),
  );
}
