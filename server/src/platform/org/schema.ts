import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Nullable, Obj } from '../../http/schemas.ts';

export const OrgKind = Type.Union([
  Type.Literal('hq'),
  Type.Literal('region'),
  Type.Literal('city'),
  Type.Literal('team'),
]);
const Name = Type.String({ minLength: 1, maxLength: 100 });

export const OrgUnit = Obj({
  id: IdString,
  parentId: Nullable(IdString),
  kind: OrgKind,
  name: Type.String(),
  path: Type.String({ description: 'Ids from the root down, e.g. /1/4/9/' }),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const CreateOrgUnit = Obj({
  name: Name,
  kind: Type.Union([Type.Literal('region'), Type.Literal('city'), Type.Literal('team')]),
  parentId: IdString,
});

export const UpdateOrgUnit = Obj({
  name: Type.Optional(Name),
  kind: Type.Optional(OrgKind),
  parentId: Type.Optional(IdString),
});

export const ListOrgUnitsQuery = Obj({
  kind: Type.Optional(OrgKind),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1000 })),
  cursor: Type.Optional(Cursor),
});
