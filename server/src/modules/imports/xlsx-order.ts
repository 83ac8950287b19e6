import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import archiver from 'archiver';
import unzipper from 'unzipper';

const isSheet = (name: string) => name.startsWith('xl/worksheets/');

/**
 * Puts a workbook's shared strings (and every other small part) before its sheets, in place.
 * Excel and exceljs both write xl/sharedStrings.xml after the sheets, and a streaming reader that
 * meets a sheet before the strings it points to has to keep the whole sheet in memory (671 MB of
 * RSS for 100,000 rows). Entries are copied one at a time, so this stays small whatever the size.
 */
export async function sharedStringsFirst(path: string): Promise<void> {
  const directory = await unzipper.Open.file(path);
  const files = directory.files.filter((f) => f.type === 'File');
  const strings = files.findIndex((f) => f.path === 'xl/sharedStrings.xml');
  const firstSheet = files.findIndex((f) => isSheet(f.path));
  if (strings < 0 || firstSheet < 0 || strings < firstSheet) return;
  const ordered = `${path}.ordered`;
  try {
    const zip = archiver('zip', { zlib: { level: 1 } });
    const written = pipeline(zip, createWriteStream(ordered));
    for (const file of [...files].sort((a, b) => Number(isSheet(a.path)) - Number(isSheet(b.path)))) {
      zip.append(file.stream(), { name: file.path });
    }
    await zip.finalize();
    await written;
    await rename(ordered, path);
  } finally {
    await rm(ordered, { force: true });
  }
}
