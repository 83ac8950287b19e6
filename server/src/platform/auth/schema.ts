import { Type } from '@sinclair/typebox';
import { DateTime, IdString, Nullable, Obj } from '../../http/schemas.ts';
import { Tenant } from '../tenants/schema.ts';
import { User } from '../users/schema.ts';

export const LoginBody = Obj({
  tenant: Type.String({ minLength: 1, maxLength: 40, description: 'The tenant slug, e.g. demo' }),
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 128 }),
});

const TenantSummary = Obj({ id: Type.String(), slug: Type.String(), name: Type.String() });

export const LoginResult = Obj({
  accessToken: Type.String(),
  expiresAt: DateTime,
  user: User,
  tenant: TenantSummary,
});

export const Me = Obj({
  kind: Type.Union([Type.Literal('user'), Type.Literal('api_key')]),
  role: Type.String(),
  user: Type.Union([User, Type.Null()]),
  tenant: Tenant,
  /** What the caller may do, so that screens can hide what the server would refuse. */
  permissions: Type.Array(Type.String()),
  /** The caller's own org unit (null for API keys). */
  orgUnit: Nullable(Obj({ id: IdString, name: Type.String(), kind: Type.String() })),
  /** The city their unit lies in: where a store they create on the street belongs. */
  city: Nullable(Obj({ id: IdString, name: Type.String() })),
});
