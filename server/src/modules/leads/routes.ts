import { Type } from '@sinclair/typebox';
import { inTenant } from '../../db/tenant-tx.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { IdParams, OptionalBody, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { Contact } from '../contacts/routes.ts';
import { presentContract } from '../contracts/routes.ts';
import { Contract } from '../contracts/schema.ts';
import { presentDeal } from '../deals/present.ts';
import { Deal } from '../deals/schema.ts';
import { type LeadEvent as LeadEventRow, listEvents } from '../lead-events/service.ts';
import { presentOpportunity } from '../opportunities/routes.ts';
import { Opportunity } from '../opportunities/schema.ts';
import * as pool from '../pool/service.ts';
import { presentVisit } from '../visits/routes.ts';
import { Visit } from '../visits/schema.ts';
import { getVisibleLead, type Scope } from './access.ts';
import { merchantPage } from './merchant-page.ts';
import { presentDuplicate, presentLead } from './present.ts';
import {
  AssignBody,
  CreateLead,
  Duplicate,
  EventsQuery,
  ExtendBody,
  Lead,
  LeadEvent,
  ListLeadsQuery,
  leadFilterInput,
  NearbyLead,
  NearbyQuery,
  ReleaseBody,
  UpdateLead,
} from './schema.ts';
import * as service from './service.ts';

export const presentEvent = (e: LeadEventRow) => ({
  id: e.id,
  at: e.at.toISOString(),
  kind: e.kind,
  actorKind: e.actor_kind,
  actorId: e.actor_id,
  actorName: e.actor_name,
  fromStatus: e.from_status,
  toStatus: e.to_status,
  fromOwner: e.from_owner,
  toOwner: e.to_owner,
  reason: e.reason,
  detail: e.detail,
});

export const Lead360 = Type.Composite(
  [
    Lead,
    Type.Object({
      contacts: Type.Array(Contact),
      visits: Type.Array(Visit, { description: 'The latest 20 visits' }),
      duplicates: Type.Array(Duplicate),
      opportunities: Type.Array(Opportunity),
      contracts: Type.Array(Contract),
      deals: Type.Array(Deal, { description: 'The latest 100 deals' }),
      events: Type.Array(LeadEvent, {
        description: 'The latest 50 events; GET /leads/:id/events has them all',
      }),
    }),
  ],
  { additionalProperties: false },
);

