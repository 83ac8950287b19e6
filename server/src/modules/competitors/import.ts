import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../errors.ts';
import { queueOf } from '../../jobs/queue.ts';
import { audit } from '../../platform/audit/service.ts';
import { markImportFailed } from '../imports/process.ts';
import { type ImportFormat, readHeader, readRows, type SourceRow } from '../imports/read.ts';
import { ErrorReport } from '../imports/report.ts';
import { detectFormat, receiveFile, uploadDir } from '../imports/upload.ts';
import { sharedStringsFirst } from '../imports/xlsx-order.ts';
import * as jobs from '../jobs/service.ts';
import type { CoordinateSystem } from '../leads/normalize.ts';
import { type CheckedRecord, checkRecord, mapCompetitorHeader, rowToInput } from './records.ts';
import { ingest, lockTenant, refresh, rematch, requireManager } from './service.ts';

export const COMPETITOR_IMPORT_QUEUE = 'competitor-import';
export const COMPETITOR_JOB_KIND = 'competitor_import';
const CHUNK_SIZE = 1_000;
const COORD_SYSTEMS = new Set(['wgs84', 'gcj02', 'bd09']);

interface Params {
  format: ImportFormat;
  coordSystem: CoordinateSystem;
  fileName: string;
}

function badField(name: string, message: string) {
  return new DomainError('validation_failed', `${name} ${message}`, {
    errors: [{ path: `/body/${name}`, message }],
  });
}

/** Takes an upload like the lead import does (same checks, same job, same error report). */
export async function startCompetitorImport(
  deps: Deps,
  actor: Parameters<typeof requireManager>[0],
  parts: AsyncIterable<Multipart>,
) {
  requireManager(actor);
  const queue = queueOf(deps);
  if (!queue?.send) throw new DomainError('unavailable', 'Background jobs are not running on this server');
  const dir = await uploadDir(deps.config.dataDir, actor.tenantId);
  let file: { path: string; name: string } | undefined;
  let coordSystem = 'wgs84';
  try {
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          part.file.resume();
          throw badField(part.fieldname, 'is not expected: send one file in the field "file"');
        }
        file = { path: await receiveFile(part as MultipartFile, dir), name: part.filename };
      } else if (part.fieldname === 'coordSystem') coordSystem = String(part.value ?? '') || 'wgs84';
      else throw badField(part.fieldname, 'is not a field of this form');
    }
    if (!file) throw badField('file', 'is missing: send the CSV or XLSX file in the field "file"');
    if (!COORD_SYSTEMS.has(coordSystem)) throw badField('coordSystem', 'must be wgs84, gcj02 or bd09');
    const format = await detectFormat(file.path, file.name);
    const unreadable = (error: unknown): never => {
      const message = `The file cannot be read as ${format.toUpperCase()}: ${error instanceof Error ? error.message : error}`;
      throw new DomainError('validation_failed', message, { errors: [{ path: '/body/file', message }] });
    };
    if (format === 'xlsx') await sharedStringsFirst(file.path).catch(unreadable);
    const header = await readHeader(file.path, format).catch(unreadable);
    if (!header) throw badField('file', 'is empty');
    const { ignored } = mapCompetitorHeader(header);
    const params: Params = {
      format,
      coordSystem: coordSystem as CoordinateSystem,
      fileName: path.basename(file.name).slice(0, 200),
    };
    const upload = file.path;
    const job = await inTenant(deps.db, actor.tenantId, async (trx) => {
      const created = await jobs.createJobInTx(trx, deps, actor, {
        kind: COMPETITOR_JOB_KIND,
        params: { ...params },
      });
      const filePath = path.join(dir, `${created.id}.${format}`);
      await rename(upload, filePath);
      file = { path: filePath, name: file!.name };
      await jobs.setJobPaths(trx, actor.tenantId, created.id, {
        filePath,
        reportPath: path.join(dir, `${created.id}-errors.csv`),
      });
      return created;
    });
    try {
      await queue.send(COMPETITOR_IMPORT_QUEUE, { tenantId: actor.tenantId, jobId: job.id });
    } catch (error) {
      await markImportFailed(deps, { tenantId: actor.tenantId, jobId: job.id }, error);
      throw new DomainError('unavailable', 'The import could not be queued; try again shortly');
    }
    return { jobId: job.id, status: 'queued' as const, ignoredColumns: ignored };
  } catch (error) {
    if (file) await rm(file.path, { force: true });
    throw error;
  }
}

