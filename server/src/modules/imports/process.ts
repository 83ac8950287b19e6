import { rm } from 'node:fs/promises';
import type pg from 'pg';
import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { audit } from '../../platform/audit/service.ts';
import { announce, emitFrom } from '../events/service.ts';
import * as jobs from '../jobs/service.ts';
import { DEDUP_RADIUS_M, duplicateReason } from '../leads/dedup.ts';
import { type ImportContext, loadContext } from './context.ts';
import { inTenantWithCopy } from './copy-tx.ts';
import { countCsvRecords } from './count.ts';
import { type ImportFormat, readRows, type SourceRow } from './read.ts';
import * as repo from './repo.ts';
import { ErrorReport } from './report.ts';
import { checkRow, type StageRow } from './rows.ts';

export const CHUNK_SIZE = 5_000;
/** Candidates looked at per new lead; only a file of rows piled on one point comes near it. */
const CANDIDATES_PER_ROW = 200;

export interface ImportParams {
  format: ImportFormat;
  coordSystem: 'wgs84' | 'gcj02' | 'bd09';
  cityId: string | null;
  fileName: string;
}

interface Chunk {
  firstRow: number;
  lastRow: number;
  count: number;
  good: Array<{ row: StageRow; probe: repo.Probe }>;
  bad: Array<{ rowNo: number; error: string; values: string[] }>;
}

/** The file could not be read further (not a row problem): the job fails, committed chunks stay. */
class FileError extends Error {}

export type Outcome = 'done' | 'failed' | 'skipped' | 'taken_over';

export interface ProcessOptions {
  chunkSize?: number;
  /** Called after each committed chunk, with the number of rows committed so far (tests crash here). */
  afterChunk?: (processed: number) => void | Promise<void>;
  /**
   * Refreshes the planner's statistics of the lead tables (needs the tables' owner). A bulk load
   * outgrows them at once, and with a tenant believed to hold a handful of leads the planner
   * pairs every duplicate probe with a scan of the tenant's whole index: run after the first
   * chunk and whenever the job has doubled its rows since.
   */
  analyze?: () => Promise<void>;
  /** Filled with the milliseconds spent per phase of the chunk writes (for benchmarks). */
  profile?: Record<string, number>;
  /** Aborted on shutdown: the run stops after the chunk in hand and throws, so it is retried. */
  signal?: AbortSignal;
}

export class Interrupted extends Error {
  constructor() {
    super('The import was interrupted by a shutdown; it resumes from its last chunk');
  }
}

/** The queue gave up on a job (its retries are used up): the job says so instead of running forever. */
export async function markImportFailed(deps: Deps, ref: { tenantId: string; jobId: string }, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  await inTenant(deps.db, ref.tenantId, (trx) =>
    jobs.finishJob(trx, ref.tenantId, ref.jobId, {
      status: 'failed',
      error: `The import stopped after several attempts: ${message}`,
      at: deps.clock.now(),
    }),
  );
}

async function* chunksOf(
  rows: AsyncGenerator<SourceRow>,
  ctx: ImportContext,
  skip: number,
  size: number,
): AsyncGenerator<Chunk> {
  let chunk: Chunk | null = null;
  let seen = 0;
  for (;;) {
    let next: IteratorResult<SourceRow>;
    try {
      next = await rows.next();
    } catch (error) {
      throw new FileError(error instanceof Error ? error.message : String(error));
    }
    if (next.done) break;
    // Rows of chunks a previous run committed are read again but not redone.
    if (seen++ < skip) continue;
    const source = next.value;
    chunk ??= { firstRow: source.rowNo, lastRow: source.rowNo, count: 0, good: [], bad: [] };
    chunk.lastRow = source.rowNo;
    chunk.count++;
    const checked = checkRow(ctx.rows, source);
    if (checked.ok) chunk.good.push({ row: checked.row, probe: ctx.probe(checked.row) });
    else chunk.bad.push({ rowNo: source.rowNo, error: checked.error, values: source.values });
    if (chunk.count === size) {
      yield chunk;
      chunk = null;
    }
  }
  if (chunk) yield chunk;
}

/** Which candidate pairs are duplicates by the same rule as a lead created alone (dedup.ts). */
function duplicateLinks(candidates: repo.Candidate[]) {
  const links = [];
  for (const c of candidates) {
    const match = duplicateReason(
      { name: c.name, phone: c.phone, lat: c.lat, lng: c.lng },
      { name: c.candidate_name, phone: c.candidate_phone, lat: c.candidate_lat, lng: c.candidate_lng },
    );
    if (match) {
      links.push({
        leadId: c.lead_id,
        candidateId: c.candidate_id,
        reason: match.reason,
        score: match.score,
        distanceM: match.distanceM,
      });
    }
  }
  return links;
}

/** Adds the milliseconds since the last call to the named phase (for benchmarks). */
function phases(profile: Record<string, number> | undefined) {
  let last = performance.now();
  return (name: string) => {
    if (!profile) return;
    const now = performance.now();
    profile[name] = (profile[name] ?? 0) + (now - last);
    last = now;
  };
}

