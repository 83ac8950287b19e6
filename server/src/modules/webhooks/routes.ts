import { Type } from '@sinclair/typebox';
import { IdParams, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import {
  DeliveriesQuery,
  Delivery,
  DeliveryDetail,
  Endpoint,
  EndpointChanges,
  EndpointsQuery,
  EndpointWithSecret,
  NewEndpoint,
} from './schema.ts';
import * as service from './service.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const presentEndpoint = (e: service.EndpointRow) => ({
  id: e.id,
  url: e.url,
  description: e.description,
  eventTypes: e.event_types,
  active: e.active,
  createdAt: e.created_at.toISOString(),
  updatedAt: e.updated_at.toISOString(),
});

export const presentDelivery = (d: service.DeliveryRow) => ({
  id: d.id,
  endpointId: d.endpoint_id,
  eventId: d.event_id,
  eventType: d.event_type,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.last_status_code,
  lastError: d.last_error,
  firstAttemptAt: iso(d.first_attempt_at),
  nextAttemptAt: iso(d.next_attempt_at),
  createdAt: d.created_at.toISOString(),
  updatedAt: d.updated_at.toISOString(),
});

export async function webhookRoutes(app: App) {
  const tags = ['Webhooks'];

  app.post(
    '/api/v1/webhooks',
    {
      schema: {
        tags,
        summary: 'Register an endpoint; its signing secret is in this answer only (tenant admins)',
        body: NewEndpoint,
        response: responses({ 201: EndpointWithSecret }),
      },
    },
    async (request, reply) => {
      const { endpoint, secret } = await service.createEndpoint(app.deps, actorOf(request), request.body);
      return reply.status(201).send({ ...presentEndpoint(endpoint), secret });
    },
  );

  app.get(
    '/api/v1/webhooks',
    {
      schema: {
        tags,
        summary: 'The endpoints',
        querystring: EndpointsQuery,
        response: responses({ 200: Page(Endpoint) }),
      },
    },
    async (request) => {
      const page = await service.listEndpoints(app.deps, actorOf(request), {
        limit: request.query.limit ?? 50,
        cursor: request.query.cursor,
      });
      return { items: page.items.map(presentEndpoint), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/webhooks/:id',
    { schema: { tags, summary: 'One endpoint', params: IdParams, response: responses({ 200: Endpoint }) } },
    async (request) =>
      presentEndpoint(await service.getEndpoint(app.deps, actorOf(request), request.params.id)),
  );

  app.patch(
    '/api/v1/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change the address, the subscribed event types or the active flag',
        params: IdParams,
        body: EndpointChanges,
        response: responses({ 200: Endpoint }),
      },
    },
    async (request) =>
      presentEndpoint(
        await service.updateEndpoint(app.deps, actorOf(request), request.params.id, request.body),
      ),
  );

  app.delete(
    '/api/v1/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Remove an endpoint with its delivery log',
        params: IdParams,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      await service.deleteEndpoint(app.deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/webhooks/:id/rotate-secret',
    {
      schema: {
        tags,
        summary: 'Replace the signing secret at once; the new one is in this answer only',
        params: IdParams,
        response: responses({ 200: EndpointWithSecret }),
      },
    },
    async (request) => {
      const { endpoint, secret } = await service.rotateSecret(app.deps, actorOf(request), request.params.id);
      return { ...presentEndpoint(endpoint), secret };
    },
  );

  app.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'The delivery log of an endpoint, newest first (status=dead: the dead letters)',
        params: IdParams,
        querystring: DeliveriesQuery,
        response: responses({ 200: Page(Delivery) }),
      },
    },
    async (request) => {
      const page = await service.listDeliveries(app.deps, actorOf(request), request.params.id, {
        status: request.query.status as 'pending' | 'retrying' | 'succeeded' | 'dead' | undefined,
        limit: request.query.limit ?? 50,
        cursor: request.query.cursor,
      });
      return { items: page.items.map(presentDelivery), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/webhook-deliveries/:id',
    {
      schema: {
        tags,
        summary: 'One delivery with its attempts (status code, answer, duration)',
        params: IdParams,
        response: responses({ 200: DeliveryDetail }),
      },
    },
    async (request) => {
      const { delivery, attempts } = await service.getDelivery(app.deps, actorOf(request), request.params.id);
      return {
        ...presentDelivery(delivery),
        attemptLog: attempts.map((a) => ({
          id: a.id,
          at: a.at.toISOString(),
          statusCode: a.status_code,
          error: a.error,
          responseSnippet: a.response_snippet,
          durationMs: a.duration_ms,
          replay: a.replay,
        })),
      };
    },
  );

  app.post(
    '/api/v1/webhook-deliveries/:id/replay',
    {
      schema: {
        tags,
        summary: 'Send a delivery again now (a dead letter too); failures are retried afresh',
        params: IdParams,
        response: responses({ 202: Delivery }),
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(presentDelivery(await service.replayDelivery(app.deps, actorOf(request), request.params.id))),
  );
}
