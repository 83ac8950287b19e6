import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';

export const TaskStatus = Type.Union(
  ['open', 'doing', 'done', 'rejected', 'escalated'].map((s) => Type.Literal(s)),
);

export const Task = Obj({
  id: IdString,
  kind: Type.String({ description: 'renewal (contract ending), later the kinds of HQ campaigns' }),
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
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});

export const Completion = Obj({ feedback: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })) });
