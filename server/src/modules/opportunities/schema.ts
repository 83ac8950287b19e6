import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';

const Label = Type.String({ minLength: 1, maxLength: 40 });
const Money = Type.Number({ minimum: 0, maximum: 1e12, multipleOf: 0.01 });
const Day = Type.String({ format: 'date' });
const Attrs = Type.Record(Type.String(), Type.Unknown(), {
  description: 'Custom field values (object opportunity)',
});
const OppScope = Type.Union([Type.Literal('all'), Type.Literal('mine'), Type.Literal('team')], {
  default: 'all',
});

export const Stage = Obj({
  key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$' }),
  labelZh: Label,
  labelEn: Label,
  probability: Type.Integer({ minimum: 0, maximum: 100, description: 'Win probability, %' }),
  isWon: Type.Boolean(),
  isLost: Type.Boolean(),
});
export const Stages = Obj({ items: Type.Array(Stage, { minItems: 3, maxItems: 30 }) });

export const Opportunity = Obj({
  id: IdString,
  leadId: IdString,
  leadName: Type.Optional(Type.String({ description: 'The merchant’s name (in lists and on the board)' })),
  ownerId: IdString,
  title: Type.String(),
  stageKey: Type.String(),
  amount: Nullable(Type.Number()),
  expectedClose: Nullable(Type.String({ format: 'date' })),
  lostReason: Nullable(Type.String()),
  attrs: Attrs,
  closedAt: Nullable(DateTime),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const StageChange = Obj({
  at: DateTime,
  actorName: Type.String(),
  fromStage: Nullable(Type.String()),
  toStage: Type.String(),
  note: Nullable(Type.String()),
});

export const OpportunityWithHistory = Type.Composite(
  [Opportunity, Obj({ history: Type.Array(StageChange) })],
  {
    additionalProperties: false,
  },
);

export const CreateOpportunity = Obj({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  amount: Type.Optional(Nullable(Money)),
  expectedClose: Type.Optional(Nullable(Day)),
  stageKey: Type.Optional(Type.String({ maxLength: 40 })),
  attrs: Type.Optional(Attrs),
});

export const UpdateOpportunity = Obj({
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  amount: Type.Optional(Nullable(Money)),
  expectedClose: Type.Optional(Nullable(Day)),
  attrs: Type.Optional(Attrs),
});

export const MoveStage = Obj({
  stageKey: Type.String({ minLength: 1, maxLength: 40 }),
  lostReason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});

const OwnerFilter = Type.Optional(IdString);

export const ListOpportunitiesQuery = Obj({
  scope: Type.Optional(OppScope),
  ownerId: OwnerFilter,
  leadId: Type.Optional(IdString),
  stageKey: Type.Optional(Type.String({ maxLength: 40 })),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});

export const BoardQuery = Obj({
  scope: Type.Optional(OppScope),
  ownerId: OwnerFilter,
  perStage: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, default: 20 })),
});

export const Board = Obj({
  columns: Type.Array(
    Obj({ stage: Stage, count: Type.Integer(), amount: Type.Number(), items: Type.Array(Opportunity) }),
  ),
});
