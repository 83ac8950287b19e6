import { Type } from '@sinclair/typebox';
import { DateTime, IdString, Nullable, Obj } from '../../http/schemas.ts';

/** Every event type the feed and webhooks carry; integrations subscribe by these names. */
export const EVENT_TYPES = [
  'lead.created',
  'lead.updated',
  'lead.claimed',
  'lead.released',
  'lead.assigned',
  'lead.recycled',
  'visit.created',
  'contract.signed',
  'deal.online',
  'deal.offline',
  'task.done',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EventTypeName = Type.Union(
  EVENT_TYPES.map((t) => Type.Literal(t)),
  { description: 'An event type' },
);

export const Event = Obj({
  id: IdString,
  cursor: Type.String({ description: 'Resume after this event: pass it as `after`' }),
  type: Type.String({ description: 'One of the event types, e.g. lead.claimed' }),
  occurredAt: DateTime,
  actor: Obj({
    kind: Type.String({ description: 'user, api_key or system' }),
    id: Nullable(Type.String()),
    name: Type.String(),
  }),
  subject: Obj({ kind: Type.String({ description: 'lead, visit, contract, deal or task' }), id: IdString }),
  data: Type.Record(Type.String(), Type.Unknown(), { description: 'The fields that changed or matter' }),
});

export const Feed = Obj({
  items: Type.Array(Event),
  nextCursor: Type.String({
    description: 'Where to resume: pass it as `after` next time, also when this poll brought nothing',
  }),
  hasMore: Type.Boolean({ description: 'More events are ready now: poll again at once' }),
});

export const FeedQuery = Obj({
  after: Type.Optional(
    Type.String({
      maxLength: 200,
      pattern: '^[A-Za-z0-9_-]+$',
      description:
        'The nextCursor of the previous poll (opaque). Left out: from the first event; `now`: from the present on',
    }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
});

export const EventTypes = Obj({ items: Type.Array(EventTypeName) });
