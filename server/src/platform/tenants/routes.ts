import { Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { presentUser } from '../users/routes.ts';
import { CreatedTenant, CreateTenant, ListTenantsQuery, Tenant } from './schema.ts';
import * as service from './service.ts';

export const presentTenant = (tenant: service.Tenant) => ({
  id: tenant.id,
  slug: tenant.slug,
  name: tenant.name,
  template: tenant.template,
  active: tenant.active,
  settings: tenant.settings,
  createdAt: tenant.created_at.toISOString(),
});

export async function tenantRoutes(app: App) {
  app.post(
    '/api/v1/platform/tenants',
    {
      schema: {
        tags: ['Platform'],
        summary: 'Create a tenant from a template, with its HQ unit and first administrator',
        body: CreateTenant,
        response: responses({ 201: CreatedTenant }),
      },
    },
    async (request, reply) => {
      const { tenant, admin } = await service.createTenant(app.deps, actorOf(request), request.body);
      return reply.status(201).send({ tenant: presentTenant(tenant), admin: presentUser(admin) });
    },
  );

  app.get(
    '/api/v1/platform/tenants',
    {
      schema: {
        tags: ['Platform'],
        summary: 'List the tenants (platform administrator)',
        querystring: ListTenantsQuery,
        response: responses({ 200: Page(Tenant) }),
      },
    },
    async (request) => {
      const page = await service.listTenants(app.deps, actorOf(request), {
        ...request.query,
        limit: request.query.limit ?? 50,
      });
      return { items: page.items.map(presentTenant), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/tenant',
    {
      schema: {
        tags: ['Tenant'],
        summary: 'Your tenant and its settings',
        response: responses({ 200: Tenant }),
      },
    },
    async (request) => presentTenant(await service.currentTenant(app.deps, actorOf(request))),
  );
}
