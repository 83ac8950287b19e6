import { Type } from '@sinclair/typebox';
import { IdParams, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { ApiKey, CreateApiKey, CreatedApiKey, ListApiKeysQuery } from './schema.ts';
import * as service from './service.ts';

const presentApiKey = (key: service.ApiKey) => ({
  id: key.id,
  name: key.name,
  role: key.role,
  createdBy: key.created_by,
  createdAt: key.created_at.toISOString(),
  lastUsedAt: key.last_used_at?.toISOString() ?? null,
  revokedAt: key.revoked_at?.toISOString() ?? null,
});

export async function apiKeyRoutes(app: App) {
  const tags = ['API keys'];

  app.get(
    '/api/v1/api-keys',
    {
      schema: {
        tags,
        summary: 'List the API keys (tenant admin)',
        querystring: ListApiKeysQuery,
        response: responses({ 200: Page(ApiKey) }),
      },
    },
    async (request) => {
      const page = await service.listApiKeys(app.deps, actorOf(request), {
        ...request.query,
        limit: request.query.limit ?? 50,
      });
      return { items: page.items.map(presentApiKey), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/api-keys',
    {
      schema: {
        tags,
        summary: 'Create an API key with a role; the key is shown once (tenant admin)',
        body: CreateApiKey,
        response: responses({ 201: CreatedApiKey }),
      },
    },
    async (request, reply) => {
      const { key, token } = await service.createApiKey(app.deps, actorOf(request), request.body);
      return reply.status(201).send({ apiKey: presentApiKey(key), token });
    },
  );

  app.delete(
    '/api/v1/api-keys/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an API key (tenant admin)',
        params: IdParams,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      await service.revokeApiKey(app.deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
