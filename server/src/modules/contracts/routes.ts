import { Type } from '@sinclair/typebox';
import { IdParams, OptionalBody, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import {
  Contract,
  ContractWithTrail,
  CreateContract,
  Decision,
  ListContractsQuery,
  PendingApproval,
  Termination,
  UpdateContract,
} from './schema.ts';
import * as service from './service.ts';

export const presentContract = (c: service.ContractRow & { lead_name?: string }) => ({
  id: c.id,
  leadId: c.lead_id,
  ...(c.lead_name !== undefined && { leadName: c.lead_name }),
  opportunityId: c.opportunity_id,
  ownerId: c.owner_id,
  type: c.type,
  status: c.status,
  title: c.title,
  amount: Number(c.amount),
  commissionRate: Number(c.commission_rate),
  startOn: c.start_on,
  endOn: c.end_on,
  terms: c.terms,
  attrs: c.attrs,
  round: c.round,
  currentStep: c.current_step,
  signedAt: c.signed_at?.toISOString() ?? null,
  endedAt: c.ended_at?.toISOString() ?? null,
  endReason: c.end_reason,
  createdAt: c.created_at.toISOString(),
  updatedAt: c.updated_at.toISOString(),
});

export async function contractRoutes(app: App) {
  const tags = ['Contracts'];
  const action = (
    path: string,
    summary: string,
    run: (actor: ReturnType<typeof actorOf>, id: string, body: never) => Promise<service.ContractRow>,
    body = OptionalBody(Decision),
  ) =>
    app.post(
      `/api/v1/contracts/:id/${path}`,
      { schema: { tags, summary, params: IdParams, body, response: responses({ 200: Contract }) } },
      async (request) =>
        presentContract(await run(actorOf(request), request.params.id, (request.body ?? {}) as never)),
    );

  app.post(
    '/api/v1/leads/:id/contracts',
    {
      schema: {
        tags,
        summary: 'Draft a contract for a merchant you own: new, renewal or change',
        params: IdParams,
        body: CreateContract,
        response: responses({ 201: Contract }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentContract(
            await service.createContract(app.deps, actorOf(request), request.params.id, request.body),
          ),
        ),
  );

  app.get(
    '/api/v1/contracts',
    {
      schema: {
        tags,
        summary: 'Contracts of your team, or of one merchant',
        querystring: ListContractsQuery,
        response: responses({ 200: Page(Contract) }),
      },
    },
    async (request) => {
      const page = await service.listContracts(app.deps, actorOf(request), {
        ...request.query,
        limit: request.query.limit ?? 50,
      });
      return { items: page.items.map(presentContract), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/contracts/:id',
    {
      schema: {
        tags,
        summary: 'A contract with its approval trail',
        params: IdParams,
        response: responses({ 200: ContractWithTrail }),
      },
    },
    async (request) => {
      const { contract, approvals } = await service.getContract(
        app.deps,
        actorOf(request),
        request.params.id,
      );
      return {
        ...presentContract(contract),
        approvals: approvals.map((a) => ({
          round: a.round,
          step: a.step,
          role: a.role,
          decision: a.decision,
          decidedBy: a.decided_by,
          decidedByName: a.decided_by_name,
          comment: a.comment,
          decidedAt: a.decided_at?.toISOString() ?? null,
        })),
      };
    },
  );

  app.patch(
    '/api/v1/contracts/:id',
    {
      schema: {
        tags,
        summary: 'Revise a draft or a rejected contract',
        params: IdParams,
        body: UpdateContract,
        response: responses({ 200: Contract }),
      },
    },
    async (request) =>
      presentContract(
        await service.updateContract(app.deps, actorOf(request), request.params.id, request.body),
      ),
  );

  action('submit', 'Submit for approval: the tenant’s chain decides who approves', (actor, id) =>
    service.submitContract(app.deps, actor, id),
  );
  action(
    'approve',
    'Approve the current step (the owner’s manager of the step’s role)',
    (actor, id, body: { comment?: string }) =>
      service.decide(app.deps, actor, id, { decision: 'approved', comment: body.comment }),
  );
  action(
    'reject',
    'Reject at the current step, with a comment; the owner may revise and resubmit',
    (actor, id, body: { comment?: string }) =>
      service.decide(app.deps, actor, id, { decision: 'rejected', comment: body.comment }),
  );
  action('sign', 'Sign an approved contract: the merchant is signed, the opportunity won', (actor, id) =>
    service.signContract(app.deps, actor, id),
  );
  action(
    'terminate',
    'Terminate a signed or active contract (managers), with the reason',
    (actor, id, body: { reason: string }) => service.terminateContract(app.deps, actor, id, body.reason),
    Termination as never,
  );

  app.get(
    '/api/v1/approvals',
    {
      schema: {
        tags,
        summary: 'The approval steps waiting for your decision (mine=pending)',
        querystring: Type.Object(
          { mine: Type.Optional(Type.Literal('pending')) },
          { additionalProperties: false },
        ),
        response: responses({ 200: Type.Object({ items: Type.Array(PendingApproval) }) }),
      },
    },
    async (request) => ({
      items: (await service.myPendingApprovals(app.deps, actorOf(request))).map((s) => ({
        contractId: s.contract_id,
        leadId: s.lead_id,
        leadName: s.lead_name,
        ownerId: s.owner_id,
        title: s.title,
        amount: Number(s.amount),
        commissionRate: Number(s.commission_rate),
        step: s.step,
        role: s.role,
        since: s.created_at.toISOString(),
      })),
    }),
  );
}
