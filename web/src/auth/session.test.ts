import { afterEach, describe, expect, it } from 'vitest';
import {
  currentSession,
  endSession,
  lastEndReason,
  lastTenant,
  type Session,
  startSession,
} from './session.ts';

const session = (expiresInMs: number): Session => ({
  token: 'token',
  expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  tenant: { id: '2', slug: 'hotel-bj', name: '酒店' },
  user: { id: '9', username: 'li', displayName: '李', role: 'bd' },
});

describe('session', () => {
  afterEach(() => {
    endSession('logout');
    localStorage.clear();
  });

  it('is kept in the browser and remembers the tenant for the next login', () => {
    startSession(session(60_000));
    expect(currentSession()?.user.username).toBe('li');
    expect(JSON.parse(localStorage.getItem('groundwork.session')!).token).toBe('token');
    endSession('logout');
    expect(currentSession()).toBeNull();
    expect(lastEndReason()).toBe('logout');
    expect(lastTenant()).toBe('hotel-bj');
  });

  it('ends by itself once the token has expired, saying why', () => {
    startSession(session(-1));
    expect(currentSession()).toBeNull();
    expect(lastEndReason()).toBe('expired');
    expect(localStorage.getItem('groundwork.session')).toBeNull();
  });
});
