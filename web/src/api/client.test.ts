import { afterEach, describe, expect, it } from 'vitest';
import { currentSession, endSession, lastEndReason, startSession } from '../auth/session.ts';
import { ApiError, call, sessionMiddleware } from './client.ts';

const options = {} as Parameters<NonNullable<typeof sessionMiddleware.onRequest>>[0]['options'];

function signIn() {
  startSession({
    token: 'secret-token',
    expiresAt: new Date(Date.now() + 60_000).toISOString(),
    tenant: { id: '1', slug: 'demo', name: 'Demo' },
    user: { id: '9', username: 'bd', displayName: 'BD', role: 'bd' },
  });
}

describe('API client', () => {
  afterEach(() => endSession('logout'));

  it('sends the session token', async () => {
    signIn();
    const request = new Request('http://localhost/api/v1/leads');
    const sent = (await sessionMiddleware.onRequest!({
      request,
      options,
      schemaPath: '',
      params: {},
      id: '1',
    })) as Request;
    expect(sent.headers.get('authorization')).toBe('Bearer secret-token');
  });

  it('ends the session when the server refuses the token, but not on a failed login', async () => {
    signIn();
    const login = new Request('http://localhost/api/v1/auth/login', { method: 'POST' });
    const refusedLogin = new Response(null, { status: 401 });
    await sessionMiddleware.onResponse!({
      request: login,
      response: refusedLogin,
      options,
      schemaPath: '',
      params: {},
      id: '1',
    });
    expect(currentSession()).not.toBeNull();

    const request = new Request('http://localhost/api/v1/leads');
    await sessionMiddleware.onResponse!({
      request,
      response: new Response(null, { status: 401 }),
      options,
      schemaPath: '',
      params: {},
      id: '2',
    });
    expect(currentSession()).toBeNull();
    expect(lastEndReason()).toBe('expired');
  });

  it('turns problem documents and network failures into ApiErrors', async () => {
    const refused = call(
      Promise.resolve({
        error: { code: 'pool_cap_reached', detail: 'You hold 200 of 200', status: 409 },
        response: new Response(null, { status: 409 }),
      }),
    );
    await expect(refused).rejects.toMatchObject({ code: 'pool_cap_reached', status: 409 });
    await expect(call(Promise.reject(new TypeError('Failed to fetch')))).rejects.toBeInstanceOf(ApiError);
    await expect(call(Promise.reject(new TypeError('Failed to fetch')))).rejects.toMatchObject({
      code: 'network',
    });
    const bare = call(
      Promise.resolve({ error: 'Bad gateway', response: new Response(null, { status: 502 }) }),
    );
    await expect(bare).rejects.toMatchObject({ code: 'internal', status: 502 });
    expect(
      await call(Promise.resolve({ data: { ok: true }, response: new Response(null, { status: 200 }) })),
    ).toEqual({ ok: true });
  });
});
