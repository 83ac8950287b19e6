import { sql } from 'kysely';
import type { JobTable } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant-tx.ts';

const columns = [
  'id',
  'kind',
  'status',
  'created_by',
  'total',
  'processed',
  'succeeded',
  'failed',
  'params',
  'result',
  'error',
  'file_path',
  'report_path',
  'created_at',
  'started_at',
  'finished_at',
] as const;

export type JobStatus = JobTable['status'];

export function insertJob(
  trx: Tx,
  tenantId: string,
  job: {
    kind: string;
    createdBy: string | null;
    params: Record<string, unknown>;
    filePath: string | null;
    reportPath: string | null;
    at: Date;
  },
) {
  return trx
    .insertInto('job')
    .values({
      tenant_id: tenantId,
      kind: job.kind,
      status: 'queued',
      created_by: job.createdBy,
      params: JSON.stringify(job.params),
      result: '{}',
      file_path: job.filePath,
      report_path: job.reportPath,
      created_at: job.at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function findJob(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('job')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export type JobRow = NonNullable<Awaited<ReturnType<typeof findJob>>>;

export async function setPaths(
  trx: Tx,
  tenantId: string,
  id: string,
  paths: { filePath: string; reportPath: string },
) {
  await trx
    .updateTable('job')
    .set({ file_path: paths.filePath, report_path: paths.reportPath })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function markRunning(trx: Tx, tenantId: string, id: string, at: Date) {
  await trx
    .updateTable('job')
    .set({ status: 'running', started_at: sql<Date>`coalesce(started_at, ${at})` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .execute();
}

/** Holds the job row for the rest of the transaction: one chunk of one job commits at a time. */
export function lockJob(trx: Tx, tenantId: string, id: string) {
  return trx
    .selectFrom('job')
    .select(['status', 'processed'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * Moves the progress on by one chunk, only if nobody else did since `fromProcessed` was read: a
 * second worker on the same job (a retry while the first still runs) then rolls its chunk back.
 */
export async function advance(
  trx: Tx,
  tenantId: string,
  id: string,
  step: { fromProcessed: number; processed: number; succeeded: number; failed: number; result: object },
): Promise<boolean> {
  const updated = await trx
    .updateTable('job')
    .set({
      processed: sql<number>`processed + ${step.processed}`,
      succeeded: sql<number>`succeeded + ${step.succeeded}`,
      failed: sql<number>`failed + ${step.failed}`,
      result: sql<string>`result || ${JSON.stringify(step.result)}::jsonb`,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('processed', '=', step.fromProcessed)
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}

export async function finish(
  trx: Tx,
  tenantId: string,
  id: string,
  end: { status: 'done' | 'failed'; error: string | null; at: Date; total?: number; result?: object },
) {
  await trx
    .updateTable('job')
    .set({
      status: end.status,
      error: end.error,
      finished_at: end.at,
      ...(end.total !== undefined && { total: end.total }),
      ...(end.result !== undefined && {
        result: sql<string>`result || ${JSON.stringify(end.result)}::jsonb`,
      }),
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function setTotal(trx: Tx, tenantId: string, id: string, total: number) {
  await trx
    .updateTable('job')
    .set({ total })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}
