import { responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import * as org from '../org/service.ts';
import { permissionsOf } from '../permissions.ts';
import { presentTenant } from '../tenants/routes.ts';
import * as tenants from '../tenants/service.ts';
import { presentUser } from '../users/routes.ts';
import * as users from '../users/service.ts';
import { LoginBody, LoginResult, Me } from './schema.ts';
import * as service from './service.ts';

export async function authRoutes(app: App) {
  const tags = ['Auth'];

  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Sign in with tenant, username and password; returns a bearer token',
        security: [],
        body: LoginBody,
        response: responses({ 200: LoginResult }),
      },
    },
    async (request) => {
      const result = await service.login(app.deps, request.body, { ip: request.ip, requestId: request.id });
      return {
        accessToken: result.accessToken,
        expiresAt: result.expiresAt.toISOString(),
        user: presentUser(result.user),
        tenant: { id: result.tenant.id, slug: result.tenant.slug, name: result.tenant.name },
      };
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      schema: {
        tags,
        summary: 'Who you are: user (or API key role), tenant, permissions, your org unit and its city',
        response: responses({ 200: Me }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const user = actor.kind === 'user' ? presentUser(await users.getUser(app.deps, actor, actor.id)) : null;
      const home = await org.homeOf(app.deps, actor);
      return {
        kind: actor.kind === 'api_key' ? ('api_key' as const) : ('user' as const),
        role: actor.role,
        user,
        tenant: presentTenant(await tenants.currentTenant(app.deps, actor)),
        permissions: permissionsOf(actor),
        orgUnit: home.unit && { id: home.unit.id, name: home.unit.name, kind: home.unit.kind },
        city: home.city && { id: home.city.id, name: home.city.name },
      };
    },
  );
}
