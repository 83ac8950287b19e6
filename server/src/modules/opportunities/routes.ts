import { IdParams, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import type { OpportunityRow } from './repo.ts';
import {
  Board,
  BoardQuery,
  CreateOpportunity,
  ListOpportunitiesQuery,
  MoveStage,
  Opportunity,
  OpportunityWithHistory,
  Stages,
  UpdateOpportunity,
} from './schema.ts';
import * as service from './service.ts';
import { listStages, replaceStages } from './stages.ts';

export const presentOpportunity = (o: OpportunityRow & { lead_name?: string }) => ({
  id: o.id,
  leadId: o.lead_id,
  ...(o.lead_name !== undefined && { leadName: o.lead_name }),
  ownerId: o.owner_id,
  title: o.title,
  stageKey: o.stage_key,
  amount: o.amount === null ? null : Number(o.amount),
  expectedClose: o.expected_close,
  lostReason: o.lost_reason,
  attrs: o.attrs,
  closedAt: o.closed_at?.toISOString() ?? null,
  createdAt: o.created_at.toISOString(),
  updatedAt: o.updated_at.toISOString(),
});

export async function opportunityRoutes(app: App) {
  const tags = ['Opportunities'];

  app.get(
    '/api/v1/settings/stages/opportunity',
    { schema: { tags, summary: 'The opportunity stages, in order', response: responses({ 200: Stages }) } },
    async (request) => ({ items: await listStages(app.deps, actorOf(request)) }),
  );

  app.put(
    '/api/v1/settings/stages/opportunity',
    {
      schema: {
        tags,
        summary: 'Replace the stages (tenant admin): order, labels, win probability, won/lost flags',
        body: Stages,
        response: responses({ 200: Stages }),
      },
    },
    async (request) => ({ items: await replaceStages(app.deps, actorOf(request), request.body.items) }),
  );

  app.post(
    '/api/v1/leads/:id/opportunities',
    {
      schema: {
        tags,
        summary: 'Open an opportunity on a merchant you own (or your team owns)',
        params: IdParams,
        body: CreateOpportunity,
        response: responses({ 201: Opportunity }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentOpportunity(
            await service.createOpportunity(app.deps, actorOf(request), request.params.id, request.body),
          ),
        ),
  );

  app.get(
    '/api/v1/opportunities',
    {
      schema: {
        tags,
        summary: 'Opportunities, newest first: yours, your team’s, or all you may see',
        querystring: ListOpportunitiesQuery,
        response: responses({ 200: Page(Opportunity) }),
      },
    },
    async (request) => {
      const page = await service.listOpportunities(app.deps, actorOf(request), {
        ...request.query,
        scope: request.query.scope ?? 'all',
        limit: request.query.limit ?? 50,
      } as service.ListQuery);
      return { items: page.items.map(presentOpportunity), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/opportunities/board',
    {
      schema: {
        tags,
        summary: 'The kanban: each stage with its count, amount and first opportunities',
        querystring: BoardQuery,
        response: responses({ 200: Board }),
      },
    },
    async (request) => {
      const columns = await service.board(app.deps, actorOf(request), {
        scope: (request.query.scope ?? 'all') as 'all',
        ownerId: request.query.ownerId,
        perStage: request.query.perStage ?? 20,
      });
      return { columns: columns.map((c) => ({ ...c, items: c.items.map(presentOpportunity) })) };
    },
  );

  app.get(
    '/api/v1/opportunities/:id',
    {
      schema: {
        tags,
        summary: 'One opportunity with its stage history',
        params: IdParams,
        response: responses({ 200: OpportunityWithHistory }),
      },
    },
    async (request) => {
      const { opportunity, history } = await service.getOpportunity(
        app.deps,
        actorOf(request),
        request.params.id,
      );
      return {
        ...presentOpportunity(opportunity),
        history: history.map((h) => ({
          at: h.at.toISOString(),
          actorName: h.actor_name,
          fromStage: h.from_stage,
          toStage: h.to_stage,
          note: h.note,
        })),
      };
    },
  );

  app.patch(
    '/api/v1/opportunities/:id',
    {
      schema: {
        tags,
        summary: 'Change an opportunity',
        params: IdParams,
        body: UpdateOpportunity,
        response: responses({ 200: Opportunity }),
      },
    },
    async (request) =>
      presentOpportunity(
        await service.updateOpportunity(app.deps, actorOf(request), request.params.id, request.body),
      ),
  );

  app.post(
    '/api/v1/opportunities/:id/stage',
    {
      schema: {
        tags,
        summary: 'Move to a stage (a lost one needs lostReason); recorded in the history',
        params: IdParams,
        body: MoveStage,
        response: responses({ 200: Opportunity }),
      },
    },
    async (request) =>
      presentOpportunity(
        await service.moveStage(app.deps, actorOf(request), request.params.id, request.body),
      ),
  );
}
