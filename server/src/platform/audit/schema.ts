import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';

const ActorKind = Type.Union([Type.Literal('user'), Type.Literal('api_key'), Type.Literal('system')]);

export const AuditEntry = Obj({
  id: IdString,
  at: DateTime,
  actorKind: ActorKind,
  actorId: Nullable(Type.String()),
  actorName: Type.String({ description: 'As recorded: the username the person signed in with' }),
  actorDisplayName: Nullable(Type.String({ description: 'The person’s display name today (users only)' })),
  action: Type.String({ description: 'e.g. user.created, org_unit.updated, auth.login' }),
  object: Type.String(),
  objectId: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Unknown(), {
    description: '`after` (a created record), `changes` ({field: [before, after]}) or `note`',
  }),
});

const Token = Type.String({ minLength: 1, maxLength: 100 });

export const AuditQuery = Obj({
  actorId: Type.Optional(Token),
  actorKind: Type.Optional(ActorKind),
  action: Type.Optional(Token),
  object: Type.Optional(Token),
  objectId: Type.Optional(Token),
  from: Type.Optional(DateTime),
  to: Type.Optional(DateTime),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});
