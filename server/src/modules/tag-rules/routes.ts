import { Type } from '@sinclair/typebox';
import { DateTime, IdParams, IdString, Nullable, Obj, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import type { RuleRow } from './repo.ts';
import * as service from './service.ts';

const Condition = Type.Unknown({
  description:
    'A JSON condition (docs/competitors.md, "Tag rules"): {"all"|"any": [...]}, {"not": …}, ' +
    '{"field": "category"|"cityId"|"kind"|"channel"|"status"|"tags"|"attr.<key>", "op", "value"}, ' +
    '{"metric": "sales"|"visits", "op", "value", "days"}, {"top": "sales", "percent", "per": "city"|"tenant"}',
});
const TagRule = Obj({
  id: IdString,
  tag: Type.String(),
  name: Type.String(),
  condition: Condition,
  active: Type.Boolean(),
  lastRunAt: Nullable(DateTime),
  lastCount: Nullable(Type.Integer()),
  createdAt: DateTime,
  updatedAt: DateTime,
});
const CreateRule = Obj({
  tag: Type.String({ minLength: 1, maxLength: 40 }),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  condition: Condition,
  active: Type.Optional(Type.Boolean()),
});
const UpdateRule = Obj({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  condition: Type.Optional(Condition),
  active: Type.Optional(Type.Boolean()),
});
const RunResult = Obj({
  ruleId: IdString,
  tag: Type.String(),
  count: Type.Integer({ description: 'Leads carrying the tag now' }),
  added: Type.Integer(),
  removed: Type.Integer(),
});

const present = (r: RuleRow) => ({
  id: r.id,
  tag: r.tag,
  name: r.name,
  condition: r.condition,
  active: r.active,
  lastRunAt: r.last_run_at?.toISOString() ?? null,
  lastCount: r.last_count,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export async function tagRuleRoutes(app: App) {
  const tags = ['Tag rules'];
  app.get(
    '/api/v1/tag-rules',
    {
      schema: {
        tags,
        summary: 'The tenant’s tag rules',
        response: responses({ 200: Obj({ items: Type.Array(TagRule) }) }),
      },
    },
    async (request) => ({ items: (await service.listRules(app.deps, actorOf(request))).map(present) }),
  );
  app.post(
    '/api/v1/tag-rules',
    {
      schema: {
        tags,
        summary: 'Create a rule (one per tag); run it to apply',
        body: CreateRule,
        response: responses({ 201: TagRule }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(present(await service.createRule(app.deps, actorOf(request), request.body))),
  );
  app.get(
    '/api/v1/tag-rules/:id',
    { schema: { tags, summary: 'One tag rule', params: IdParams, response: responses({ 200: TagRule }) } },
    async (request) => present(await service.getRule(app.deps, actorOf(request), request.params.id)),
  );
  app.patch(
    '/api/v1/tag-rules/:id',
    {
      schema: {
        tags,
        summary: 'Change a rule’s name, condition or activity',
        params: IdParams,
        body: UpdateRule,
        response: responses({ 200: TagRule }),
      },
    },
    async (request) =>
      present(await service.updateRule(app.deps, actorOf(request), request.params.id, request.body)),
  );
  app.delete(
    '/api/v1/tag-rules/:id',
    {
      schema: {
        tags,
        summary: 'Delete a rule; its tag is taken off every lead',
        params: IdParams,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      await service.deleteRule(app.deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/tag-rules/:id/run',
    {
      schema: {
        tags,
        summary: 'Recompute one rule now: its tag on exactly the leads meeting it',
        params: IdParams,
        response: responses({ 200: RunResult }),
      },
    },
    async (request) => service.recomputeRule(app.deps, actorOf(request), request.params.id),
  );
  app.post(
    '/api/v1/tag-rules/run',
    {
      schema: {
        tags,
        summary: 'Recompute every rule now (the nightly job does the same)',
        response: responses({ 200: Obj({ items: Type.Array(RunResult) }) }),
      },
    },
    async (request) => ({ items: await service.recomputeAllRules(app.deps, actorOf(request)) }),
  );
}
