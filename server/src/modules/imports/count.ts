import { createReadStream } from 'node:fs';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * The number of data records of a CSV file, for the job's progress, counted on the raw bytes
 * (fast, nothing kept): line ends outside quotes, blank lines not counted, the header not either.
 * Byte-wise is safe for UTF-8 and GBK alike: neither uses 0x22 or 0x0A inside a character.
 */
export async function countCsvRecords(path: string): Promise<number> {
  let records = 0;
  let quoted = false;
  let content = false;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === QUOTE) {
        quoted = !quoted;
        content = true;
      } else if (byte === LF && !quoted) {
        if (content) records++;
        content = false;
      } else if (byte !== CR && byte !== SPACE && byte !== TAB) {
        content = true;
      }
    }
  }
  if (content) records++;
  return Math.max(records - 1, 0);
}
