import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors.ts';

/**
 * Text PostgreSQL cannot keep as given: a NUL character (its text types refuse it) and a lone
 * UTF-16 surrogate (it has no UTF-8 form, so the driver would store U+FFFD in its place and the
 * text would come back changed; \p{Cs} matches only a surrogate that is not half of a pair).
 * Both are refused at the door, for every route and every part of the request, so that nothing is
 * half-stored, silently altered, or fails as a 500 deep inside.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this refuses
const UNSTORABLE = /\u0000|\p{Cs}/u;

/** Parsed data (JSON, or a query string, whose objects have an unusual prototype); not a buffer or a stream. */
function isPlain(item: object): boolean {
  return !ArrayBuffer.isView(item) && typeof (item as { pipe?: unknown }).pipe !== 'function';
}

function firstUnstorable(value: unknown, base: string): string | undefined {
  const stack: Array<[unknown, string]> = [[value, base]];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      if (UNSTORABLE.test(item)) return path;
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], `${path}/${i}`]);
    } else if (item !== null && typeof item === 'object' && isPlain(item)) {
      for (const [key, v] of Object.entries(item)) {
        if (UNSTORABLE.test(key)) return path;
        stack.push([v, `${path}/${key}`]);
      }
    }
  }
  return undefined;
}

export async function refuseUnstorableText(request: FastifyRequest): Promise<void> {
  for (const [part, value] of [
    ['params', request.params],
    ['querystring', request.query],
    ['body', request.body],
  ] as const) {
    const path = firstUnstorable(value, `/${part}`);
    if (path !== undefined) {
      const message = 'contains a NUL character or a broken UTF-16 surrogate';
      throw new DomainError('validation_failed', `${path} ${message}`, { errors: [{ path, message }] });
    }
  }
}
