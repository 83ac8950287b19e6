import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { queueOf } from '../../jobs/queue.ts';
import * as org from '../../platform/org/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { createJobInTx, setJobPaths } from '../jobs/service.ts';
import { mapHeader } from './columns.ts';
import { leadFields, tenantCities } from './context.ts';
import { canImportLeads } from './policy.ts';
import { type ImportParams, markImportFailed } from './process.ts';
import { readRows } from './read.ts';
import { detectFormat, receiveFile, uploadDir } from './upload.ts';
import { sharedStringsFirst } from './xlsx-order.ts';

const COORD_SYSTEMS = new Set(['wgs84', 'gcj02', 'bd09']);

function badField(name: string, message: string) {
  return new DomainError('validation_failed', `${name} ${message}`, {
    errors: [{ path: `/body/${name}`, message }],
  });
}

const unreadable = (format: string) => (error: unknown) => {
  const message = `The file cannot be read as ${format.toUpperCase()}: ${error instanceof Error ? error.message : error}`;
  throw new DomainError('validation_failed', message, { errors: [{ path: '/body/file', message }] });
};

/** The header and the first data row; a file with nothing below its header is refused. */
async function firstRows(filePath: string, format: ImportParams['format']) {
  const rows = readRows(filePath, format);
  try {
    const header = await rows.next();
    const first = await rows.next();
    return { header: header.done ? null : header.value.values, hasData: !first.done };
  } catch (error) {
    return unreadable(format)(error);
  } finally {
    await rows.return(undefined);
  }
}

/**
 * Takes an upload: streams the file to disk, refuses at once what cannot be imported (type,
 * emptiness, header), then creates the job and queues it. Nothing is left behind by a refusal.
 */
export async function startImport(deps: Deps, actor: Actor, parts: AsyncIterable<Multipart>) {
  if (!canImportLeads(actor))
    throw forbidden('Only administrators, HQ, city managers and reviewers import leads');
  const queue = queueOf(deps);
  if (!queue) throw new DomainError('unavailable', 'Background jobs are not running on this server');
  const dir = await uploadDir(deps.config.dataDir, actor.tenantId);
  let file: { path: string; name: string } | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          part.file.resume();
          throw badField(part.fieldname, 'is not expected: send one file in the field "file"');
        }
        file = { path: await receiveFile(part as MultipartFile, dir), name: part.filename };
      } else {
        if (part.fieldname !== 'coordSystem' && part.fieldname !== 'cityId') {
          throw badField(part.fieldname, 'is not a field of this form');
        }
        fields[part.fieldname] = String(part.value ?? '');
      }
    }
    if (!file) throw badField('file', 'is missing: send the CSV or XLSX file in the field "file"');
    const coordSystem = fields.coordSystem || 'wgs84';
    if (!COORD_SYSTEMS.has(coordSystem)) throw badField('coordSystem', 'must be wgs84, gcj02 or bd09');
    const cityId = fields.cityId || null;
    if (cityId !== null) {
      const cities = await tenantCities(deps, actor.tenantId);
      const territory = await inTenant(deps.db, actor.tenantId, (trx) => org.territoryOf(trx, actor));
      const known = /^[1-9]\d{0,17}$/.test(cityId) && cities.some((c) => c.id === cityId);
      if (!known) throw badField('cityId', 'is not a city of this tenant');
      if (territory && !territory.cityIds.includes(cityId))
        throw badField('cityId', 'is outside your territory');
    }

    const format = await detectFormat(file.path, file.name);
    if (format === 'xlsx') await sharedStringsFirst(file.path).catch(unreadable(format));
    const { header, hasData } = await firstRows(file.path, format);
    if (!header) throw badField('file', 'is empty');
    const { ignored } = mapHeader(header, await leadFields(deps, actor.tenantId));
    if (!hasData) throw badField('file', 'has no rows below its header');

    const params: Omit<ImportParams, 'cityId'> & { cityId: string | null } = {
      format,
      coordSystem: coordSystem as ImportParams['coordSystem'],
      cityId,
      fileName: path.basename(file.name).slice(0, 200),
    };
    const upload = file.path;
    const job = await inTenant(deps.db, actor.tenantId, async (trx) => {
      const created = await createJobInTx(trx, deps, actor, { kind: 'lead_import', params: { ...params } });
      const filePath = path.join(dir, `${created.id}.${format}`);
      await rename(upload, filePath);
      file = { path: filePath, name: file!.name };
      await setJobPaths(trx, actor.tenantId, created.id, {
        filePath,
        reportPath: path.join(dir, `${created.id}-errors.csv`),
      });
      return created;
    });
    try {
      await queue.sendImport({ tenantId: actor.tenantId, jobId: job.id });
    } catch (error) {
      deps.log.error({ err: error, jobId: job.id }, 'an import could not be queued');
      await markImportFailed(deps, { tenantId: actor.tenantId, jobId: job.id }, error);
      throw new DomainError('unavailable', 'The import could not be queued; try again shortly');
    }
    return { jobId: job.id, status: 'queued' as const, ignoredColumns: ignored };
  } catch (error) {
    if (file) await rm(file.path, { force: true });
    throw error;
  }
}
