import autocannon from 'autocannon';

export interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: answers are read field by field, as the server's own tests do
  body: any;
}

export async function call(
  base: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<Reply> {
  const response = await fetch(base + path, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: response.status, body };
}

export async function login(
  base: string,
  tenant: string,
  username: string,
  password: string,
): Promise<string> {
  const reply = await call(base, 'POST', '/api/v1/auth/login', { body: { tenant, username, password } });
  if (reply.status !== 200)
    throw new Error(`login ${tenant}/${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.accessToken;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

/**
 * autocannon against the server on the loopback: each request takes the next (path, token) of the
 * list, so every connection walks the same mix the pgbench scripts hold.
 */
export async function loadTest(
  base: string,
  mix: Array<{ path: string; token: string }>,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    // A slow request is a slow figure, not an error; past a minute it is one.
    timeout: 60,
    requests: [
      {
        method: 'GET',
        setupRequest: (request: autocannon.Request) => {
          const item = mix[next++ % mix.length]!;
          return { ...request, path: item.path, headers: { authorization: `Bearer ${item.token}` } };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
