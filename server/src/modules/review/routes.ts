import { Type } from '@sinclair/typebox';
import { Cursor, IdParams, IdString, Limit, Obj, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { presentDuplicate, presentLead } from '../leads/present.ts';
import { Duplicate, Lead } from '../leads/schema.ts';
import * as service from './service.ts';

const ReviewItem = Obj({ lead: Lead, duplicates: Type.Array(Duplicate) });
const QueueQuery = Obj({
  cityId: Type.Optional(IdString),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});

export async function reviewRoutes(app: App) {
  const tags = ['Review'];

  app.get(
    '/api/v1/review/leads',
    {
      schema: {
        tags,
        summary: 'Leads waiting for review, oldest first, with their possible duplicates',
        querystring: QueueQuery,
        response: responses({ 200: Page(ReviewItem) }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const page = await service.reviewQueue(app.deps, actor, {
        ...request.query,
        limit: request.query.limit ?? 50,
      });
      return {
        items: page.items.map((item) => ({
          lead: presentLead(item.lead, actor),
          duplicates: item.duplicates.map(presentDuplicate),
        })),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    '/api/v1/review/leads/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve: the lead enters its pool',
        params: IdParams,
        response: responses({ 200: Lead }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentLead(await service.approve(app.deps, actor, request.params.id), actor);
    },
  );

  app.post(
    '/api/v1/review/leads/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject: the lead is set aside as invalid, with the reason',
        params: IdParams,
        body: Obj({ reason: Type.String({ minLength: 1, maxLength: 500 }) }),
        response: responses({ 200: Lead }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentLead(
        await service.reject(app.deps, actor, request.params.id, request.body.reason),
        actor,
      );
    },
  );

  app.post(
    '/api/v1/review/leads/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge into an existing lead: contacts, visits and history move to the survivor',
        params: IdParams,
        body: Obj({ intoId: IdString }),
        response: responses({ 200: Lead }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentLead(await service.merge(app.deps, actor, request.params.id, request.body.intoId), actor);
    },
  );
}
