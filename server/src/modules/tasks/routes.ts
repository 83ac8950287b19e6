import { IdParams, OptionalBody, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { Completion, ListTasksQuery, Task } from './schema.ts';
import * as service from './service.ts';

export const presentTask = (t: service.TaskRow & { lead_name?: string | null }) => ({
  id: t.id,
  kind: t.kind,
  title: t.title,
  instructions: t.instructions,
  status: t.status,
  assigneeId: t.assignee_id,
  leadId: t.lead_id,
  leadName: t.lead_name ?? null,
  contractId: t.contract_id,
  campaignId: t.campaign_id,
  dueAt: t.due_at?.toISOString() ?? null,
  feedback: t.feedback,
  createdAt: t.created_at.toISOString(),
  updatedAt: t.updated_at.toISOString(),
  doneAt: t.done_at?.toISOString() ?? null,
});

export async function taskRoutes(app: App) {
  const tags = ['Tasks'];

  app.get(
    '/api/v1/tasks',
    {
      schema: {
        tags,
        summary: 'To-dos, soonest due first: yours (mine=true), or your team’s for managers',
        querystring: ListTasksQuery,
        response: responses({ 200: Page(Task) }),
      },
    },
    async (request) => {
      const page = await service.listTasks(app.deps, actorOf(request), {
        ...request.query,
        status: request.query.status as service.ListTasksQuery['status'],
        limit: request.query.limit ?? 50,
      });
      return { items: page.items.map(presentTask), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/tasks/:id',
    {
      schema: { tags, summary: 'One to-do', params: IdParams, response: responses({ 200: Task }) },
    },
    async (request) => presentTask(await service.getTask(app.deps, actorOf(request), request.params.id)),
  );

  app.post(
    '/api/v1/tasks/:id/start',
    {
      schema: {
        tags,
        summary: 'Start working on an open to-do (the assignee or their manager)',
        params: IdParams,
        response: responses({ 200: Task }),
      },
    },
    async (request) => presentTask(await service.startTask(app.deps, actorOf(request), request.params.id)),
  );

  app.post(
    '/api/v1/tasks/:id/done',
    {
      schema: {
        tags,
        summary: 'Mark a to-do done, with what came of it',
        params: IdParams,
        body: OptionalBody(Completion),
        response: responses({ 200: Task }),
      },
    },
    async (request) =>
      presentTask(
        await service.completeTask(app.deps, actorOf(request), request.params.id, request.body?.feedback),
      ),
  );
}
