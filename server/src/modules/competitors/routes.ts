import multipart from '@fastify/multipart';
import { DomainError } from '../../errors.ts';
import { IdParams, Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { MAX_UPLOAD_BYTES } from '../imports/upload.ts';
import { startCompetitorImport } from './import.ts';
import { listGaps, listReview, listStores, merchantCompetitors } from './read.ts';
import {
  Candidate,
  GapsQuery,
  ImportAccepted,
  ImportForm,
  MatchDecision,
  MerchantCompetitors,
  PageQuery,
  PriceGap,
  Recomputed,
  Store,
  StoresQuery,
  SubmitRecords,
  Submitted,
} from './schema.ts';
import * as service from './service.ts';

export async function competitorRoutes(app: App) {
  const tags = ['Competitors'];
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 3, fieldSize: 1024, parts: 6 },
  });

  app.post(
    '/api/v1/competitors/import',
    {
      schema: {
        tags,
        summary: 'Import competitor stores and deals (CSV/XLSX, multipart field "file"): 202 with a job',
        description:
          'Columns by header: 平台/platform, 门店名称/storeName, 地址/address, 纬度/lat, 经度/lng, 城市/city, ' +
          '品类/category, 团购名称/title, 价格/price, 月销量/sales, 采集时间/observedAt. Refused rows go to the ' +
          'job’s error report; matching, tags and price gaps are recomputed when it is done.',
        consumes: ['multipart/form-data'],
        body: ImportForm,
        response: responses({ 202: ImportAccepted }),
      },
      validatorCompiler: () => () => true,
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new DomainError(
          'unsupported_media_type',
          'Send the file as multipart/form-data in the field "file"',
        );
      return reply.status(202).send(await startCompetitorImport(app.deps, actorOf(request), request.parts()));
    },
  );

  app.post(
    '/api/v1/competitors/records',
    {
      schema: {
        tags,
        summary: 'Submit up to 1,000 competitor records; all are checked first, one bad record saves none',
        body: SubmitRecords,
        response: responses({ 200: Submitted }),
      },
    },
    async (request) => service.submitRecords(app.deps, actorOf(request), request.body),
  );

  app.post(
    '/api/v1/competitors/recompute',
    {
      schema: {
        tags,
        summary: 'Rematch every store and recompute competitor_online, price gaps and price_disadvantage',
        response: responses({ 200: Recomputed }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      service.requireManager(actor);
      return service.recomputeTenant(app.deps, actor);
    },
  );

  app.get(
    '/api/v1/competitors/stores',
    {
      schema: {
        tags,
        summary: 'Competitor stores, newest first, with their match and offers',
        querystring: StoresQuery,
        response: responses({ 200: Page(Store) }),
      },
    },
    async (request) =>
      listStores(app.deps, actorOf(request), { ...request.query, limit: request.query.limit ?? 50 }),
  );

  app.get(
    '/api/v1/competitors/matches',
    {
      schema: {
        tags,
        summary: 'The review queue: uncertain store–merchant pairs, oldest first',
        querystring: PageQuery,
        response: responses({ 200: Page(Candidate) }),
      },
    },
    async (request) =>
      listReview(app.deps, actorOf(request), { ...request.query, limit: request.query.limit ?? 50 }),
  );

  for (const decision of ['confirm', 'reject'] as const) {
    app.post(
      `/api/v1/competitors/matches/:id/${decision}`,
      {
        schema: {
          tags,
          summary:
            decision === 'confirm'
              ? 'Confirm a pair: the store is this merchant’s for good (rematches keep it)'
              : 'Reject a pair (also an automatic match): it is never proposed again; the store looks again',
          params: IdParams,
          response: responses({ 200: MatchDecision }),
        },
      },
      async (request) => {
        const store = await service.decideCandidate(app.deps, actorOf(request), request.params.id, decision);
        return { storeId: store!.id, matchStatus: store!.match_status, leadId: store!.lead_id };
      },
    );
  }

  app.get(
    '/api/v1/competitors/price-gaps',
    {
      schema: {
        tags,
        summary: 'Cheaper comparable competitor offers, per merchant and deal, with the suggested strategy',
        querystring: GapsQuery,
        response: responses({ 200: Page(PriceGap) }),
      },
    },
    async (request) =>
      listGaps(app.deps, actorOf(request), { ...request.query, limit: request.query.limit ?? 50 }),
  );

  app.get(
    '/api/v1/competitors/merchants/:id',
    {
      schema: {
        tags,
        summary: 'A merchant’s competitor section: matched stores, their offers, price gaps, pending pairs',
        params: IdParams,
        response: responses({ 200: MerchantCompetitors }),
      },
    },
    async (request) => merchantCompetitors(app.deps, actorOf(request), request.params.id),
  );
}
