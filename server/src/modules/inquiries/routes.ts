import { consume, type Limit } from '../../http/rate-limit.ts';
import { responses } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { InquiryAccepted, InquiryBody, InquiryParams } from './schema.ts';
import { receiveInquiry } from './service.ts';

/** Per client address, across all instances: a merchant sends one inquiry, a script sends hundreds. */
export const INQUIRY_LIMIT: Limit = { name: 'inquiry', max: 5, windowMs: 10 * 60 * 1000 };

export async function inquiryRoutes(app: App) {
  app.post(
    '/api/v1/public/:tenantSlug/inquiries',
    {
      config: { public: true },
      // Counted before the body is looked at: a flood of malformed posts is refused just the same.
      onRequest: async (request) =>
        consume(app.deps.rateLimits, INQUIRY_LIMIT, request.ip, 'Too many inquiries from your address'),
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
