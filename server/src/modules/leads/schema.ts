import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Lat = Type.Number({ minimum: -90, maximum: 90 });
const Lng = Type.Number({ minimum: -180, maximum: 180 });
const Tag = Type.String({ pattern: '^[\\p{L}\\p{N}_-]{1,40}$' });
const Attrs = Type.Record(Type.String(), Type.Unknown(), {
  description: "Custom field values, checked against the tenant's field definitions",
});
export const LeadStatus = Type.Union(
  ['pending_review', 'public', 'private', 'signed', 'invalid'].map((s) => Type.Literal(s)),
);
export const Scope = Type.Union(
  ['all', 'public', 'mine', 'team'].map((s) => Type.Literal(s)),
  { default: 'all' },
);

export const Lead = Obj({
  id: IdString,
  kind: Type.String(),
  name: Type.String(),
  status: Type.String(),
  ownerId: Nullable(IdString),
  /** The operations owner of a signed merchant; ownerId stays the BD who signed it. */
  opsOwnerId: Nullable(IdString),
  handedOverAt: Nullable(DateTime),
  poolId: Nullable(IdString),
  cityId: IdString,
  claimedAt: Nullable(DateTime),
  lastVisitAt: Nullable(DateTime),
  deadlineAt: Nullable(DateTime),
  deadlineReason: Nullable(Type.String({ description: 'term, no_visit, no_sign, or exempt' })),
  extensionsUsed: Type.Integer(),
  phone: Nullable(Type.String({ description: 'Masked (138****5678) unless you own the lead' })),
  phoneMasked: Type.Boolean(),
  address: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  category: Nullable(Type.String()),
  channel: Type.String(),
  tags: Type.Array(Type.String()),
  attrs: Attrs,
  duplicateOf: Nullable(IdString),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const NearbyLead = Type.Composite([Lead, Obj({ distanceM: Type.Number() })], {
  additionalProperties: false,
});

export const LeadEvent = Obj({
  id: IdString,
  at: DateTime,
  kind: Type.String(),
  actorKind: Type.String(),
  actorId: Nullable(Type.String()),
  actorName: Type.String(),
  fromStatus: Nullable(Type.String()),
  toStatus: Nullable(Type.String()),
  fromOwner: Nullable(IdString),
  toOwner: Nullable(IdString),
  reason: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Unknown()),
});

export const Duplicate = Obj({
  id: IdString,
  name: Type.String(),
  address: Nullable(Type.String()),
  status: Type.String(),
  reason: Type.String({ description: 'phone or name' }),
  score: Type.Number(),
  distanceM: Nullable(Type.Number()),
});

export const CreateLead = Obj({
  name: Text(200),
  kind: Type.Optional(Type.Union([Type.Literal('store'), Type.Literal('brand')])),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  address: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  lat: Type.Optional(Nullable(Lat)),
  lng: Type.Optional(Nullable(Lng)),
  cityId: IdString,
  category: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  tags: Type.Optional(Type.Array(Tag, { maxItems: 30 })),
  attrs: Type.Optional(Attrs),
  gps: Type.Optional(
    Obj({ lat: Lat, lng: Lng }, { description: "Where the creator stood (the phone's GPS)" }),
  ),
});

export const UpdateLead = Obj({
  name: Type.Optional(Text(200)),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  address: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  lat: Type.Optional(Nullable(Lat)),
  lng: Type.Optional(Nullable(Lng)),
  cityId: Type.Optional(IdString),
  category: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  tags: Type.Optional(Type.Array(Tag, { maxItems: 30 })),
  attrs: Type.Optional(Attrs),
});

const leadFilterFields = {
  scope: Type.Optional(Scope),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  status: Type.Optional(LeadStatus),
  tag: Type.Optional(Tag),
  cityId: Type.Optional(IdString),
  ownerId: Type.Optional(IdString),
  category: Type.Optional(Type.String({ maxLength: 40 })),
};
const attrFilters = { '^attr\\.[a-zA-Z][a-zA-Z0-9_]{0,39}$': Type.String({ maxLength: 100 }) };

export const ListLeadsQuery = Type.Object(
  { ...leadFilterFields, limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) },
  { additionalProperties: false, patternProperties: attrFilters },
);

/** The filter of `GET /leads` as an object (campaigns keep one): the same fields, attr.<key> included. */
export const LeadFilter = Type.Object(leadFilterFields, {
  additionalProperties: false,
  patternProperties: attrFilters,
});

/** The flat filter (as a query string has it) → what the leads service takes. */
export function leadFilterInput(query: Record<string, unknown>) {
  const attrs = Object.fromEntries(
    Object.entries(query)
      .filter(([key]) => key.startsWith('attr.'))
      .map(([key, value]) => [key.slice(5), String(value)]),
  );
  return {
    scope: (query.scope ?? 'all') as 'all' | 'public' | 'mine' | 'team',
    q: query.q as string | undefined,
    status: query.status as string | undefined,
    tag: query.tag as string | undefined,
    cityId: query.cityId as string | undefined,
    ownerId: query.ownerId as string | undefined,
    category: query.category as string | undefined,
    attrs,
  };
}

export const NearbyQuery = Obj({
  lat: Lat,
  lng: Lng,
  radius: Type.Optional(Type.Number({ minimum: 1, maximum: 50_000, default: 2_000, description: 'metres' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  scope: Type.Optional(Scope),
  status: Type.Optional(LeadStatus),
  category: Type.Optional(Type.String({ maxLength: 40 })),
});

export const Reason = Type.String({ minLength: 1, maxLength: 500 });
export const ReleaseBody = Obj({ reason: Type.Optional(Reason) });
export const AssignBody = Obj({
  userId: IdString,
  reason: Reason,
  overrideCap: Type.Optional(
    Type.Boolean({ description: 'Assign beyond the cap (recorded with the reason)' }),
  ),
});
export const ExtendBody = Obj({ reason: Reason });
export const EventsQuery = Obj({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) });
