import { rm } from 'node:fs/promises';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { DealStatus } from '../../db/schema.ts';
import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { readRows } from '../imports/read.ts';
import { detectFormat, receiveFile, uploadDir } from '../imports/upload.ts';
import { normalizeText } from '../leads/normalize.ts';
import { canRecordDealSales } from './policy.ts';
import * as repo from './repo.ts';

/** Only a deal that has been online has sales to count. */
const SELLING: ReadonlySet<DealStatus> = new Set(['online', 'offline', 'expired']);
/** A file is applied in one transaction: it has to stay small enough for that. */
export const MAX_SALES_ROWS = 50_000;
export const MAX_SALES_FILE_BYTES = 5 * 1024 * 1024;
/** The answer lists this many refused rows at most; `errorCount` says how many there were. */
const LISTED_ERRORS = 500;
const ID = /^[1-9]\d{0,17}$/;
const MAX_COUNT = 2_147_483_647;

interface SalesRow {
  dealId: string;
  salesCount: number;
  /** Where the row came from, for its error: `/body/3` or `/file/row/12`. */
  path: string;
}

type RowError = { path: string; message: string };

function refuse(errors: RowError[], what: string): never {
  throw new DomainError('validation_failed', `${errors.length} ${what} refused; nothing was changed`, {
    errors: errors.slice(0, LISTED_ERRORS),
    errorCount: errors.length,
  });
}

/**
 * Sets the sales counts, all or nothing: a bad row (unknown deal, a deal that never sold, the
 * same deal twice with different counts) refuses the whole batch and says which rows. Setting
 * the same counts again changes nothing, so a batch may be sent again safely.
 */
async function applySales(deps: Deps, actor: Actor, rows: SalesRow[], source: 'api' | 'file') {
  if (!canRecordDealSales(actor)) throw forbidden('Only administrators, HQ and ops managers record sales');
  const errors: RowError[] = [];
  const byDeal = new Map<string, SalesRow>();
  for (const row of rows) {
    const earlier = byDeal.get(row.dealId);
    if (earlier && earlier.salesCount !== row.salesCount)
      errors.push({
        path: row.path,
        message: `deal ${row.dealId} is also in ${earlier.path} with another count`,
      });
    else byDeal.set(row.dealId, row);
  }
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const found = new Map(
      (await repo.lockDeals(trx, actor.tenantId, [...byDeal.keys()])).map((d) => [d.id, d]),
    );
    for (const row of byDeal.values()) {
      const deal = found.get(row.dealId);
      if (!deal) errors.push({ path: row.path, message: `deal ${row.dealId} does not exist` });
      else if (!SELLING.has(deal.status))
        errors.push({
          path: row.path,
          message: `deal ${row.dealId} is ${deal.status}: it has never been online`,
        });
    }
    if (errors.length > 0) refuse(errors, errors.length === 1 ? 'row is' : 'rows are');
    const distinct = [...byDeal.values()];
    const changed = await repo.setSales(
      trx,
      actor.tenantId,
      distinct.map((r) => ({ id: r.dealId, salesCount: r.salesCount })),
      deps.clock.now(),
    );
    const changedSet = new Set(changed);
    await audit(trx, deps.clock, actor, {
      action: 'deal.sales_recorded',
      object: 'deal',
      objectId: null,
      note: {
        source,
        rows: rows.length,
        changed: changed.length,
        // The first changes in full; the count says how many there were.
        deals: distinct
          .filter((r) => changedSet.has(r.dealId))
          .slice(0, 200)
          .map((r) => [r.dealId, found.get(r.dealId)!.sales_count, r.salesCount]),
      },
    });
    return { received: rows.length, updated: changed.length, unchanged: distinct.length - changed.length };
  });
}

export function pushSales(deps: Deps, actor: Actor, body: Array<{ dealId: string; salesCount: number }>) {
  return applySales(
    deps,
    actor,
    body.map((row, i) => ({ ...row, path: `/body/${i}` })),
    'api',
  );
}

const DEAL_ID_HEADERS = new Set(['dealid', 'deal id', 'deal_id', 'id', '团单id', '团购id', '交易id']);
const SALES_HEADERS = new Set([
  'salescount',
  'sales count',
  'sales_count',
  'sales',
  '销量',
  '已售',
  '销售量',
]);

/** The rows of an uploaded CSV or XLSX with the columns dealId and salesCount (Chinese headers too). */
async function readSalesFile(filePath: string, fileName: string): Promise<SalesRow[]> {
  const format = await detectFormat(filePath, fileName);
  const rows = readRows(filePath, format);
  const first = await rows.next();
  const header = first.done ? [] : first.value.values.map((h) => normalizeText(h));
  const idColumn = header.findIndex((h) => DEAL_ID_HEADERS.has(h));
  const countColumn = header.findIndex((h) => SALES_HEADERS.has(h));
  if (idColumn < 0 || countColumn < 0) {
    await rows.return(undefined);
    refuse(
      [{ path: '/body/file', message: 'needs the columns dealId (团单ID) and salesCount (销量)' }],
      'file is',
    );
  }
  const out: SalesRow[] = [];
  const errors: RowError[] = [];
  for await (const { rowNo, values } of rows) {
    if (out.length + errors.length >= MAX_SALES_ROWS)
      refuse([{ path: '/body/file', message: `has more than ${MAX_SALES_ROWS} rows: split it` }], 'file is');
    const path = `/file/row/${rowNo}`;
    const id = (values[idColumn] ?? '').trim();
    const countText = (values[countColumn] ?? '').trim();
    const count = Number(countText);
    if (!ID.test(id)) errors.push({ path, message: `dealId ${JSON.stringify(id)} is not an id` });
    else if (countText === '' || !Number.isInteger(count) || count < 0 || count > MAX_COUNT)
      errors.push({ path, message: `salesCount ${JSON.stringify(countText)} is not a whole number ≥ 0` });
    else out.push({ dealId: id, salesCount: count, path });
  }
  if (errors.length > 0) refuse(errors, errors.length === 1 ? 'row is' : 'rows are');
  if (out.length === 0) refuse([{ path: '/body/file', message: 'has no rows below its header' }], 'file is');
  return out;
}

/** A sales file uploaded in the form field "file", applied at once (no background job). */
export async function importSales(deps: Deps, actor: Actor, parts: AsyncIterable<Multipart>) {
  if (!canRecordDealSales(actor)) throw forbidden('Only administrators, HQ and ops managers record sales');
  const dir = await uploadDir(deps.config.dataDir, actor.tenantId);
  let file: { path: string; name: string } | undefined;
  try {
    for await (const part of parts) {
      if (part.type !== 'file' || part.fieldname !== 'file' || file) {
        if (part.type === 'file') part.file.resume();
        const message = 'is not expected: send one file in the field "file"';
        throw new DomainError('validation_failed', `${part.fieldname} ${message}`, {
          errors: [{ path: `/body/${part.fieldname}`, message }],
        });
      }
      const saved = await receiveFile(part as MultipartFile, dir).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'payload_too_large') {
          throw new DomainError(
            'payload_too_large',
            `A sales file is at most ${MAX_SALES_FILE_BYTES / 1024 / 1024} MB: split it`,
          );
        }
        throw error;
      });
      file = { path: saved, name: part.filename };
    }
    if (!file) {
      const message = 'is missing: send the CSV or XLSX file in the field "file"';
      throw new DomainError('validation_failed', `file ${message}`, {
        errors: [{ path: '/body/file', message }],
      });
    }
    return await applySales(deps, actor, await readSalesFile(file.path, file.name), 'file');
  } finally {
    if (file) await rm(file.path, { force: true });
  }
}
