import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';

export const TaskStatus = Type.Union(
  ['open', 'doing', 'done', 'rejected', 'escalated'].map((s) => Type.Literal(s)),
);

export const TaskPriceGap = Obj({
  platform: Type.String({ description: 'The competing platform (meituan, douyin …)' }),
  ourDealId: IdString,
  ourTitle: Type.String(),
  ourPrice: Type.Number(),
  theirTitle: Type.String(),
  theirPrice: Type.Number(),
  gap: Type.Number({ description: 'How much cheaper theirs is' }),
  strategy: Type.Union([Type.Literal('match_price'), Type.Literal('exclusive_offer')], {
    description: 'match_price: bring ours to their price; exclusive_offer: agree a better offer with us',
  }),
});

export const TaskContext = Obj({
  priceGaps: Type.Optional(
    Type.Array(TaskPriceGap, {
      description: "A price campaign's task: the merchant's largest gaps when it was launched",
    }),
  ),
});

export const Task = Obj({
  id: IdString,
  kind: Type.String({
    description: 'renewal (contract ending), price_match, visit, … (campaigns name their own)',
  }),
  title: Type.String(),
  instructions: Nullable(Type.String()),
  status: Type.String({ description: 'open, doing, done, rejected or escalated' }),
  assigneeId: IdString,
  leadId: Nullable(IdString),
  leadName: Nullable(Type.String()),
  contractId: Nullable(IdString),
  campaignId: Nullable(IdString),
  dueAt: Nullable(DateTime),
  feedback: Nullable(Type.String()),
  reason: Nullable(Type.String({ description: 'Why it was rejected, escalated or last reassigned' })),
  escalatedAt: Nullable(DateTime),
  resolution: Nullable(Type.String({ description: 'What HQ did about an escalation' })),
  resolvedBy: Nullable(IdString),
  cityId: Nullable(IdString),
  photoUrl: Nullable(Type.String({ description: 'The feedback photo, when there is one' })),
  context: Nullable(TaskContext),
  createdAt: DateTime,
  updatedAt: DateTime,
  doneAt: Nullable(DateTime),
});

export const ListTasksQuery = Obj({
  mine: Type.Optional(Type.Boolean({ description: 'Only the tasks assigned to you' })),
  assigneeId: Type.Optional(IdString),
  status: Type.Optional(TaskStatus),
  kind: Type.Optional(Type.String({ pattern: '^[a-z_]{1,40}$' })),
  leadId: Type.Optional(IdString),
  campaignId: Type.Optional(IdString),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});

export const Completion = Obj({ feedback: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })) });

export const Kind = Type.String({ pattern: '^[a-z_]{1,40}$' });
const Reason = Type.String({ minLength: 1, maxLength: 1000 });

export const CreateTask = Obj({
  assigneeId: IdString,
  leadId: Type.Optional(IdString),
  kind: Kind,
  title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  instructions: Type.Optional(Type.String({ maxLength: 4000 })),
  dueAt: Type.Optional(DateTime),
});

export const ReasonBody = Obj({ reason: Reason });
export const ReassignBody = Obj({ assigneeId: IdString, reason: Reason });

export const Todo = Obj({
  source: Type.String({
    description: 'pool_deadline (a private lead about to fall back), follow_up (a visit to repeat) or task',
  }),
  id: IdString,
  kind: Type.String({ description: 'pool_deadline, follow_up, or the task kind (renewal, price_match …)' }),
  title: Type.String(),
  status: Nullable(Type.String({ description: 'Of a task: open or doing' })),
  leadId: Nullable(IdString),
  leadName: Nullable(Type.String()),
  dueAt: Nullable(DateTime),
  overdue: Type.Boolean(),
  reason: Nullable(
    Type.String({
      description:
        'Why: the deadline rule (no_visit, no_sign, term), the visit result, the task instructions',
    }),
  ),
  link: Obj({ type: Type.String({ description: 'task or lead' }), id: IdString }),
});

export const TodosQuery = Obj({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) });
