import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export type ImportFormat = 'csv' | 'xlsx';

/** One record of the file as text, with the row number a spreadsheet would show for it. */
export interface SourceRow {
  rowNo: number;
  values: string[];
}

/** Bigger records are refused: a stray quote must not make the parser swallow the file. */
const MAX_RECORD_BYTES = 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;

export interface CsvDialect {
  encoding: 'utf-8' | 'gb18030';
  delimiter: ',' | '\t' | ';';
}

function isUtf8(bytes: Buffer): boolean {
  // A multi-byte character may be cut at the end of the sample; drop up to three trailing bytes.
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      // try a shorter sample
    }
  }
  return bytes.length === 0;
}

/**
 * UTF-8 (with or without BOM) unless the first 64 KB are not valid UTF-8: then GB18030, the
 * superset of GBK that Chinese Excel writes when it saves "CSV (逗号分隔)". The delimiter is what the
 * header line uses most: Excel in some locales writes semicolons, "Unicode text" uses tabs.
 */
export async function sniffCsv(path: string): Promise<CsvDialect> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    const sample = buffer.subarray(0, bytesRead);
    const encoding = isUtf8(sample) ? 'utf-8' : 'gb18030';
    const text = new TextDecoder(encoding).decode(sample);
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const counts = ([',', '\t', ';'] as const).map((d) => [d, firstLine.split(d).length] as const);
    const delimiter = counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
    return { encoding, delimiter };
  } finally {
    await handle.close();
  }
}

function decoder(encoding: CsvDialect['encoding']) {
  const text = new TextDecoder(encoding, { ignoreBOM: false });
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, text.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, text.decode());
    },
  });
}

async function* readCsv(path: string): AsyncGenerator<SourceRow> {
  const dialect = await sniffCsv(path);
  const parser = parse({
    delimiter: dialect.delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    info: true,
  });
  const source = createReadStream(path).pipe(decoder(dialect.encoding)).pipe(parser);
  for await (const { record, info } of source as AsyncIterable<{
    record: string[];
    info: { records: number; empty_lines: number };
  }>) {
    // Excel shows blank lines as rows too, so they count for the row number.
    yield { rowNo: info.records + info.empty_lines, values: record };
  }
}

function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A cell as the text a person sees in it. */
export function cellToText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || result === null || typeof result === 'object'
      ? result instanceof Date
        ? dateText(result)
        : ''
      : String(result);
  }
  if ('hyperlink' in value) return String(value.text ?? value.hyperlink);
  if ('error' in value) return String(value.error);
  return '';
}

async function* readXlsx(path: string): AsyncGenerator<SourceRow> {
  // Shared strings are cached: the format keeps them in one table the rows point into.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const sheet of workbook) {
    for await (const row of sheet) {
      const cells = row.values as ExcelJS.CellValue[];
      const values: string[] = [];
      for (let i = 1; i < cells.length; i++) values.push(cellToText(cells[i]));
      while (values.length > 0 && values[values.length - 1] === '') values.pop();
      if (values.length === 0) continue;
      yield { rowNo: row.number, values };
    }
    return; // the first sheet only
  }
}

/** The records of an import file, header first, streamed: never the whole file in memory. */
export function readRows(path: string, format: ImportFormat): AsyncGenerator<SourceRow> {
  return format === 'csv' ? readCsv(path) : readXlsx(path);
}

/** The header row, or null for a file without one. Reads no further than needed. */
export async function readHeader(path: string, format: ImportFormat): Promise<string[] | null> {
  const rows = readRows(path, format);
  try {
    const first = await rows.next();
    return first.done ? null : first.value.values;
  } finally {
    await rows.return(undefined);
  }
}
