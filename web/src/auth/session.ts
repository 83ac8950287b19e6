import { useSyncExternalStore } from 'react';

/** What a sign-in leaves in the browser: enough to call the API and to greet the user. */
export interface Session {
  token: string;
  expiresAt: string;
  tenant: { id: string; slug: string; name: string };
  user: { id: string; username: string; displayName: string; role: string };
}

const SESSION_KEY = 'groundwork.session';
const LAST_TENANT_KEY = 'groundwork.lastTenant';

type Listener = () => void;
const listeners = new Set<Listener>();
let cached: Session | null | undefined;
/** Why the last session ended, so the login page can say "your session expired". */
let endReason: 'expired' | 'logout' | null = null;

function read(): Session | null {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (!session.token || Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

export function currentSession(): Session | null {
  if (cached === undefined) cached = read();
  // A token past its expiry is as good as none; the next screen sends the user to the login.
  if (cached && Date.parse(cached.expiresAt) <= Date.now()) {
    endSession('expired');
    return null;
  }
  return cached;
}

function notify() {
  for (const listener of listeners) listener();
}

export function startSession(session: Session) {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  localStorage.setItem(LAST_TENANT_KEY, session.tenant.slug);
  cached = session;
  endReason = null;
  notify();
}

export function endSession(reason: 'expired' | 'logout') {
  if (cached === null && endReason !== null) return;
  localStorage.removeItem(SESSION_KEY);
  cached = null;
  endReason = reason;
  notify();
}

export function lastEndReason() {
  return endReason;
}

export function lastTenant(): string {
  return localStorage.getItem(LAST_TENANT_KEY) ?? 'demo';
}

function subscribe(listener: Listener) {
  listeners.add(listener);
  // Another tab signing in or out changes this one too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === SESSION_KEY) {
      cached = read();
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, currentSession, () => null);
}
