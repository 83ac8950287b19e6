import { Type } from '@sinclair/typebox';
import { DateTime, IdString, Obj } from '../../http/schemas.ts';

export const FieldObject = Type.Union(
  ['lead', 'opportunity', 'contract', 'deal', 'contact'].map((o) => Type.Literal(o)),
);
export const FieldType = Type.Union(
  ['text', 'number', 'money', 'date', 'bool', 'enum', 'multi_enum', 'phone'].map((t) => Type.Literal(t)),
);
const Label = Type.String({ minLength: 1, maxLength: 60 });
const FieldOption = Obj({
  value: Type.String({ pattern: '^[A-Za-z0-9_.-]{1,40}$' }),
  labelZh: Label,
  labelEn: Label,
});
const Options = Type.Array(FieldOption, { maxItems: 200 });

export const FieldDef = Obj({
  id: IdString,
  object: Type.String(),
  key: Type.String(),
  labelZh: Type.String(),
  labelEn: Type.String(),
  type: Type.String(),
  required: Type.Boolean(),
  options: Type.Array(Obj({ value: Type.String(), labelZh: Type.String(), labelEn: Type.String() })),
  indexed: Type.Boolean(),
  sensitive: Type.Boolean(),
  position: Type.Integer(),
  active: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const ObjectParams = Obj({ object: FieldObject });
export const FieldParams = Obj({ object: FieldObject, id: IdString });

export const CreateField = Obj({
  key: Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9_]{0,39}$' }),
  labelZh: Label,
  labelEn: Label,
  type: FieldType,
  required: Type.Optional(Type.Boolean()),
  options: Type.Optional(Options),
  indexed: Type.Optional(Type.Boolean()),
  sensitive: Type.Optional(Type.Boolean()),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
});

export const UpdateField = Obj({
  labelZh: Type.Optional(Label),
  labelEn: Type.Optional(Label),
  required: Type.Optional(Type.Boolean()),
  options: Type.Optional(Options),
  indexed: Type.Optional(Type.Boolean()),
  sensitive: Type.Optional(Type.Boolean()),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  active: Type.Optional(Type.Boolean({ description: 'false hides the field; stored values are kept' })),
});