/** Writes one chunk in one transaction; false when another worker committed this part first. */
async function commitChunk(
  deps: Deps,
  pool: pg.Pool,
  ctx: ImportContext,
  report: ErrorReport,
  from: number,
  chunk: Chunk,
  profile?: Record<string, number>,
): Promise<boolean> {
  const { tenantId, jobId, actor } = ctx;
  const at = deps.clock.now();
  return inTenantWithCopy(pool, tenantId, async (trx, copy) => {
    const locked = await jobs.lockJob(trx, tenantId, jobId);
    if (locked?.status !== 'running' || locked.processed !== from) return false;
    if (chunk.good.length > 0) {
      const time = phases(profile);
      await repo.tuneChunk(trx);
      await repo.createStage(trx);
      await copy(`copy import_stage (${repo.STAGE_COLUMNS}) from stdin`, repo.stageText(chunk.good));
      time('stage');
      await repo.insertStagedLeads(trx, tenantId, {
        kind: ctx.leadKind,
        status: ctx.status,
        createdBy: actor.kind === 'user' ? actor.id : null,
        at,
      });
      time('insert');
      const candidates = await repo.duplicateCandidates(trx, tenantId, DEDUP_RADIUS_M, CANDIDATES_PER_ROW);
      time('candidates');
      const links = duplicateLinks(candidates);
      time('dedupRule');
      await repo.insertDuplicates(trx, tenantId, links);
      await repo.insertCreatedEvents(trx, tenantId, {
        at,
        actorKind: actor.kind,
        actorId: actor.kind === 'system' ? null : actor.id,
        actorName: actor.name,
        status: ctx.status,
        jobId,
      });
      await emitFrom(
        trx,
        deps,
        actor,
        { type: 'lead.created', subjectKind: 'lead' },
        repo.stagedLeadsForFeed(ctx.status),
      );
      time('events');
    }
    for (const bad of chunk.bad) report.add(bad.rowNo, bad.error, bad.values);
    const reportBytes = await report.flush();
    await audit(trx, deps.clock, actor, {
      action: 'lead.imported',
      object: 'job',
      objectId: jobId,
      note: { rows: [chunk.firstRow, chunk.lastRow], created: chunk.good.length, refused: chunk.bad.length },
    });
    return jobs.advanceJob(trx, tenantId, jobId, {
      fromProcessed: from,
      processed: chunk.count,
      succeeded: chunk.good.length,
      failed: chunk.bad.length,
      result: { reportBytes },
    });
  });
}

/**
 * Runs (or resumes) one import: reads the file as a stream, checks rows in chunks and commits
 * each chunk in one transaction with the job's progress. A run that dies leaves whole chunks; the
 * next run skips the rows they hold. Database errors propagate (the queue retries the job); a file
 * that cannot be read further fails the job.
 */
export async function processImport(
  deps: Deps,
  pool: pg.Pool,
  ref: { tenantId: string; jobId: string },
  options: ProcessOptions = {},
): Promise<Outcome> {
  const { tenantId, jobId } = ref;
  const job = await inTenant(deps.db, tenantId, (trx) => jobs.findJob(trx, tenantId, jobId));
  if (!job || job.status === 'done' || job.status === 'failed') return 'skipped';
  await inTenant(deps.db, tenantId, (trx) => jobs.markJobRunning(trx, tenantId, jobId, deps.clock.now()));
  const params = job.params as unknown as ImportParams;
  const fail = async (message: string): Promise<Outcome> => {
    await inTenant(deps.db, tenantId, (trx) =>
      jobs.finishJob(trx, tenantId, jobId, { status: 'failed', error: message, at: deps.clock.now() }),
    );
    return 'failed';
  };

  if (job.total === null && params.format === 'csv') {
    const total = await countCsvRecords(job.file_path!).catch(() => null);
    if (total !== null)
      await inTenant(deps.db, tenantId, (trx) => jobs.setJobTotal(trx, tenantId, jobId, total));
  }
  const rows = readRows(job.file_path!, params.format);
  try {
    let header: SourceRow | undefined;
    try {
      header = (await rows.next()).value as SourceRow | undefined;
    } catch (error) {
      return await fail(`The file cannot be read: ${error instanceof Error ? error.message : error}`);
    }
    if (!header) return await fail('The file is empty');
    let ctx: ImportContext;
    try {
      ctx = await loadContext(deps, tenantId, job, params, header.values);
    } catch (error) {
      return await fail(error instanceof Error ? error.message : String(error));
    }
    const committed = (job.result as { reportBytes?: number }).reportBytes;
    const report = await ErrorReport.open(job.report_path!, header.values, committed);
    let processed = job.processed;
    let analyzeAt = processed + (options.chunkSize ?? CHUNK_SIZE);
    await options.analyze?.();
    const chunks = chunksOf(rows, ctx, processed, options.chunkSize ?? CHUNK_SIZE);
    // The next chunk is read and checked while the current one is written; its failure is
    // handled where it is awaited.
    let next = chunks.next();
    next.catch(() => {});
    try {
      for (;;) {
        const current = await next;
        if (current.done) break;
        next = chunks.next();
        next.catch(() => {});
        if (!(await commitChunk(deps, pool, ctx, report, processed, current.value, options.profile)))
          return 'taken_over';
        processed += current.value.count;
        await announce(deps, tenantId);
        await options.afterChunk?.(processed);
        if (options.analyze && processed >= analyzeAt) {
          await options.analyze();
          analyzeAt = processed * 2;
        }
        if (options.signal?.aborted) throw new Interrupted();
      }
    } catch (error) {
      if (error instanceof FileError) return await fail(`The file cannot be read further: ${error.message}`);
      throw error;
    } finally {
      await chunks.return(undefined);
    }
    await inTenant(deps.db, tenantId, async (trx) => {
      await jobs.finishJob(trx, tenantId, jobId, {
        status: 'done',
        error: null,
        at: deps.clock.now(),
        total: processed,
      });
      await audit(trx, deps.clock, ctx.actor, { action: 'job.finished', object: 'job', objectId: jobId });
    });
    // The rows are in the database now and the refused ones in the report: the upload can go.
    await rm(job.file_path!, { force: true });
    return 'done';
  } finally {
    await rows.return(undefined);
  }
}
