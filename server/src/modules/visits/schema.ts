import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';

export const VisitKind = Type.Union([
  Type.Literal('first'),
  Type.Literal('follow_up'),
  Type.Literal('sign'),
  Type.Literal('maintain'),
]);

export const Visit = Obj({
  id: IdString,
  leadId: IdString,
  leadName: Type.String({ description: 'The store visited' }),
  userId: IdString,
  at: DateTime,
  lat: Type.Number(),
  lng: Type.Number(),
  distanceM: Nullable(Type.Number({ description: 'From the check-in to the store' })),
  far: Type.Boolean({ description: "Farther than the tenant's check-in limit" }),
  contactId: Nullable(IdString),
  kind: Type.String(),
  result: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  followUpAt: Nullable(DateTime),
  createdAt: DateTime,
});

export const CreateVisit = Obj({
  lat: Type.Number({ minimum: -90, maximum: 90 }),
  lng: Type.Number({ minimum: -180, maximum: 180 }),
  contactId: Type.Optional(IdString),
  kind: VisitKind,
  result: Type.Optional(Type.String({ maxLength: 200 })),
  notes: Type.Optional(Type.String({ maxLength: 4000 })),
  at: Type.Optional(DateTime),
  followUpAt: Type.Optional(
    Type.String({
      format: 'date-time',
      description: 'When the rep means to follow up; shown in their to-dos',
    }),
  ),
});

export const ListVisitsQuery = Obj({
  userId: Type.Optional(IdString),
  leadId: Type.Optional(IdString),
  from: Type.Optional(DateTime),
  to: Type.Optional(DateTime),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});
