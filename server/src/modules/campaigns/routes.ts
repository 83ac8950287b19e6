import { Type } from '@sinclair/typebox';
import { IdParams, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { presentTask } from '../tasks/routes.ts';
import { Task } from '../tasks/schema.ts';
import { intervene } from './intervene.ts';
import { startLaunch } from './launch-job.ts';
import { campaignProgress, escalationQueue, feedbackOf } from './progress.ts';
import {
  Campaign,
  CampaignInput,
  EscalationsQuery,
  Intervention,
  LaunchResult,
  ListQuery,
  Preview,
  PreviewInput,
  Progress,
  TaskWithNames,
  TemplateDef,
} from './schema.ts';
import * as service from './service.ts';
import { TEMPLATES } from './templates.ts';

export const presentCampaign = (c: service.CampaignRow) => ({
  id: c.id,
  name: c.name,
  target: c.target,
  leadFilter: c.target === 'leads' ? (c.filter as Record<string, unknown>) : null,
  dealFilter: c.target === 'deals' ? (c.filter as Record<string, unknown>) : null,
  templateKey: c.template_key,
  task: { kind: c.task_kind, title: c.task_title, instructions: c.instructions, dueInDays: c.due_in_days },
  status: c.status,
  createdBy: c.created_by,
  createdAt: c.created_at.toISOString(),
  updatedAt: c.updated_at.toISOString(),
  launchedAt: c.launched_at?.toISOString() ?? null,
  matched: c.matched,
});

const presentNamed = (t: Parameters<typeof presentTask>[0] & { assignee_name: string | null }) => ({
  ...presentTask(t),
  assigneeName: t.assignee_name,
});

export async function campaignRoutes(app: App) {
  const tags = ['Campaigns'];

  app.get(
    '/api/v1/campaign-templates',
    {
      schema: {
        tags,
        summary: 'Ready-made campaigns (price disadvantage …) to start one from',
        response: responses({ 200: Type.Object({ items: Type.Array(TemplateDef) }) }),
      },
    },
    async () => ({ items: TEMPLATES }),
  );

  app.get(
    '/api/v1/campaigns',
    {
      schema: {
        tags,
        summary: 'Campaigns, newest first (HQ, administrators, city managers)',
        querystring: ListQuery,
        response: responses({ 200: Page(Campaign) }),
      },
    },
    async (request) => {
      const page = await service.listCampaigns(app.deps, actorOf(request), {
        limit: request.query.limit ?? 50,
        cursor: request.query.cursor,
      });
      return { items: page.items.map(presentCampaign), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/campaigns',
    {
      schema: {
        tags,
        summary:
          'Define a campaign: a filter over leads (as GET /leads) or deals (as GET /deals), and a task template',
        body: CampaignInput,
        response: responses({ 201: Campaign }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentCampaign(await service.createCampaign(app.deps, actorOf(request), request.body))),
  );

  app.post(
    '/api/v1/campaigns/preview',
    {
      schema: {
        tags,
        summary: 'How many merchants a filter reaches, and a sample with who would get each task',
        body: PreviewInput,
        response: responses({ 200: Preview }),
      },
    },
    async (request) => service.preview(app.deps, actorOf(request), request.body),
  );

  app.get(
    '/api/v1/campaigns/:id',
    { schema: { tags, summary: 'One campaign', params: IdParams, response: responses({ 200: Campaign }) } },
    async (request) =>
      presentCampaign(await service.getCampaign(app.deps, actorOf(request), request.params.id)),
  );

  app.put(
    '/api/v1/campaigns/:id',
    {
      schema: {
        tags,
        summary: 'Change a draft campaign (a launched one stays as launched)',
        params: IdParams,
        body: CampaignInput,
        response: responses({ 200: Campaign }),
      },
    },
    async (request) =>
      presentCampaign(
        await service.updateCampaign(app.deps, actorOf(request), request.params.id, request.body),
      ),
  );

  app.post(
    '/api/v1/campaigns/:id/preview',
    {
      schema: {
        tags,
        summary: 'The preview of a saved campaign’s filter',
        params: IdParams,
        response: responses({ 200: Preview }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const campaign = await service.getCampaign(app.deps, actor, request.params.id);
      return service.preview(app.deps, actor, service.storedTarget(campaign));
    },
  );

  app.post(
    '/api/v1/campaigns/:id/launch',
    {
      schema: {
        tags,
        summary:
          'Fan out one task per matching merchant to its keeper; launching again adds only new matches',
        params: IdParams,
        response: responses({ 200: LaunchResult }),
      },
    },
    async (request) => {
      const result = await startLaunch(app.deps, actorOf(request), request.params.id);
      return { ...result, campaign: presentCampaign(result.campaign) };
    },
  );

  app.get(
    '/api/v1/campaigns/:id/progress',
    {
      schema: {
        tags,
        summary: 'A campaign’s tasks per status, by city and by team, with done % and overdue',
        params: IdParams,
        response: responses({ 200: Progress }),
      },
    },
    async (request) => campaignProgress(app.deps, actorOf(request), request.params.id),
  );

  app.get(
    '/api/v1/campaigns/:id/feedback',
    {
      schema: {
        tags,
        summary: 'What the field sent back on a campaign (done, rejected, escalated), latest first',
        params: IdParams,
        querystring: ListQuery,
        response: responses({ 200: Page(TaskWithNames) }),
      },
    },
    async (request) => {
      const page = await feedbackOf(app.deps, actorOf(request), request.params.id, {
        limit: request.query.limit ?? 50,
        cursor: request.query.cursor,
      });
      return { items: page.items.map(presentNamed), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/escalations',
    {
      schema: {
        tags,
        summary: 'HQ’s escalation queue: tasks the field sent up, longest waiting first',
        querystring: EscalationsQuery,
        response: responses({ 200: Page(TaskWithNames) }),
      },
    },
    async (request) => {
      const page = await escalationQueue(app.deps, actorOf(request), {
        campaignId: request.query.campaignId,
        limit: request.query.limit ?? 50,
        cursor: request.query.cursor,
      });
      return { items: page.items.map(presentNamed), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/tasks/:id/intervene',
    {
      schema: {
        tags,
        summary:
          'HQ acts on an escalated task: reprice or take offline the merchant’s deal, or answer; the task is done',
        params: IdParams,
        body: Intervention,
        response: responses({ 200: Task }),
      },
    },
    async (request) =>
      presentTask(await intervene(app.deps, actorOf(request), request.params.id, request.body)),
  );
}
