import { ApiError, type Problem } from '../api/client.ts';
import { currentSession, endSession } from '../auth/session.ts';

/** A share of a whole as a whole percent, 0 when the whole is unknown. */
export function percentOf(done: number, total: number | null | undefined): number {
  if (!total || total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((done / total) * 100)));
}

/**
 * Posts a form with the caller's token and reports how much of it has been sent. fetch() cannot
 * tell upload progress in browsers yet, so this uses XMLHttpRequest. Failures come back as the
 * API's problem documents, like every other call.
 */
export function uploadWithProgress<T>(
  path: string,
  form: FormData,
  onProgress: (percent: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    const session = currentSession();
    if (session) request.setRequestHeader('authorization', `Bearer ${session.token}`);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(percentOf(event.loaded, event.total));
    });
    request.addEventListener('load', () => {
      let body: unknown = null;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        body = request.responseText;
      }
      if (request.status >= 200 && request.status < 300) {
        onProgress(100);
        resolve(body as T);
        return;
      }
      if (request.status === 401) endSession('expired');
      const problem = (body && typeof body === 'object' ? body : {}) as Partial<Problem>;
      reject(
        new ApiError({
          ...problem,
          status: request.status,
          code: problem.code ?? 'http_error',
          detail: problem.detail ?? (typeof body === 'string' ? body : undefined),
        }),
      );
    });
    request.addEventListener('error', () =>
      reject(new ApiError({ status: 0, code: 'network', detail: 'The upload did not reach the server' })),
    );
    request.send(form);
  });
}