export async function leadRoutes(app: App) {
  const tags = ['Leads'];

  app.post(
    '/api/v1/leads',
    {
      schema: {
        tags,
        summary: 'Create a lead (a store or a brand); it is de-duplicated and enters review or the pool',
        body: CreateLead,
        response: responses({ 201: Lead }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const lead = await service.createLead(app.deps, actor, request.body);
      return reply.status(201).send(presentLead(lead, actor));
    },
  );

  app.get(
    '/api/v1/leads',
    {
      schema: {
        tags,
        summary: 'List leads: scope public|mine|team|all, Chinese substring search q, filters, attr.<key>=',
        querystring: ListLeadsQuery,
        response: responses({ 200: Page(Lead) }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const page = await service.listLeads(app.deps, actor, {
        ...leadFilterInput(request.query as Record<string, unknown>),
        limit: request.query.limit ?? 50,
        cursor: request.query.cursor,
      });
      return { items: page.items.map((lead) => presentLead(lead, actor)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/leads/nearby',
    {
      schema: {
        tags,
        summary: 'The nearest leads within a radius (metres), each with its distance',
        querystring: NearbyQuery,
        response: responses({ 200: Type.Object({ items: Type.Array(NearbyLead) }) }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await service.nearby(app.deps, actor, {
        ...request.query,
        radius: request.query.radius ?? 2000,
        limit: request.query.limit ?? 20,
        scope: (request.query.scope ?? 'all') as Scope,
      });
      return {
        items: rows.map((row) => ({
          ...presentLead(row, actor),
          distanceM: Math.round(row.distance_m * 10) / 10,
        })),
      };
    },
  );

  app.get(
    '/api/v1/leads/:id',
    {
      schema: {
        tags,
        summary:
          'The merchant page (360): the lead, its pool state, contacts, visits, duplicates and history',
        params: IdParams,
        response: responses({ 200: Lead360 }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const view = await merchantPage(app.deps, actor, request.params.id);
      return {
        ...presentLead(view.lead, actor),
        contacts: view.contacts,
        visits: view.visits.map((v) => presentVisit({ ...v, lead_name: view.lead.name })),
        opportunities: view.opportunities.map(presentOpportunity),
        contracts: view.contracts.map(presentContract),
        deals: view.deals.map(presentDeal),
        duplicates: view.duplicates.map(presentDuplicate),
        events: view.events.map(presentEvent),
      };
    },
  );

  app.patch(
    '/api/v1/leads/:id',
    {
      schema: {
        tags,
        summary: 'Change a lead',
        params: IdParams,
        body: UpdateLead,
        response: responses({ 200: Lead }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentLead(await service.updateLead(app.deps, actor, request.params.id, request.body), actor);
    },
  );

  app.post(
    '/api/v1/leads/:id/reveal-phone',
    {
      schema: {
        tags,
        summary: 'Show a masked phone in full (owner chain, reviewers); every reveal is audited',
        params: IdParams,
        response: responses({ 200: Type.Object({ phone: Type.Union([Type.String(), Type.Null()]) }) }),
      },
    },
    async (request) => service.revealPhone(app.deps, actorOf(request), request.params.id),
  );

  app.get(
    '/api/v1/leads/:id/events',
    {
      schema: {
        tags,
        summary: 'The full history of a lead, newest first, with reasons',
        params: IdParams,
        querystring: EventsQuery,
        response: responses({ 200: Page(LeadEvent) }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const limit = request.query.limit ?? 50;
      const [beforeId] = decodeCursor(request.query.cursor, 1) ?? [];
      const rows = await inTenant(app.deps.db, actor.tenantId, async (trx) => {
        await getVisibleLead(trx, app.deps, actor, request.params.id);
        return listEvents(trx, actor.tenantId, request.params.id, { beforeId, limit });
      });
      const page = toPage(rows, limit, (row) => [row.id]);
      return { items: page.items.map(presentEvent), nextCursor: page.nextCursor };
    },
  );

  const poolTags = ['Pool'];
  app.post(
    '/api/v1/leads/:id/claim',
    {
      schema: {
        tags: poolTags,
        summary: 'Claim a public lead into your private pool (cap, daily cap and cool-down apply)',
        params: IdParams,
        response: responses({ 200: Lead }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentLead(await pool.claim(app.deps, actor, request.params.id), actor);
    },
  );

  app.post(
    '/api/v1/leads/:id/release',
    {
      schema: {
        tags: poolTags,
        summary: 'Give a private lead back to the public pool (owner, or their manager with a reason)',
        params: IdParams,
        body: OptionalBody(ReleaseBody),
        response: responses({ 200: Lead }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentLead(await pool.release(app.deps, actor, request.params.id, request.body?.reason), actor);
    },
  );

  app.post(
    '/api/v1/leads/:id/assign',
    {
      schema: {
        tags: poolTags,
        summary: "Put a lead into a team member's private pool (managers; the cap holds unless overridden)",
        params: IdParams,
        body: AssignBody,
        response: responses({ 200: Lead }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentLead(await pool.assign(app.deps, actor, request.params.id, request.body), actor);
    },
  );

  app.post(
    '/api/v1/leads/:id/extend',
    {
      schema: {
        tags: poolTags,
        summary:
          'Push the deadline out by the pool’s extension (owner a limited number of times, or a manager)',
        params: IdParams,
        body: ExtendBody,
        response: responses({ 200: Lead }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentLead(await pool.extend(app.deps, actor, request.params.id, request.body.reason), actor);
    },
  );
}
