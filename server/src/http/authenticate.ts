import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors.ts';
import { authenticate } from '../platform/auth/service.ts';
import type { App } from './types.ts';

function credentialOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S{1,2048})$/i.exec(header);
    if (!match) throw new DomainError('unauthorized', 'Send the token as "Authorization: Bearer <token>"');
    return match[1];
  }
  const apiKey = request.headers['x-api-key'];
  return typeof apiKey === 'string' && apiKey.length <= 2048 ? apiKey : undefined;
}

/** Every /api/v1 route needs a token or an API key unless it is marked `config: { public: true }`. */
export function registerAuthentication(app: App) {
  app.decorateRequest('actor', undefined);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    if (request.routeOptions.config?.public) return;
    if (request.routeOptions.url === undefined) return; // unknown route: the 404 handler answers
    const credential = credentialOf(request);
    if (!credential) throw new DomainError('unauthorized', 'Sign in first: this route needs a bearer token');
    request.actor = await authenticate(app.deps, credential, { ip: request.ip, requestId: request.id });
  });
}
