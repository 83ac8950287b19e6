import { Type } from '@sinclair/typebox';
import { DateTime, IdParams, Nullable, Obj, OptionalBody, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { contractHistory, runLifecycleByHand } from './lifecycle.ts';

const ContractEvent = Obj({
  at: DateTime,
  fromStatus: Nullable(Type.String()),
  toStatus: Type.String(),
  actorKind: Type.String({ description: 'user, api_key or system (the lifecycle job)' }),
  actorId: Nullable(Type.String()),
  actorName: Type.String(),
  note: Nullable(Type.String()),
});

const LifecycleRun = Obj({
  asOf: DateTime,
  day: Type.String({ format: 'date', description: 'The tenant’s calendar day the run went by' }),
  activated: Type.Integer(),
  expired: Type.Integer(),
});

export async function contractLifecycleRoutes(app: App) {
  const tags = ['Contracts'];

  app.get(
    '/api/v1/contracts/:id/history',
    {
      schema: {
        tags,
        summary: 'Every status change of a contract, oldest first (people, and the lifecycle job)',
        params: IdParams,
        response: responses({ 200: Obj({ items: Type.Array(ContractEvent) }) }),
      },
    },
    async (request) => ({
      items: (await contractHistory(app.deps, actorOf(request), request.params.id)).map((e) => ({
        at: e.at.toISOString(),
        fromStatus: e.from_status,
        toStatus: e.to_status,
        actorKind: e.actor_kind,
        actorId: e.actor_id,
        actorName: e.actor_name,
        note: e.note,
      })),
    }),
  );

  app.post(
    '/api/v1/contracts/lifecycle',
    {
      schema: {
        tags,
        summary:
          'Run the contract lifecycle now (tenant admin): signed → active on start_on, active → expired after end_on',
        description:
          'The same work the hourly job does. asOf (not in the future) picks the calendar day; running twice changes nothing.',
        body: OptionalBody(Obj({ asOf: Type.Optional(DateTime) })),
        response: responses({ 200: LifecycleRun }),
      },
    },
    async (request) => runLifecycleByHand(app.deps, actorOf(request), request.body ?? {}),
  );
}
