import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';
import { EventTypeName } from '../events/schema.ts';

const Url = Type.String({ minLength: 1, maxLength: 2000, description: 'An http:// or https:// address' });
const EventTypeList = Type.Array(EventTypeName, {
  minItems: 1,
  maxItems: 50,
  uniqueItems: true,
  description: 'The event types this endpoint receives',
});

export const NewEndpoint = Obj({
  url: Url,
  description: Type.Optional(Type.String({ maxLength: 200 })),
  eventTypes: EventTypeList,
  active: Type.Optional(Type.Boolean({ default: true })),
});

export const EndpointChanges = Obj({
  url: Type.Optional(Url),
  description: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  eventTypes: Type.Optional(EventTypeList),
  active: Type.Optional(Type.Boolean()),
});

export const Endpoint = Obj({
  id: IdString,
  url: Type.String(),
  description: Nullable(Type.String()),
  eventTypes: Type.Array(Type.String()),
  active: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const EndpointWithSecret = Obj({
  ...Endpoint.properties,
  secret: Type.String({ description: 'The signing secret, shown this once: keep it' }),
});

export const DeliveryStatus = Type.Union(
  ['pending', 'retrying', 'succeeded', 'dead'].map((s) => Type.Literal(s)),
  { description: 'pending, retrying, succeeded or dead (retries exhausted)' },
);

export const Delivery = Obj({
  id: IdString,
  endpointId: IdString,
  eventId: IdString,
  eventType: Type.String(),
  status: Type.String({ description: 'pending, retrying, succeeded or dead' }),
  attempts: Type.Integer(),
  lastStatusCode: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  firstAttemptAt: Nullable(DateTime),
  nextAttemptAt: Nullable(DateTime),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const Attempt = Obj({
  id: IdString,
  at: DateTime,
  statusCode: Nullable(Type.Integer()),
  error: Nullable(Type.String()),
  responseSnippet: Nullable(Type.String()),
  durationMs: Type.Integer(),
  replay: Type.Boolean(),
});

export const DeliveryDetail = Obj({
  ...Delivery.properties,
  attemptLog: Type.Array(Attempt, { description: 'Every attempt, newest first' }),
});

export const DeliveriesQuery = Obj({
  status: Type.Optional(DeliveryStatus),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});

export const EndpointsQuery = Obj({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) });
