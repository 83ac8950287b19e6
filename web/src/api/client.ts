import createClient, { type Middleware } from 'openapi-fetch';
import { currentSession, endSession } from '../auth/session.ts';
import type { paths } from './schema';

/** An RFC 9457 problem document as the server sends it, or what we make of a failure without one. */
export interface Problem {
  status: number;
  code: string;
  title?: string;
  detail?: string;
  errors?: { path: string; message: string }[];
  retryAfterSeconds?: number;
}

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.code);
    this.problem = problem;
  }
  get code() {
    return this.problem.code;
  }
  get status() {
    return this.problem.status;
  }
}

function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object' && 'code' in body && typeof body.code === 'string') {
    return { ...(body as Partial<Problem>), status, code: body.code };
  }
  return {
    status,
    code: status >= 500 ? 'internal' : 'http_error',
    detail: typeof body === 'string' ? body : undefined,
  };
}

export const api = createClient<paths>({ baseUrl: '' });

/** Adds the session's token to every call; a refused token ends the session. */
export const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    const session = currentSession();
    if (session && !request.headers.has('authorization')) {
      request.headers.set('authorization', `Bearer ${session.token}`);
    }
    return request;
  },
  onResponse({ request, response }) {
    // A refused token (expired, signed out elsewhere, secret rotated) ends the session; the
    // screens then send the user to the login page, remembering where they were.
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/auth/login')) {
      endSession('expired');
    }
    return response;
  },
};

api.use(sessionMiddleware);

/** Unwraps an openapi-fetch answer: the data, or an ApiError carrying the problem document. */
export async function call<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<NonNullable<T>> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'network', detail: String(cause) });
  }
  if (!result.response.ok || result.error !== undefined) {
    throw new ApiError(toProblem(result.response.status, result.error));
  }
  return result.data as NonNullable<T>;
}
