import { api, call } from '../api/client.ts';
import { startSession } from '../auth/session.ts';

export interface Credentials {
  tenant: string;
  username: string;
  password: string;
}

/** Signs in and keeps the session; throws an ApiError the form shows as a message. */
export async function signIn(credentials: Credentials) {
  const answer = await call(api.POST('/api/v1/auth/login', { body: credentials }));
  startSession({
    token: answer.accessToken,
    expiresAt: answer.expiresAt,
    tenant: answer.tenant,
    user: {
      id: answer.user.id,
      username: answer.user.username,
      displayName: answer.user.displayName,
      role: answer.user.role,
    },
  });
  return answer;
}

/** Where to go after the login: the page the user was sent away from, if it is one of ours. */
export function safeReturnPath(from: string | null, fallback: string): string {
  if (!from?.startsWith('/') || from.startsWith('//') || from.startsWith('/login')) return fallback;
  return from;
}
