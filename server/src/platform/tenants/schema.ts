import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Obj } from '../../http/schemas.ts';
import { Password, User, Username } from '../users/schema.ts';
import { TEMPLATE_KEYS } from './templates.ts';

export const Tenant = Obj({
  id: IdString,
  slug: Type.String(),
  name: Type.String(),
  template: Type.String(),
  active: Type.Boolean(),
  settings: Type.Record(Type.String(), Type.Unknown(), {
    description: 'Lead kind, pool rules, stages, custom fields and tags seeded by the template',
  }),
  createdAt: DateTime,
});

export const CreateTenant = Obj({
  slug: Type.String({ pattern: '^[a-z][a-z0-9-]{1,39}$', description: 'Lower-case letters, digits, -' }),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  template: Type.Union(TEMPLATE_KEYS.map((key) => Type.Literal(key))),
  admin: Obj({
    username: Username,
    password: Password,
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  }),
});

export const CreatedTenant = Obj({ tenant: Tenant, admin: User });

export const ListTenantsQuery = Obj({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) });
