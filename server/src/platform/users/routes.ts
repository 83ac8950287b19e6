import { IdParams, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { CreateUser, ListUsersQuery, UpdateUser, User } from './schema.ts';
import * as service from './service.ts';

export const presentUser = (user: service.User) => ({
  id: user.id,
  username: user.username,
  displayName: user.display_name,
  role: user.role,
  orgUnitId: user.org_unit_id,
  phone: user.phone,
  active: user.active,
  lastLoginAt: user.last_login_at?.toISOString() ?? null,
  createdAt: user.created_at.toISOString(),
  updatedAt: user.updated_at.toISOString(),
});

export async function userRoutes(app: App) {
  const tags = ['Users'];

  app.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'List the users in your scope',
        querystring: ListUsersQuery,
        response: responses({ 200: Page(User) }),
      },
    },
    async (request) => {
      const page = await service.listUsers(app.deps, actorOf(request), {
        ...request.query,
        limit: request.query.limit ?? 50,
      });
      return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/users/:id',
    { schema: { tags, summary: 'Read one user', params: IdParams, response: responses({ 200: User }) } },
    async (request) => presentUser(await service.getUser(app.deps, actorOf(request), request.params.id)),
  );

  app.post(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'Add a user (tenant admin)',
        body: CreateUser,
        response: responses({ 201: User }),
      },
    },
    async (request, reply) => {
      const user = await service.createUser(app.deps, actorOf(request), request.body);
      return reply.status(201).send(presentUser(user));
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: 'Change or deactivate a user (tenant admin)',
        params: IdParams,
        body: UpdateUser,
        response: responses({ 200: User }),
      },
    },
    async (request) =>
      presentUser(await service.updateUser(app.deps, actorOf(request), request.params.id, request.body)),
  );
}
