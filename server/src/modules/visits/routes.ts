import { IdParams, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { CreateVisit, ListVisitsQuery, Visit } from './schema.ts';
import * as service from './service.ts';

export const presentVisit = (v: service.VisitRow & { lead_name?: string }) => ({
  id: v.id,
  leadId: v.lead_id,
  leadName: v.lead_name ?? '',
  userId: v.user_id,
  at: v.at.toISOString(),
  lat: v.lat,
  lng: v.lng,
  distanceM: v.distance_m,
  far: v.far,
  contactId: v.contact_id,
  kind: v.kind,
  result: v.result,
  notes: v.notes,
  followUpAt: v.follow_up_at?.toISOString() ?? null,
  createdAt: v.created_at.toISOString(),
});

export async function visitRoutes(app: App) {
  const tags = ['Visits'];
  app.post(
    '/api/v1/leads/:id/visits',
    {
      schema: {
        tags,
        summary:
          'Check in a visit with the phone’s GPS; far check-ins are flagged; the owner’s visit moves the deadline',
        params: IdParams,
        body: CreateVisit,
        response: responses({ 201: Visit }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentVisit(await service.checkIn(app.deps, actorOf(request), request.params.id, request.body)),
        ),
  );

  app.get(
    '/api/v1/visits',
    {
      schema: {
        tags,
        summary: 'Visits, newest first: yours, or your team’s (userId, leadId, from, to)',
        querystring: ListVisitsQuery,
        response: responses({ 200: Page(Visit) }),
      },
    },
    async (request) => {
      const page = await service.listVisits(app.deps, actorOf(request), {
        ...request.query,
        limit: request.query.limit ?? 50,
      });
      return { items: page.items.map(presentVisit), nextCursor: page.nextCursor };
    },
  );
}
