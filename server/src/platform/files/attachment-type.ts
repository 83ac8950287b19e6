import { open } from 'node:fs/promises';
import path from 'node:path';

/** What a contract may carry: scans and photos of the signed paper, and office documents. */
export const ATTACHMENT_TYPES = {
  pdf: { contentType: 'application/pdf', extensions: ['.pdf'] },
  png: { contentType: 'image/png', extensions: ['.png'] },
  jpeg: { contentType: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
  webp: { contentType: 'image/webp', extensions: ['.webp'] },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['.xlsx'],
  },
} as const;

export type AttachmentKind = keyof typeof ATTACHMENT_TYPES;

export const ALLOWED_EXTENSIONS = Object.values(ATTACHMENT_TYPES).flatMap((t) => [...t.extensions]);

const startsWith = (head: Buffer, bytes: number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The kind a file's first bytes announce, before looking inside zips. */
function kindOfHead(head: Buffer): AttachmentKind | 'zip' | null {
  if (startsWith(head, ascii('%PDF-'))) return 'pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  return null;
}

async function readRange(filePath: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * An Office Open XML file is a zip whose central directory (at its end, names stored uncompressed)
 * lists `[Content_Types].xml` and the main part: `word/document.xml` or `xl/workbook.xml`. Any
 * other zip (an archive renamed to .docx) is refused.
 */
async function officeKind(filePath: string, size: number): Promise<AttachmentKind | null> {
  const tailLength = Math.min(size, 256 * 1024);
  const tail = (await readRange(filePath, size - tailLength, tailLength)).toString('latin1');
  if (!tail.includes('[Content_Types].xml')) return null;
  if (tail.includes('word/document.xml')) return 'docx';
  if (tail.includes('xl/workbook.xml')) return 'xlsx';
  return null;
}

export type Detection =
  | { ok: true; kind: AttachmentKind; contentType: string }
  | { ok: false; reason: string };

/**
 * The file's type by its content, which must agree with the extension of the name it was sent
 * with: a renamed executable or an HTML page called contract.pdf never gets stored.
 */
export async function detectAttachment(filePath: string, fileName: string, size: number): Promise<Detection> {
  const extension = path.extname(fileName).toLowerCase();
  if (!(ALLOWED_EXTENSIONS as string[]).includes(extension)) {
    return {
      ok: false,
      reason: `Attach a PDF, PNG, JPEG, WebP, DOCX or XLSX file (not "${extension || 'no extension'}")`,
    };
  }
  const head = await readRange(filePath, 0, 16);
  const announced = kindOfHead(head);
  const kind = announced === 'zip' ? await officeKind(filePath, size) : announced;
  if (kind === null) {
    return {
      ok: false,
      reason: `The content of this file is not a ${extension.slice(1).toUpperCase()} file`,
    };
  }
  const type = ATTACHMENT_TYPES[kind];
  if (!(type.extensions as readonly string[]).includes(extension)) {
    return {
      ok: false,
      reason: `The file is named ${extension} but its content is ${kind.toUpperCase()}: rename it or send the right file`,
    };
  }
  return { ok: true, kind, contentType: type.contentType };
}
