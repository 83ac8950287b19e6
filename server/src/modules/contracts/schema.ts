import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';

const Day = Type.String({ format: 'date' });
const Money = Type.Number({ minimum: 0, maximum: 1e12, multipleOf: 0.01 });
const Rate = Type.Number({ minimum: 0, maximum: 100, multipleOf: 0.01, description: 'Commission, %' });
const Attrs = Type.Record(Type.String(), Type.Unknown());

export const ContractStatus = Type.Union(
  ['draft', 'pending_approval', 'approved', 'rejected', 'signed', 'active', 'expired', 'terminated'].map(
    (s) => Type.Literal(s),
  ),
);

export const Approval = Obj({
  round: Type.Integer(),
  step: Type.Integer(),
  role: Type.String(),
  decision: Type.String({ description: 'pending, approved or rejected' }),
  decidedBy: Nullable(IdString),
  decidedByName: Nullable(Type.String({ description: 'The approver’s display name' })),
  comment: Nullable(Type.String()),
  decidedAt: Nullable(DateTime),
});

export const Contract = Obj({
  id: IdString,
  leadId: IdString,
  leadName: Type.Optional(Type.String({ description: 'The merchant’s name (in lists)' })),
  opportunityId: Nullable(IdString),
  ownerId: IdString,
  type: Type.String(),
  status: Type.String(),
  title: Type.String(),
  amount: Type.Number(),
  commissionRate: Type.Number(),
  startOn: Day,
  endOn: Day,
  terms: Nullable(Type.String()),
  attrs: Attrs,
  round: Type.Integer({ description: 'How many times it was submitted' }),
  currentStep: Nullable(Type.Integer()),
  signedAt: Nullable(DateTime),
  endedAt: Nullable(DateTime),
  endReason: Nullable(Type.String()),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const ContractWithTrail = Type.Composite([Contract, Obj({ approvals: Type.Array(Approval) })], {
  additionalProperties: false,
});

export const CreateContract = Obj({
  type: Type.Union([Type.Literal('new'), Type.Literal('renewal'), Type.Literal('change')]),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  amount: Money,
  commissionRate: Rate,
  startOn: Day,
  endOn: Day,
  terms: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
  opportunityId: Type.Optional(IdString),
  attrs: Type.Optional(Attrs),
});

export const UpdateContract = Obj({
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  amount: Type.Optional(Money),
  commissionRate: Type.Optional(Rate),
  startOn: Type.Optional(Day),
  endOn: Type.Optional(Day),
  terms: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
  attrs: Type.Optional(Attrs),
});

export const Decision = Obj({ comment: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })) });
export const Termination = Obj({ reason: Type.String({ minLength: 1, maxLength: 500 }) });

export const ListContractsQuery = Obj({
  leadId: Type.Optional(IdString),
  status: Type.Optional(ContractStatus),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});

export const PendingApproval = Obj({
  contractId: IdString,
  leadId: IdString,
  leadName: Type.String(),
  ownerId: IdString,
  title: Type.String(),
  amount: Type.Number(),
  commissionRate: Type.Number(),
  step: Type.Integer(),
  role: Type.String(),
  since: DateTime,
});
