import { Type } from '@sinclair/typebox';
import { IdParams, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { ListSavedViewsQuery, SavedView, SavedViewBody, SavedViewPatch } from './schema.ts';
import * as service from './service.ts';

export const presentView = (view: service.PresentableView, userId: string) => ({
  id: view.id,
  object: view.object,
  name: view.name,
  query: view.query,
  shared: view.shared,
  ownerId: view.owner_id,
  ownerName: view.owner_name,
  mine: view.owner_id === userId,
  createdAt: view.created_at.toISOString(),
  updatedAt: view.updated_at.toISOString(),
});

export async function savedViewRoutes(app: App) {
  const tags = ['Saved views'];

  app.get(
    '/api/v1/saved-views',
    {
      schema: {
        tags,
        summary: 'Your saved views of a list and those others shared with the tenant, by name',
        querystring: ListSavedViewsQuery,
        response: responses({ 200: Type.Object({ items: Type.Array(SavedView) }) }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const views = await service.listViews(app.deps, actor, request.query.object);
      return { items: views.map((v) => presentView(v, actor.id)) };
    },
  );

  app.get(
    '/api/v1/saved-views/:id',
    {
      schema: { tags, summary: 'One saved view', params: IdParams, response: responses({ 200: SavedView }) },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentView(await service.getView(app.deps, actor, request.params.id), actor.id);
    },
  );

  app.post(
    '/api/v1/saved-views',
    {
      schema: {
        tags,
        summary: 'Save a named filter set (a list’s query string); names are unique per person and list',
        body: SavedViewBody,
        response: responses({ 201: SavedView }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      return reply
        .status(201)
        .send(presentView(await service.createView(app.deps, actor, request.body), actor.id));
    },
  );

  app.patch(
    '/api/v1/saved-views/:id',
    {
      schema: {
        tags,
        summary: 'Rename, change or (un)share one of your saved views',
        params: IdParams,
        body: SavedViewPatch,
        response: responses({ 200: SavedView }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentView(
        await service.updateView(app.deps, actor, request.params.id, request.body),
        actor.id,
      );
    },
  );

  app.delete(
    '/api/v1/saved-views/:id',
    {
      schema: {
        tags,
        summary: 'Delete one of your saved views',
        params: IdParams,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      await service.deleteView(app.deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
