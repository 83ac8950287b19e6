import { type TSchema, Type } from '@sinclair/typebox';
import { IdParams, Obj, OptionalBody, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { listDeals } from './center.ts';
import { DEAL_CHECKLIST } from './checklist.ts';
import { presentDeal } from './present.ts';
import type { DealRow } from './repo.ts';
import * as review from './review.ts';
import { salesRoutes } from './sales-routes.ts';
import {
  Approval,
  AuditQueueQuery,
  ChecklistItem,
  CreateDeal,
  Deal,
  DealWithHistory,
  ListDealsQuery,
  Offline,
  Rejection,
  UpdateDeal,
} from './schema.ts';
import * as service from './service.ts';

export async function dealRoutes(app: App) {
  const tags = ['Deals'];
  const action = (
    path: string,
    summary: string,
    body: TSchema,
    run: (actor: ReturnType<typeof actorOf>, id: string, body: never) => Promise<DealRow>,
  ) =>
    app.post(
      `/api/v1/deals/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: IdParams,
          body,
          response: responses({ 200: Deal }),
        },
      },
      async (request) =>
        presentDeal(await run(actorOf(request), request.params.id, (request.body ?? {}) as never)),
    );

  app.post(
    '/api/v1/leads/:id/deals',
    {
      schema: {
        tags,
        summary: 'Draft a deal (上单) for a signed merchant you look after',
        params: IdParams,
        body: CreateDeal,
        response: responses({ 201: Deal }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentDeal(await service.createDeal(app.deps, actorOf(request), request.params.id, request.body)),
        ),
  );

  app.get(
    '/api/v1/deals',
    {
      schema: {
        tags,
        summary: 'The deal center: every deal of the tenant, newest first, searched and filtered',
        querystring: ListDealsQuery,
        response: responses({ 200: Page(Deal) }),
      },
    },
    async (request) => {
      const page = await listDeals(app.deps, actorOf(request), {
        ...request.query,
        status: request.query.status as DealRow['status'] | undefined,
        limit: request.query.limit ?? 50,
      });
      return { items: page.items.map(presentDeal), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/deals/audit-checklist',
    {
      schema: {
        tags,
        summary: 'The reasons a reviewer may give for rejecting a deal',
        response: responses({ 200: Type.Object({ items: Type.Array(ChecklistItem) }) }),
      },
    },
    async () => ({ items: DEAL_CHECKLIST.map((item) => ({ ...item })) }),
  );

  app.get(
    '/api/v1/review/deals',
    {
      schema: {
        tags,
        summary: 'The deal audit queue: deals waiting for audit, the longest waiting first',
        querystring: AuditQueueQuery,
        response: responses({ 200: Page(Deal) }),
      },
    },
    async (request) => {
      const page = await review.auditQueue(app.deps, actorOf(request), {
        ...request.query,
        limit: request.query.limit ?? 50,
      });
      return { items: page.items.map(presentDeal), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/deals/:id',
    {
      schema: {
        tags,
        summary: 'A deal with its history of submissions, audits and status changes',
        params: IdParams,
        response: responses({ 200: DealWithHistory }),
      },
    },
    async (request) => {
      const { deal, history } = await service.getDeal(app.deps, actorOf(request), request.params.id);
      return {
        ...presentDeal(deal),
        history: history.map((h) => ({
          at: h.at.toISOString(),
          action: h.action,
          fromStatus: h.from_status,
          toStatus: h.to_status,
          actorKind: h.actor_kind,
          actorId: h.actor_id,
          actorName: h.actor_name,
          reasons: h.reasons,
          comment: h.comment,
        })),
      };
    },
  );

  app.patch(
    '/api/v1/deals/:id',
    {
      schema: {
        tags,
        summary: 'Revise a draft or a rejected deal (a rejected one goes back to draft)',
        params: IdParams,
        body: UpdateDeal,
        response: responses({ 200: Deal }),
      },
    },
    async (request) =>
      presentDeal(await service.updateDeal(app.deps, actorOf(request), request.params.id, request.body)),
  );

  action(
    'submit',
    'Submit for audit; refused with the checklist codes it fails (deal_not_ready)',
    OptionalBody(Obj({})),
    (actor, id) => service.submitDeal(app.deps, actor, id),
  );
  action(
    'approve',
    'Approve a deal waiting for audit: it goes online (reviewers, HQ)',
    OptionalBody(Approval),
    (actor, id, body: { comment?: string }) => review.approveDeal(app.deps, actor, id, body.comment),
  );
  action(
    'reject',
    'Reject a deal waiting for audit, with reasons from the checklist (reviewers, HQ)',
    Rejection,
    (actor, id, body: { reasons: string[]; comment?: string }) =>
      review.rejectDeal(app.deps, actor, id, body),
  );
  action(
    'offline',
    'Take an online deal offline, with the reason (reviewers, HQ, admins, the city’s operations)',
    Offline,
    (actor, id, body: { reason: string }) => review.takeOffline(app.deps, actor, id, body.reason),
  );

  await app.register(salesRoutes);
}
