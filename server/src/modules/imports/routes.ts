import multipart from '@fastify/multipart';
import { DomainError } from '../../errors.ts';
import { FileDownload, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import type { Scope } from '../leads/access.ts';
import { exportLeads } from './export.ts';
import { ExportQuery, ImportAccepted, ImportForm } from './schema.ts';
import { startImport } from './service.ts';
import { MAX_UPLOAD_BYTES } from './upload.ts';

export async function importRoutes(app: App) {
  const tags = ['Leads'];
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 8 },
  });

  app.post(
    '/api/v1/leads/import',
    {
      schema: {
        tags,
        summary:
          'Bulk import (CSV/XLSX, multipart field "file"): answers 202 with a job; GET /jobs/:id shows progress',
        description:
          'Columns by header, Chinese or English: 名称/name, 电话/phone, 地址/address, 纬度/lat, 经度/lng, ' +
          '城市/city (name or id), 品类/category, 标签/tags (comma-separated), and custom fields as attr.<key> ' +
          'or by their label. Refused rows go to the job’s error report with all their values.',
        consumes: ['multipart/form-data'],
        body: ImportForm,
        response: responses({ 202: ImportAccepted }),
      },
      // The multipart body is read by the handler as a stream; the schema only documents it.
      validatorCompiler: () => () => true,
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!request.isMultipart()) {
        throw new DomainError(
          'unsupported_media_type',
          'Send the file as multipart/form-data in the field "file"',
        );
      }
      return reply.status(202).send(await startImport(app.deps, actor, request.parts()));
    },
  );

  app.get(
    '/api/v1/leads/export',
    {
      schema: {
        tags,
        summary: 'Export the leads of a list query (same filters and visibility) as CSV or XLSX, streamed',
        querystring: ExportQuery,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: responses({ 200: FileDownload('The CSV or XLSX file') }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const query = request.query as Record<string, string>;
      const attrs = Object.fromEntries(
        Object.entries(query)
          .filter(([key]) => key.startsWith('attr.'))
          .map(([key, value]) => [key.slice(5), value]),
      );
      const { format, lang, ...filters } = request.query;
      const result = await exportLeads(app.deps, actor, {
        ...filters,
        scope: (filters.scope ?? 'all') as Scope,
        attrs,
        format: format ?? 'csv',
        lang: lang ?? 'zh',
      });
      return reply
        .type(result.type)
        .header('content-disposition', `attachment; filename="${result.fileName}"`)
        .send(result.stream);
    },
  );
}
