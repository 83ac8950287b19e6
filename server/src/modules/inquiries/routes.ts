import rateLimit from '@fastify/rate-limit';
import { DomainError } from '../../errors.ts';
import { responses } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { InquiryAccepted, InquiryBody, InquiryParams } from './schema.ts';
import { receiveInquiry } from './service.ts';

/** Per client address: a merchant sends one inquiry, a script sends hundreds. */
export const INQUIRY_LIMIT = { max: 5, timeWindow: 10 * 60 * 1000 };

export async function inquiryRoutes(app: App) {
  // Registered here, so that it limits only the routes of this plugin that ask for it.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new DomainError(
        'rate_limited',
        `Too many inquiries from your address; try again in ${seconds} s`,
        {
          retryAfterSeconds: seconds,
        },
      );
    },
  });

  app.post(
    '/api/v1/public/:tenantSlug/inquiries',
    {
      config: { public: true, rateLimit: INQUIRY_LIMIT },
      schema: {
        tags: ['Public'],
        summary:
          'A merchant asks to be contacted (public form, rate-limited): a lead in review with its contact',
        security: [],
        params: InquiryParams,
        body: InquiryBody,
        response: responses({ 201: InquiryAccepted }),
      },
    },
    async (request, reply) => {
      const accepted = await receiveInquiry(app.deps, request.params.tenantSlug, request.body, {
        ip: request.ip,
        requestId: request.id,
      });
      return reply.status(201).send(accepted);
    },
  );
}
