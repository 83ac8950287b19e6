import { Type } from '@sinclair/typebox';
import { DateTime, IdString, Obj } from '../../http/schemas.ts';

/** The lists a view can be saved for: the leads table and the pool pages built on it. */
export const VIEW_OBJECTS = ['leads', 'pool_public', 'pool_mine', 'pool_team'] as const;
export const ViewObject = Type.Union(
  VIEW_OBJECTS.map((o) => Type.Literal(o)),
  { description: 'The list the view filters' },
);

const Name = Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' });
const Query = Type.String({
  maxLength: 2000,
  pattern: '^[^?#]*$',
  description: 'The list’s query string without "?", e.g. scope=team&status=private',
});

export const SavedView = Obj({
  id: IdString,
  object: Type.String(),
  name: Type.String(),
  query: Type.String(),
  shared: Type.Boolean({ description: 'Seen by everyone in the tenant' }),
  ownerId: IdString,
  ownerName: Type.String(),
  mine: Type.Boolean({ description: 'Yours: you may change or delete it' }),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const SavedViewBody = Obj({
  object: ViewObject,
  name: Name,
  query: Query,
  shared: Type.Optional(Type.Boolean({ default: false })),
});

export const SavedViewPatch = Obj({
  name: Type.Optional(Name),
  query: Type.Optional(Query),
  shared: Type.Optional(Type.Boolean()),
});

export const ListSavedViewsQuery = Obj({ object: ViewObject });
