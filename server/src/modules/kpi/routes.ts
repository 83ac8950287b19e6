import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import { FileDownload, IdParams, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { scoresWorkbook } from './export.ts';
import {
  ExportQuery,
  KpiDefinition,
  KpiDefinitionInput,
  KpiDefinitionPatch,
  Scores,
  ScoresQuery,
} from './schema.ts';
import * as service from './service.ts';

export async function kpiRoutes(app: App) {
  const tags = ['Performance (KPI)'];

  app.get(
    '/api/v1/kpi/definitions',
    {
      schema: {
        tags,
        summary: 'The tenant’s KPI definitions (per role, optionally per unit)',
        response: responses({ 200: Type.Object({ items: Type.Array(KpiDefinition) }) }),
      },
    },
    async (request) => ({ items: await service.listDefinitions(app.deps, actorOf(request)) }),
  );

  app.post(
    '/api/v1/kpi/definitions',
    {
      schema: {
        tags,
        summary: 'Define the KPI of a role (weights add up to 100; tenant admin or HQ)',
        body: KpiDefinitionInput,
        response: responses({ 201: KpiDefinition }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createDefinition(app.deps, actorOf(request), request.body)),
  );

  app.patch(
    '/api/v1/kpi/definitions/:id',
    {
      schema: {
        tags,
        summary: 'Change a KPI definition',
        params: IdParams,
        body: KpiDefinitionPatch,
        response: responses({ 200: KpiDefinition }),
      },
    },
    async (request) => service.updateDefinition(app.deps, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/kpi/definitions/:id',
    {
      schema: {
        tags,
        summary: 'Delete a KPI definition',
        params: IdParams,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      await service.deleteDefinition(app.deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/kpi/scores',
    {
      schema: {
        tags,
        summary: 'Monthly scores of the people of a scope, with ranks in team and city and team averages',
        querystring: ScoresQuery,
        response: responses({ 200: Scores }),
      },
    },
    async (request) => service.scores(app.deps, actorOf(request), request.query),
  );

  app.get(
    '/api/v1/kpi/scores/export',
    {
      schema: {
        tags,
        summary: 'The monthly scores as an XLSX workbook',
        querystring: ExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: responses({ 200: FileDownload('The XLSX file') }),
      },
    },
    async (request, reply) => {
      const { lang, ...query } = request.query;
      const result = await service.scores(app.deps, actorOf(request), query);
      const file = await scoresWorkbook(result, lang ?? 'zh');
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="kpi-${query.month}.xlsx"`)
        .send(Readable.from([file]));
    },
  );
}
