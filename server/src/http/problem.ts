import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode, errorStatus } from '../errors.ts';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance: string;
  requestId: string;
  [extra: string]: unknown;
}

function problem(
  request: FastifyRequest,
  code: ErrorCode,
  detail: string,
  extra: Record<string, unknown> = {},
) {
  const status = errorStatus[code];
  const body: ProblemBody = {
    type: `urn:groundwork:problem:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
    ...extra,
  };
  return body;
}

interface AjvError {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
}

function validationErrors(error: FastifyError): Array<{ path: string; message: string }> {
  const context = (error as { validationContext?: string }).validationContext ?? 'body';
  return ((error.validation ?? []) as AjvError[]).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
    return { path: `/${context}${e.instancePath}`, message: `${e.message ?? 'is not valid'}${extra}` };
  });
}

/** PostgreSQL error classes that are the caller's fault or a passing outage, not our bug. */
function fromDatabase(error: { code?: string; message: string }): [ErrorCode, string] | undefined {
  switch (error.code) {
    case '23505':
      return ['conflict', 'A record with the same unique value exists'];
    case '23503':
      return ['conflict', 'The record refers to, or is referred to by, another record'];
    case '22001':
    case '22003':
    case '22P02':
    case '22007':
    case '22008':
    case '22021':
      return ['validation_failed', 'A value is out of range or malformed'];
    case '57P01':
    case '57P02':
    case '57P03':
    case '08000':
    case '08003':
    case '08006':
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ETIMEDOUT':
    case 'ECONNABORTED':
    case 'ERR_STREAM_DESTROYED':
    case 'ERR_STREAM_WRITE_AFTER_END':
      return ['unavailable', 'The database is not reachable right now; try again shortly'];
    default:
      // pg's own messages for a connection that broke (the server restarted, the network dropped).
      if (
        /Connection terminated|timeout exceeded when trying to connect|not queryable|timeout expired/i.test(
          error.message,
        )
      ) {
        return ['unavailable', 'The database is not reachable right now; try again shortly'];
      }
      return undefined;
  }
}

/** The one place where errors become HTTP answers: RFC 9457 problem+json with a stable code. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  let body: ProblemBody;
  if (error instanceof DomainError) {
    body = problem(request, error.code, error.message, error.extra);
  } else if (error.validation) {
    const errors = validationErrors(error);
    body = problem(request, 'validation_failed', errors.map((e) => `${e.path} ${e.message}`).join('; '), {
      errors,
    });
  } else if (error.statusCode === 413) {
    body = problem(request, 'payload_too_large', 'The request body is too large');
  } else if (error.statusCode === 415) {
    body = problem(request, 'unsupported_media_type', error.message);
  } else if (error.statusCode === 429) {
    body = problem(request, 'rate_limited', error.message);
  } else if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    body = problem(request, 'validation_failed', error.message);
  } else {
    const mapped = fromDatabase(error as { code?: string; message: string });
    if (mapped) {
      body = problem(request, mapped[0], mapped[1]);
      if (mapped[0] === 'unavailable') request.log.warn({ err: error }, 'database unavailable');
    } else {
      request.log.error({ err: error }, 'unhandled error');
      body = problem(
        request,
        'internal',
        'Something went wrong on our side; the request id helps us find it',
      );
    }
  }
  if (typeof body.retryAfterSeconds === 'number') reply.header('retry-after', String(body.retryAfterSeconds));
  return reply.status(body.status).type('application/problem+json').send(body);
}

/** The router's longest path parameter (Fastify's default maxParamLength). */
const MAX_PATH_SEGMENT = 100;

export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split('?')[0] ?? '';
  // The router gives up on a longer parameter without saying why, and whether it then reports it
  // or falls through to "no route" depends on the other routes beside it: refuse it here, always.
  if (path.split('/').some((segment) => segment.length > MAX_PATH_SEGMENT)) {
    const message = `must be at most ${MAX_PATH_SEGMENT} characters`;
    const body = problem(request, 'validation_failed', `A path segment ${message}`, {
      errors: [{ path: '/params', message }],
    });
    return reply.status(400).type('application/problem+json').send(body);
  }
  const body = problem(request, 'not_found', `No route ${request.method} ${path}`);
  return reply.status(404).type('application/problem+json').send(body);
}
