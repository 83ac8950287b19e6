import { createHash } from 'node:crypto';
import { DomainError } from '../errors.ts';
import type { IdempotencyRef } from '../platform/idempotency/repo.ts';
import { begin, finish } from '../platform/idempotency/service.ts';
import type { App } from './types.ts';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: IdempotencyRef | undefined;
  }
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * `Idempotency-Key` on a POST: the first request runs, a retry with the same key and body gets the
 * same answer replayed (header `Idempotent-Replayed: true`) instead of creating a second record.
 */
export function registerIdempotency(app: App) {
  app.decorateRequest('idempotency', undefined);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined || !request.actor) return;
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw new DomainError('validation_failed', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
    }
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    const outcome = await begin(app.deps, request.actor, key, requestHash);
    switch (outcome.kind) {
      case 'proceed':
        request.idempotency = outcome.ref;
        return;
      case 'replay':
        return reply
          .status(outcome.status)
          .header('idempotent-replayed', 'true')
          .type('application/json; charset=utf-8')
          .serializer((payload) => payload as string)
          .send(outcome.response);
      case 'mismatch':
        throw new DomainError(
          'idempotency_key_reused',
          'This Idempotency-Key was used for a different request',
        );
      case 'in_progress':
        throw new DomainError(
          'idempotency_in_progress',
          'A request with this Idempotency-Key is still being served',
        );
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.idempotency) return payload;
    const ref = request.idempotency;
    request.idempotency = undefined;
    await finish(app.deps, ref, reply.statusCode, typeof payload === 'string' ? payload : '');
    return payload;
  });
}
