import { type TProperties, type TSchema, Type } from '@sinclair/typebox';

/** Every object the API accepts or returns is closed: unknown properties are an error. */
export const Obj = <T extends TProperties>(properties: T, options: { description?: string } = {}) =>
  Type.Object(properties, { additionalProperties: false, ...options });

export const IdString = Type.String({
  pattern: '^[1-9][0-9]{0,17}$',
  description: 'An id (digits, as a string)',
});
export const IdParams = Obj({ id: IdString });
export const DateTime = Type.String({ format: 'date-time' });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Limit = Type.Integer({ minimum: 1, maximum: 200, default: 50 });
export const Cursor = Type.String({ maxLength: 200, description: 'The nextCursor of the previous page' });

export const Page = <T extends TSchema>(item: T) =>
  Obj({ items: Type.Array(item), nextCursor: Nullable(Type.String()) });

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String({ description: 'Stable machine-readable error code' }),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { additionalProperties: true, description: 'RFC 9457 problem details' },
);

const problemResponse = {
  description: 'Problem',
  content: { 'application/problem+json': { schema: Problem } },
};

/** Response map for a route: its success shapes plus the problem document for errors. */
export function responses<T extends Record<number, TSchema>>(success: T) {
  return {
    ...success,
    '4xx': problemResponse,
    '5xx': problemResponse,
  } as unknown as T & { '4xx': typeof Problem; '5xx': typeof Problem };
}

/** A body a client may leave out (a POST with nothing to say); it then arrives as null. */
export const OptionalBody = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A streamed file answer (CSV, XLSX): described as binary text, sent as a stream. */
export const FileDownload = (description: string) =>
  Type.Unsafe<import('node:stream').Readable>({ type: 'string', format: 'binary', description });
