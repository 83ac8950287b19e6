import { DomainError } from '../errors.ts';

/** Cursors are opaque to clients: a base64url-encoded JSON array of the last row's sort keys. */
export function encodeCursor(keys: Array<string | number>): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): string[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(keys) &&
      keys.length === arity &&
      keys.every((k) => typeof k === 'string' || typeof k === 'number')
    ) {
      return keys.map(String);
    }
  } catch {
    // fall through
  }
  throw new DomainError('invalid_cursor', 'The cursor is not one this list gave out');
}

/** Takes `limit + 1` rows, returns a page of `limit` and the cursor of the next one. */
export function toPage<T>(rows: T[], limit: number, keysOf: (row: T) => Array<string | number>) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keysOf(last)) : null };
}
