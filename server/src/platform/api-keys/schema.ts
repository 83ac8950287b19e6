import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';
import { TenantRole } from '../users/schema.ts';

export const ApiKey = Obj({
  id: IdString,
  name: Type.String(),
  role: Type.String(),
  createdBy: Nullable(IdString),
  createdAt: DateTime,
  lastUsedAt: Nullable(DateTime),
  revokedAt: Nullable(DateTime),
});

export const CreateApiKey = Obj({ name: Type.String({ minLength: 1, maxLength: 100 }), role: TenantRole });

export const CreatedApiKey = Obj({
  apiKey: ApiKey,
  token: Type.String({
    description: 'The key itself. Shown this once; send it as `Authorization: Bearer <token>`',
  }),
});

export const ListApiKeysQuery = Obj({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) });
