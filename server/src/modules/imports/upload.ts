import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import { DomainError } from '../../errors.ts';
import type { ImportFormat } from './read.ts';

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

function refuse(message: string, code: 'validation_failed' | 'unsupported_media_type' = 'validation_failed') {
  return new DomainError(code, message, { errors: [{ path: '/body/file', message }] });
}

/** Where a tenant's uploads and reports live: `<GROUNDWORK_DATA>/uploads/<tenant>/`. */
export async function uploadDir(dataDir: string, tenantId: string): Promise<string> {
  const dir = path.join(dataDir, 'uploads', tenantId);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Streams the uploaded file to disk under a random name; refuses one over the size limit. */
export async function receiveFile(file: MultipartFile, dir: string): Promise<string> {
  const target = path.join(dir, `upload-${randomBytes(8).toString('hex')}.part`);
  try {
    await pipeline(file.file, createWriteStream(target));
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
  if (file.file.truncated) {
    await rm(target, { force: true });
    throw new DomainError(
      'payload_too_large',
      `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
    );
  }
  return target;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * The format by the file's name AND its first bytes, which must agree: an XLSX is a zip, a CSV is
 * text (no zip, no NUL bytes, which is also how a UTF-16 "Unicode text" file shows itself).
 */
export async function detectFormat(filePath: string, fileName: string): Promise<ImportFormat> {
  const ext = path.extname(fileName).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') {
    throw refuse('Upload a .csv or .xlsx file', 'unsupported_media_type');
  }
  const handle = await open(filePath, 'r');
  let head: Buffer;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const text = head.toString('utf8').replace(/^\ufeff/, '');
  if (head.length === 0 || text.trim() === '') throw refuse('The file is empty');
  const zip = head.subarray(0, 4).equals(ZIP);
  if (ext === '.xlsx') {
    if (!zip)
      throw refuse('This is not an XLSX workbook (an .xlsx file is a zip archive)', 'unsupported_media_type');
    return 'xlsx';
  }
  if (zip) throw refuse('This .csv file is a zip archive (an XLSX workbook?)', 'unsupported_media_type');
  if (head.includes(0)) {
    throw refuse('This is not a text CSV; save it as "CSV UTF-8 (逗号分隔)"', 'unsupported_media_type');
  }
  return 'csv';
}
