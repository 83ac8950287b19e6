import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TestContext } from './harness.ts';
import { multipartBody } from './multipart.ts';

/** Uploads a file to the import endpoint as the given user. */
export async function upload(
  t: TestContext,
  token: string,
  file: { name: string; content: Buffer | string } | null,
  fields: Record<string, string> = {},
) {
  const { payload, headers } = multipartBody([
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    ...(file ? [{ name: 'file', filename: file.name, content: file.content }] : []),
  ]);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/leads/import',
    headers: { ...headers, authorization: `Bearer ${token}` },
    payload,
  });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}

/** Polls the job until it has finished (the worker runs in this process). */
export async function waitForJob(t: TestContext, token: string, jobId: string, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const reply = await t.request('GET', `/api/v1/jobs/${jobId}`, { token });
    if (reply.status !== 200) throw new Error(`job ${jobId}: ${JSON.stringify(reply.body)}`);
    if (reply.body.status === 'done' || reply.body.status === 'failed') return reply.body;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${reply.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function xlsxOf(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('门店');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook as Excel lays it out: the shared strings after the sheet. */
export async function streamedXlsxOf(rows: unknown[][]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const sheet = workbook.addWorksheet('门店');
  for (const row of rows) sheet.addRow(row).commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** Parses the CSV we write (quoted cells, CRLF) back into rows, for assertions. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
