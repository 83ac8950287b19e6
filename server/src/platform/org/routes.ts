import { IdParams, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { CreateOrgUnit, ListOrgUnitsQuery, OrgUnit, UpdateOrgUnit } from './schema.ts';
import * as service from './service.ts';

export const presentOrgUnit = (unit: service.OrgUnit) => ({
  id: unit.id,
  parentId: unit.parent_id,
  kind: unit.kind,
  name: unit.name,
  path: unit.path,
  createdAt: unit.created_at.toISOString(),
  updatedAt: unit.updated_at.toISOString(),
});

export async function orgRoutes(app: App) {
  const tags = ['Org units'];

  app.get(
    '/api/v1/org-units',
    {
      schema: {
        tags,
        summary: 'List the org units in your scope, in tree order',
        querystring: ListOrgUnitsQuery,
        response: responses({ 200: Page(OrgUnit) }),
      },
    },
    async (request) => {
      const page = await service.listUnits(app.deps, actorOf(request), {
        ...request.query,
        limit: request.query.limit ?? 1000,
      });
      return { items: page.items.map(presentOrgUnit), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/org-units/:id',
    {
      schema: { tags, summary: 'Read one org unit', params: IdParams, response: responses({ 200: OrgUnit }) },
    },
    async (request) => presentOrgUnit(await service.getUnit(app.deps, actorOf(request), request.params.id)),
  );

  app.post(
    '/api/v1/org-units',
    {
      schema: {
        tags,
        summary: 'Add a region, city or team below a unit (tenant admin)',
        body: CreateOrgUnit,
        response: responses({ 201: OrgUnit }),
      },
    },
    async (request, reply) => {
      const unit = await service.createUnit(app.deps, actorOf(request), request.body);
      return reply.status(201).send(presentOrgUnit(unit));
    },
  );

  app.patch(
    '/api/v1/org-units/:id',
    {
      schema: {
        tags,
        summary: 'Rename, re-kind or move a unit with its subtree (tenant admin)',
        params: IdParams,
        body: UpdateOrgUnit,
        response: responses({ 200: OrgUnit }),
      },
    },
    async (request) =>
      presentOrgUnit(await service.updateUnit(app.deps, actorOf(request), request.params.id, request.body)),
  );
}
