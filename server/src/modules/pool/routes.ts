import { Type } from '@sinclair/typebox';
import { IdParams, OptionalBody, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import type { PoolRow } from './pools-service.ts';
import * as pools from './pools-service.ts';
import { ExpiringLead, ExpiringQuery, MemberLoad, Pool, PoolBody, SweepBody, SweepResult } from './schema.ts';
import { expiring, sweep } from './sweep.ts';
import { teamLoad } from './team-load.ts';

const presentPool = (pool: PoolRow & { orgUnitIds: string[] }) => ({
  id: pool.id,
  name: pool.name,
  orgUnitIds: pool.orgUnitIds,
  rules: pool.rules,
  tagRules: pool.tag_rules,
  rotateToPoolId: pool.rotate_to_pool_id,
  active: pool.active,
  createdAt: pool.created_at.toISOString(),
  updatedAt: pool.updated_at.toISOString(),
});

export async function poolRoutes(app: App) {
  const tags = ['Pool'];

  app.get(
    '/api/v1/pools',
    {
      schema: {
        tags,
        summary: 'The pools (公海) with their scope and rules',
        response: responses({ 200: Type.Object({ items: Type.Array(Pool) }) }),
      },
    },
    async (request) => ({ items: (await pools.listPools(app.deps, actorOf(request))).map(presentPool) }),
  );

  app.get(
    '/api/v1/pools/:id',
    { schema: { tags, summary: 'One pool', params: IdParams, response: responses({ 200: Pool }) } },
    async (request) => presentPool(await pools.getPool(app.deps, actorOf(request), request.params.id)),
  );

  app.post(
    '/api/v1/pools',
    {
      schema: {
        tags,
        summary: 'Create a pool (tenant admin)',
        body: PoolBody,
        response: responses({ 201: Pool }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentPool(await pools.createPool(app.deps, actorOf(request), request.body))),
  );

  app.put(
    '/api/v1/pools/:id',
    {
      schema: {
        tags,
        summary: 'Replace a pool’s scope and rules (tenant admin)',
        params: IdParams,
        body: PoolBody,
        response: responses({ 200: Pool }),
      },
    },
    async (request) =>
      presentPool(await pools.replacePool(app.deps, actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/pool/sweep',
    {
      schema: {
        tags,
        summary:
          'Recycle the private leads past their deadline now, or preview a date with dryRun (tenant admin)',
        body: OptionalBody(SweepBody),
        response: responses({ 200: SweepResult }),
      },
    },
    async (request) => sweep(app.deps, actorOf(request), request.body ?? {}),
  );

  app.get(
    '/api/v1/pool/expiring',
    {
      schema: {
        tags,
        summary: 'Private leads about to fall back to the pool: yours, or your team’s',
        querystring: ExpiringQuery,
        response: responses({ 200: Type.Object({ items: Type.Array(ExpiringLead) }) }),
      },
    },
    async (request) => {
      const rows = await expiring(app.deps, actorOf(request), {
        withinDays: request.query.withinDays ?? 3,
        scope: request.query.scope ?? 'mine',
        limit: request.query.limit ?? 100,
      });
      return {
        items: rows.map((r) => ({
          leadId: r.lead_id,
          name: r.name,
          ownerId: r.owner_id!,
          deadlineAt: r.deadline_at!.toISOString(),
          deadlineReason: r.deadline_reason!,
          poolId: r.pool_id,
        })),
      };
    },
  );

  app.get(
    '/api/v1/pool/team-load',
    {
      schema: {
        tags,
        summary:
          'Each BD and team lead of your subtree: private leads held against their cap, today’s claims against the daily cap (managers)',
        response: responses({ 200: Type.Object({ items: Type.Array(MemberLoad) }) }),
      },
    },
    async (request) => ({ items: await teamLoad(app.deps, actorOf(request)) }),
  );
}
