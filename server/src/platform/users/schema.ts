import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';
import { TENANT_ROLES } from '../roles.ts';

export const TenantRole = Type.Union(
  TENANT_ROLES.map((role) => Type.Literal(role)),
  { description: 'One role per user' },
);
export const Username = Type.String({
  pattern: '^[\\p{L}\\p{N}._-]{1,64}$',
  description: 'Letters, digits, . _ -',
});
export const Password = Type.String({ minLength: 8, maxLength: 128 });
export const Phone = Type.String({ pattern: '^[0-9+()\\- ]{3,32}$' });
const DisplayName = Type.String({ minLength: 1, maxLength: 100 });

export const User = Obj({
  id: IdString,
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String(),
  orgUnitId: IdString,
  phone: Nullable(Type.String()),
  active: Type.Boolean(),
  lastLoginAt: Nullable(DateTime),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const CreateUser = Obj({
  username: Username,
  displayName: DisplayName,
  password: Password,
  role: TenantRole,
  orgUnitId: IdString,
  phone: Type.Optional(Phone),
});

export const UpdateUser = Obj({
  displayName: Type.Optional(DisplayName),
  password: Type.Optional(Password),
  role: Type.Optional(TenantRole),
  orgUnitId: Type.Optional(IdString),
  phone: Type.Optional(Phone),
  active: Type.Optional(Type.Boolean({ description: 'false deactivates the user; users are never deleted' })),
});

export const ListUsersQuery = Obj({
  orgUnitId: Type.Optional(IdString),
  role: Type.Optional(TenantRole),
  active: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});
