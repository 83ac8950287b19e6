import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import Fastify, { type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from 'fastify';
import { type Clock, systemClock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import { createDeps } from './deps.ts';
import { registerAuthentication } from './http/authenticate.ts';
import { registerIdempotency } from './http/idempotency.ts';
import { handleError, handleNotFound } from './http/problem.ts';
import { Obj, responses } from './http/schemas.ts';
import type { App } from './http/types.ts';
import { refuseUnstorableText } from './http/unstorable-text.ts';
import { validatorCompiler } from './http/validation.ts';
import { analyticsRoutes } from './modules/analytics/routes.ts';
import { campaignRoutes } from './modules/campaigns/routes.ts';
import { competitorRoutes } from './modules/competitors/routes.ts';
import { contactRoutes } from './modules/contacts/routes.ts';
import { contractAttachmentRoutes } from './modules/contracts/attachment-routes.ts';
import { contractLifecycleRoutes } from './modules/contracts/lifecycle-routes.ts';
import { contractRoutes } from './modules/contracts/routes.ts';
import { dealRoutes } from './modules/deals/routes.ts';
import { eventRoutes } from './modules/events/routes.ts';
import { importRoutes } from './modules/imports/routes.ts';
import { inquiryRoutes } from './modules/inquiries/routes.ts';
import { jobRoutes } from './modules/jobs/routes.ts';
import { kpiRoutes } from './modules/kpi/routes.ts';
import { leadRoutes } from './modules/leads/routes.ts';
import { opportunityRoutes } from './modules/opportunities/routes.ts';
import { opsRoutes } from './modules/ops/routes.ts';
import { poolRoutes } from './modules/pool/routes.ts';
import { reviewRoutes } from './modules/review/routes.ts';
import { savedViewRoutes } from './modules/saved-views/routes.ts';
import { tagRuleRoutes } from './modules/tag-rules/routes.ts';
import { taskRoutes } from './modules/tasks/routes.ts';
import { visitRoutes } from './modules/visits/routes.ts';
import { webhookRoutes } from './modules/webhooks/routes.ts';
import { apiKeyRoutes } from './platform/api-keys/routes.ts';
import { auditRoutes } from './platform/audit/routes.ts';
import { authRoutes } from './platform/auth/routes.ts';
import { fieldRoutes } from './platform/fields/routes.ts';
import { orgRoutes } from './platform/org/routes.ts';
import { tenantRoutes } from './platform/tenants/routes.ts';
import { userRoutes } from './platform/users/routes.ts';

export interface AppOptions {
  db: Db;
  config: Config;
  clock?: Clock;
  /** The process logger (main.ts); tests pass none and get a silent one unless they ask. */
  loggerInstance?: FastifyBaseLogger;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Builds the HTTP application without listening, so tests can drive it with inject(). */
export async function buildApp(options: AppOptions): Promise<App> {
  const clock = options.clock ?? systemClock;
  const app = Fastify({
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : { logger: false }),
    trustProxy: options.config.trustProxy,
    bodyLimit: 1024 * 1024,
    // A malformed percent-encoding or an overlong path parameter is refused before routing:
    // the answer is still our problem document, not the framework's own JSON.
    frameworkErrors: handleError,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  const deps = await createDeps({ db: options.db, clock, config: options.config, log: app.log });
  app.decorate('deps', deps);
  app.addHook('onClose', async () => deps.rateLimits.close());

  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  app.addHook('preValidation', refuseUnstorableText);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Groundwork API',
        version: '1',
        description:
          'The REST API of Groundwork, the CRM for local-services field sales. Errors are RFC 9457 ' +
          'problem documents with a stable `code`. Lists answer `{items, nextCursor}`.',
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'An access token from /api/v1/auth/login, or an API key',
          },
        },
      },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerAuthentication(app);
  registerIdempotency(app);

  app.get('/api/v1/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const Health = Obj({ status: Type.String() });
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: { tags: ['Health'], summary: 'The process is alive', response: responses({ 200: Health }) },
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    {
      config: { public: true },
      schema: { tags: ['Health'], summary: 'The database answers', response: responses({ 200: Health }) },
    },
    async (_request, reply) => {
      try {
        await deps.db.selectFrom('tenant').select('id').limit(1).execute();
        return { status: 'ready' };
      } catch {
        return reply.status(503).type('application/problem+json').send({
          type: 'urn:groundwork:problem:unavailable',
          title: 'Service unavailable',
          status: 503,
          code: 'unavailable',
          detail: 'The database does not answer',
        });
      }
    },
  );

  await app.register(authRoutes);
  await app.register(tenantRoutes);
  await app.register(orgRoutes);
  await app.register(userRoutes);
  await app.register(apiKeyRoutes);
  await app.register(auditRoutes);
  await app.register(fieldRoutes);
  await app.register(poolRoutes);
  await app.register(leadRoutes);
  await app.register(contactRoutes);
  await app.register(visitRoutes);
  await app.register(reviewRoutes);
  await app.register(importRoutes);
  await app.register(jobRoutes);
  await app.register(inquiryRoutes);
  await app.register(opportunityRoutes);
  await app.register(contractRoutes);
  await app.register(contractAttachmentRoutes);
  await app.register(contractLifecycleRoutes);
  await app.register(opsRoutes);
  await app.register(taskRoutes);
  await app.register(campaignRoutes);
  await app.register(analyticsRoutes);
  await app.register(kpiRoutes);
  await app.register(dealRoutes);
  await app.register(competitorRoutes);
  await app.register(tagRuleRoutes);
  await app.register(eventRoutes);
  await app.register(webhookRoutes);
  await app.register(savedViewRoutes);

  await registerWebApp(app);
  return app;
}

const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * The built web app: the desktop workbench at / and the mobile app at /m, each falling back to
 * its index.html for client-side routes. /api stays the API's (unknown paths there are 404s).
 */
async function registerWebApp(app: App) {
  const hide = { config: { public: true }, schema: { hide: true } };
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    app.get('/', hide, (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(
          'The web app is not built: run `npm run build -w @groundwork/web` (npm start does it). API: /api/docs',
        ),
    );
    return;
  }
  // Hashed bundles: cached for good. The pages themselves are revalidated on every load.
  await app.register(fastifyStatic, {
    root: path.join(WEB_DIST, 'assets'),
    prefix: '/assets/',
    index: false,
    immutable: true,
    maxAge: '365d',
  });
  const page = (file: string) => (request: FastifyRequest, reply: FastifyReply) =>
    request.url.startsWith('/api/')
      ? reply.callNotFound()
      : reply.header('cache-control', 'no-cache').sendFile(file, WEB_DIST, { cacheControl: false });
  app.get('/m', hide, page('m/index.html'));
  app.get('/m/*', hide, page('m/index.html'));
  app.get('/', hide, page('index.html'));
  app.get('/*', hide, page('index.html'));
}
