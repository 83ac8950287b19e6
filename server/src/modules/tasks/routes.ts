import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import { FileDownload, IdParams, Obj, OptionalBody, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { validatorCompiler } from '../../http/validation.ts';
import * as photos from './photo.ts';
import {
  Completion,
  CreateTask,
  ListTasksQuery,
  ReasonBody,
  ReassignBody,
  Task,
  Todo,
  TodosQuery,
} from './schema.ts';
import * as service from './service.ts';
import { todoCenter } from './todos.ts';

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
  reason: t.reason,
  escalatedAt: t.escalated_at?.toISOString() ?? null,
  resolution: t.resolution,
  resolvedBy: t.resolved_by,
  cityId: t.city_id,
  photoUrl: t.photo_key ? `/api/v1/tasks/${t.id}/photo` : null,
  context: t.context ?? null,
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
    '/api/v1/todos',
    {
      schema: {
        tags,
        summary:
          'Your to-do center: tasks, leads about to fall back to the pool, follow-ups; overdue first, then soonest due',
        querystring: TodosQuery,
        response: responses({ 200: Page(Todo) }),
      },
    },
    async (request) => {
      const page = await todoCenter(app.deps, actorOf(request), {
        limit: request.query.limit ?? 50,
        cursor: request.query.cursor,
      });
      return {
        items: page.items.map((item) => ({ ...item, dueAt: item.dueAt?.toISOString() ?? null })),
        nextCursor: page.nextCursor,
      };
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

  app.post(
    '/api/v1/tasks',
    {
      schema: {
        tags,
        summary: 'Give someone of your team a to-do (managers, HQ), about a merchant or not',
        body: CreateTask,
        response: responses({ 201: Task }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentTask(await service.createTask(app.deps, actorOf(request), request.body))),
  );

  app.post(
    '/api/v1/tasks/:id/reject',
    {
      schema: {
        tags,
        summary: 'Refuse an open to-do, saying why',
        params: IdParams,
        body: ReasonBody,
        response: responses({ 200: Task }),
      },
    },
    async (request) =>
      presentTask(
        await service.rejectTask(app.deps, actorOf(request), request.params.id, request.body.reason),
      ),
  );

  app.post(
    '/api/v1/tasks/:id/escalate',
    {
      schema: {
        tags,
        summary: 'Send a to-do up to HQ’s escalation queue, saying why',
        params: IdParams,
        body: ReasonBody,
        response: responses({ 200: Task }),
      },
    },
    async (request) =>
      presentTask(
        await service.escalateTask(app.deps, actorOf(request), request.params.id, request.body.reason),
      ),
  );

  app.post(
    '/api/v1/tasks/:id/reassign',
    {
      schema: {
        tags,
        summary: 'Give an open to-do to someone else of your team (managers)',
        params: IdParams,
        body: ReassignBody,
        response: responses({ 200: Task }),
      },
    },
    async (request) =>
      presentTask(await service.reassignTask(app.deps, actorOf(request), request.params.id, request.body)),
  );

  await app.register(async (scoped: App) => {
    await scoped.register(multipart, {
      limits: { fileSize: app.deps.config.attachmentMaxBytes, files: 1, fields: 0, parts: 2 },
    });
    scoped.put(
      '/api/v1/tasks/:id/photo',
      {
        schema: {
          tags,
          summary: 'The photo that goes with the feedback (multipart field "file"; PNG, JPEG, WebP)',
          consumes: ['multipart/form-data'],
          params: IdParams,
          body: Obj({ file: Type.String({ format: 'binary' }) }),
          response: responses({ 200: Task }),
        },
        validatorCompiler: (route) => (route.httpPart === 'body' ? () => true : validatorCompiler(route)),
      },
      async (request) => {
        const parts = request.isMultipart() ? () => request.parts() : null;
        return presentTask(await photos.putPhoto(app.deps, actorOf(request), request.params.id, parts));
      },
    );
  });

  app.get(
    '/api/v1/tasks/:id/photo',
    {
      schema: {
        tags,
        summary: 'The feedback photo of a task',
        params: IdParams,
        produces: ['image/png', 'image/jpeg', 'image/webp'],
        response: responses({ 200: FileDownload('The photo as uploaded') }),
      },
    },
    async (request, reply) => {
      const { task, stream } = await photos.openPhoto(app.deps, actorOf(request), request.params.id);
      return reply
        .type(task.photo_type ?? 'application/octet-stream')
        .header('content-length', String(task.photo_bytes))
        .header('x-content-type-options', 'nosniff')
        .send(stream);
    },
  );
}
