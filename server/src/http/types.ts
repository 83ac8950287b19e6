import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import type { Actor } from '../platform/roles.ts';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
  }
  interface FastifyRequest {
    actor: Actor | undefined;
  }
  interface FastifyContextConfig {
    /** Reachable without a token (login, health, public inquiry forms). */
    public?: boolean;
  }
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthorized', 'Sign in first');
  return request.actor;
}
