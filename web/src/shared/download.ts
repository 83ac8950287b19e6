import { ApiError, type Problem } from '../api/client.ts';
import { currentSession, endSession } from '../auth/session.ts';

/**
 * Downloads a file answer of the API (export, error report) with the caller's token: a plain link
 * cannot send the Authorization header. Failures come back as the API's problem documents.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const session = currentSession();
  let response: Response;
  try {
    response = await fetch(path, { headers: session ? { authorization: `Bearer ${session.token}` } : {} });
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'network', detail: String(cause) });
  }
  if (!response.ok) {
    if (response.status === 401) endSession('expired');
    const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
    throw new ApiError({ ...problem, status: response.status, code: problem.code ?? 'http_error' });
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = disposition.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  const plain = disposition.match(/filename="?([^";]+)"?/i)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An object URL of an authorised file answer (a task's photo), to show it in an <img>. */
export async function objectUrlOf(path: string): Promise<string> {
  const session = currentSession();
  const response = await fetch(path, {
    headers: session ? { authorization: `Bearer ${session.token}` } : {},
  });
  if (!response.ok) throw new ApiError({ status: response.status, code: 'http_error' });
  return URL.createObjectURL(await response.blob());
}
