import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';
import { REASON_CODES } from './checklist.ts';

const Day = Type.String({ format: 'date' });
const Price = Type.Number({ minimum: 0, maximum: 1e9, multipleOf: 0.01 });
const Attrs = Type.Record(Type.String(), Type.Unknown());

export const DealStatus = Type.Union(
  ['draft', 'pending_audit', 'rejected', 'online', 'offline', 'expired'].map((s) => Type.Literal(s)),
);
export const ReasonCode = Type.Union(REASON_CODES.map((c) => Type.Literal(c)));

export const DealItem = Obj({
  name: Type.String({ minLength: 1, maxLength: 100, description: 'A line of the set menu, e.g. 招牌毛肚' }),
  quantity: Type.Integer({ minimum: 1, maximum: 999 }),
  price: Type.Optional(Price),
});
const Items = Type.Array(DealItem, { minItems: 1, maxItems: 50 });

export const Deal = Obj({
  id: IdString,
  leadId: IdString,
  contractId: Nullable(IdString),
  ownerId: IdString,
  title: Type.String(),
  leadName: Type.String({ description: 'The merchant’s name when the deal was last written' }),
  cityId: IdString,
  category: Nullable(Type.String()),
  items: Type.Array(DealItem),
  listPrice: Type.Number(),
  dealPrice: Type.Number(),
  minGroupSize: Type.Integer(),
  validFrom: Day,
  validTo: Day,
  status: DealStatus,
  salesCount: Type.Integer(),
  salesUpdatedAt: Nullable(DateTime),
  attrs: Attrs,
  rejectionReasons: Type.Array(Type.String(), { description: 'Checklist codes of the last rejection' }),
  rejectionComment: Nullable(Type.String()),
  offlineReason: Nullable(Type.String()),
  submittedAt: Nullable(DateTime),
  auditedBy: Nullable(IdString),
  auditedAt: Nullable(DateTime),
  onlineAt: Nullable(DateTime),
  offlineAt: Type.Union([DateTime, Type.Null()], { description: 'When it went offline or expired' }),
  createdBy: Nullable(Type.String()),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const DealHistoryEntry = Obj({
  at: DateTime,
  action: Type.String({ description: 'created, revised, submitted, approved, rejected, offline or expired' }),
  fromStatus: Nullable(Type.String()),
  toStatus: Type.String(),
  actorKind: Type.String(),
  actorId: Nullable(Type.String()),
  actorName: Type.String(),
  reasons: Type.Array(Type.String()),
  comment: Nullable(Type.String()),
});

export const DealWithHistory = Type.Composite([Deal, Obj({ history: Type.Array(DealHistoryEntry) })], {
  additionalProperties: false,
});

export const CreateDeal = Obj({
  title: Type.String({ minLength: 1, maxLength: 100 }),
  items: Items,
  listPrice: Price,
  dealPrice: Price,
  minGroupSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  validFrom: Day,
  validTo: Day,
  contractId: Type.Optional(Nullable(IdString)),
  attrs: Type.Optional(Attrs),
});

export const UpdateDeal = Type.Partial(CreateDeal, { additionalProperties: false });

export const Approval = Obj({ comment: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })) });
export const Rejection = Obj({
  reasons: Type.Array(ReasonCode, { minItems: 1, maxItems: 10 }),
  comment: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
});
export const Offline = Obj({ reason: Type.String({ minLength: 1, maxLength: 500 }) });

const dealFilterFields = {
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 50, description: 'Part of the title or merchant name' }),
  ),
  status: Type.Optional(DealStatus),
  cityId: Type.Optional(IdString),
  category: Type.Optional(Type.String({ maxLength: 40 })),
  minPrice: Type.Optional(Price),
  maxPrice: Type.Optional(Price),
};

export const ListDealsQuery = Obj({
  ...dealFilterFields,
  leadId: Type.Optional(IdString),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});

/** The filter of `GET /deals` as an object (campaigns over deals keep one). */
export const DealFilter = Obj(dealFilterFields);

export const AuditQueueQuery = Obj({
  cityId: Type.Optional(IdString),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});

export const ChecklistItem = Obj({ code: ReasonCode, labelZh: Type.String(), labelEn: Type.String() });

export const SalesRows = Type.Array(
  Obj({ dealId: IdString, salesCount: Type.Integer({ minimum: 0, maximum: 2_147_483_647 }) }),
  { minItems: 1, maxItems: 5_000 },
);
export const SalesResult = Obj({
  received: Type.Integer({ description: 'Rows in the request' }),
  updated: Type.Integer({ description: 'Deals whose count changed' }),
  unchanged: Type.Integer({ description: 'Deals that already had that count' }),
});
export const SalesForm = Obj({
  file: Type.String({
    format: 'binary',
    description:
      'CSV (UTF-8 or GBK) or XLSX, at most 5 MB, with the columns dealId (团单ID) and salesCount (销量)',
  }),
});
