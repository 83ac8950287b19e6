import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { notFound } from '../../errors.ts';
import { FileDownload, IdParams, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { Job } from './schema.ts';
import { getJob, hasErrorReport, type JobRow } from './service.ts';

export const presentJob = (job: JobRow) => ({
  id: job.id,
  kind: job.kind,
  status: job.status,
  total: job.total,
  processed: job.processed,
  succeeded: job.succeeded,
  failed: job.failed,
  createdAt: job.created_at.toISOString(),
  startedAt: job.started_at?.toISOString() ?? null,
  finishedAt: job.finished_at?.toISOString() ?? null,
  error: job.error,
  errorReportUrl: hasErrorReport(job) ? `/api/v1/jobs/${job.id}/errors` : null,
});

export async function jobRoutes(app: App) {
  const tags = ['Jobs'];

  app.get(
    '/api/v1/jobs/:id',
    {
      schema: {
        tags,
        summary: 'A background job (an import): status and progress; its creator and admins see it',
        params: IdParams,
        response: responses({ 200: Job }),
      },
    },
    async (request) => presentJob(await getJob(app.deps, actorOf(request), request.params.id)),
  );

  app.get(
    '/api/v1/jobs/:id/errors',
    {
      schema: {
        tags,
        summary: 'The refused rows of an import as CSV: row number, reason and every original value',
        params: IdParams,
        produces: ['text/csv'],
        response: responses({ 200: FileDownload('CSV with a byte-order mark') }),
      },
    },
    async (request, reply) => {
      const job = await getJob(app.deps, actorOf(request), request.params.id);
      if (!hasErrorReport(job)) throw notFound('Error report');
      // While a job runs, the file may already hold the lines of a chunk not yet committed (and
      // to be redone after a crash): only the committed part is sent.
      const committed = (job.result as { reportBytes?: number }).reportBytes ?? 0;
      const size = await stat(job.report_path!).then(
        (s) => s.size,
        () => null,
      );
      if (size === null || committed === 0) throw notFound('Error report');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-${job.id}-errors.csv"`)
        .send(createReadStream(job.report_path!, { end: Math.min(committed, size) - 1 }));
    },
  );
}
