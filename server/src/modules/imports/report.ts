import { open, truncate, writeFile } from 'node:fs/promises';
import { csvLine, UTF8_BOM } from './csv.ts';

/**
 * The refused rows of an import: row number, reason and every value as the user entered it.
 * Lines are appended just before their chunk commits, and the committed size is stored with the
 * job's progress; a resumed job first cuts the file back to that size, so the report always
 * matches the committed chunks, however the previous run ended.
 */
export class ErrorReport {
  private lines: string[] = [];

  private constructor(
    private readonly path: string,
    private size: number,
  ) {}

  static async open(
    path: string,
    header: string[],
    committedBytes: number | undefined,
  ): Promise<ErrorReport> {
    if (committedBytes === undefined || committedBytes === 0) {
      const head = UTF8_BOM + csvLine(['行号 row', '错误 error', ...header]);
      await writeFile(path, head, 'utf8');
      return new ErrorReport(path, Buffer.byteLength(head));
    }
    await truncate(path, committedBytes);
    return new ErrorReport(path, committedBytes);
  }

  add(rowNo: number, error: string, values: string[]) {
    this.lines.push(csvLine([rowNo, error, ...values]));
  }

  get pending(): number {
    return this.lines.length;
  }

  /** Writes what was added since the last flush; returns the file's size to commit. */
  async flush(): Promise<number> {
    if (this.lines.length === 0) return this.size;
    const data = Buffer.from(this.lines.join(''), 'utf8');
    const handle = await open(this.path, 'r+');
    try {
      await handle.write(data, 0, data.length, this.size);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    this.size += data.length;
    this.lines = [];
    return this.size;
  }

  /** Forgets lines added but not flushed (their chunk was given up). */
  discard() {
    this.lines = [];
  }
}