/**
 * Runs (or resumes) a competitor import: chunks of rows, each committed in one transaction with
 * the job's progress and its refused rows in the error report; rows of committed chunks are
 * skipped on a resume. Matching runs per chunk; tags and price gaps once at the end.
 */
export async function processCompetitorImport(
  deps: Deps,
  ref: { tenantId: string; jobId: string },
  options: { chunkSize?: number; afterChunk?: (processed: number) => void | Promise<void> } = {},
): Promise<'done' | 'failed' | 'skipped' | 'taken_over'> {
  const { tenantId, jobId } = ref;
  const job = await inTenant(deps.db, tenantId, (trx) => jobs.findJob(trx, tenantId, jobId));
  if (!job || job.status === 'done' || job.status === 'failed') return 'skipped';
  await inTenant(deps.db, tenantId, (trx) => jobs.markJobRunning(trx, tenantId, jobId, deps.clock.now()));
  const actor = jobs.actorOfJob(tenantId, job);
  const params = job.params as unknown as Params;
  const fail = async (message: string) => {
    await inTenant(deps.db, tenantId, (trx) =>
      jobs.finishJob(trx, tenantId, jobId, { status: 'failed', error: message, at: deps.clock.now() }),
    );
    return 'failed' as const;
  };
  const rows = readRows(job.file_path!, params.format);
  try {
    let header: SourceRow | undefined;
    let fields: ReturnType<typeof mapCompetitorHeader>['fields'];
    try {
      header = (await rows.next()).value as SourceRow | undefined;
      if (!header) return await fail('The file is empty');
      fields = mapCompetitorHeader(header.values).fields;
    } catch (error) {
      return await fail(error instanceof Error ? error.message : String(error));
    }
    const committed = (job.result as { reportBytes?: number }).reportBytes;
    const report = await ErrorReport.open(job.report_path!, header.values, committed);
    let processed = job.processed;
    let seen = 0;
    const size = options.chunkSize ?? CHUNK_SIZE;
    let chunk: { count: number; good: CheckedRecord[]; bad: Array<[number, string, string[]]> } = {
      count: 0,
      good: [],
      bad: [],
    };
    const commit = async () => {
      const from = processed;
      const current = chunk;
      const ok = await inTenant(deps.db, tenantId, async (trx) => {
        const locked = await jobs.lockJob(trx, tenantId, jobId);
        if (locked?.status !== 'running' || locked.processed !== from) return false;
        await lockTenant(trx, tenantId);
        const { storeIds } = await ingest(trx, deps, tenantId, current.good);
        await rematch(trx, deps, tenantId, storeIds);
        for (const [rowNo, error, values] of current.bad) report.add(rowNo, error, values);
        const reportBytes = await report.flush();
        await audit(trx, deps.clock, actor, {
          action: 'competitor.imported',
          object: 'job',
          objectId: jobId,
          note: { stores: storeIds.length, records: current.good.length, refused: current.bad.length },
        });
        return jobs.advanceJob(trx, tenantId, jobId, {
          fromProcessed: from,
          processed: current.count,
          succeeded: current.good.length,
          failed: current.bad.length,
          result: { reportBytes },
        });
      });
      if (!ok) {
        report.discard();
        return false;
      }
      processed += current.count;
      chunk = { count: 0, good: [], bad: [] };
      await options.afterChunk?.(processed);
      return true;
    };
    for (;;) {
      let next: IteratorResult<SourceRow>;
      try {
        next = await rows.next();
      } catch (error) {
        return await fail(
          `The file cannot be read further: ${error instanceof Error ? error.message : error}`,
        );
      }
      if (next.done) break;
      if (seen++ < processed) continue;
      const checked = checkRecord(
        rowToInput(fields, next.value.values),
        params.coordSystem,
        deps.clock.now(),
      );
      chunk.count++;
      if (checked.ok) chunk.good.push(checked.record);
      else chunk.bad.push([next.value.rowNo, checked.error, next.value.values]);
      if (chunk.count === size && !(await commit())) return 'taken_over';
    }
    if (chunk.count > 0 && !(await commit())) return 'taken_over';
    await inTenant(deps.db, tenantId, async (trx) => {
      await lockTenant(trx, tenantId);
      await refresh(trx, deps, actor);
      await jobs.finishJob(trx, tenantId, jobId, {
        status: 'done',
        error: null,
        at: deps.clock.now(),
        total: processed,
      });
      await audit(trx, deps.clock, actor, { action: 'job.finished', object: 'job', objectId: jobId });
    });
    await rm(job.file_path!, { force: true });
    return 'done';
  } finally {
    await rows.return(undefined);
  }
}
