import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';

const CoordSystem = Type.Union([Type.Literal('wgs84'), Type.Literal('gcj02'), Type.Literal('bd09')], {
  description: 'The system of the coordinates sent (Baidu exports are bd09, Amap and Meituan gcj02)',
});
const Text = (max: number) => Type.String({ maxLength: max });
const MatchStatus = Type.Union([Type.Literal('matched'), Type.Literal('review'), Type.Literal('unmatched')]);
const Strategy = Type.Union([Type.Literal('match_price'), Type.Literal('exclusive_offer')]);

export const CompetitorRecord = Obj({
  platform: Type.String({ minLength: 1, maxLength: 40, description: 'e.g. meituan, dianping, douyin' }),
  storeName: Type.String({ minLength: 1, maxLength: 200 }),
  address: Type.Optional(Nullable(Text(300))),
  lat: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
  lng: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
  city: Type.Optional(Nullable(Text(40))),
  category: Type.Optional(Nullable(Text(40))),
  title: Type.Optional(Nullable(Text(200))),
  price: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1e9 }))),
  sales: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 2e9, description: 'Sold in a month' }))),
  observedAt: Type.Optional(
    Nullable(Type.String({ maxLength: 40, description: 'ISO time or YYYY-MM-DD; default now' })),
  ),
});

export const SubmitRecords = Obj({
  coordSystem: Type.Optional(CoordSystem),
  records: Type.Array(CompetitorRecord, { minItems: 1, maxItems: 1000 }),
});

const Counts = Obj({ added: Type.Integer(), removed: Type.Integer() });
const Matching = Obj({ matched: Type.Integer(), review: Type.Integer(), unmatched: Type.Integer() });
export const Recomputed = Obj({
  matching: Matching,
  competitorOnline: Counts,
  priceGaps: Type.Integer(),
  priceDisadvantage: Counts,
});
export const Submitted = Type.Composite(
  [Recomputed, Obj({ records: Type.Integer(), stores: Type.Integer(), newStores: Type.Integer() })],
  { additionalProperties: false },
);

export const ImportForm = Type.Object(
  {
    file: Type.String({ format: 'binary', description: 'CSV (UTF-8 or GBK) or XLSX, at most 200 MB' }),
    coordSystem: Type.Optional(CoordSystem),
  },
  { description: 'multipart/form-data' },
);
export const ImportAccepted = Obj({
  jobId: IdString,
  status: Type.Literal('queued'),
  ignoredColumns: Type.Array(Type.String()),
});

export const Offer = Obj({
  id: IdString,
  title: Type.String(),
  price: Type.Number(),
  sales: Nullable(Type.Integer()),
  category: Nullable(Type.String()),
  observedAt: DateTime,
});

export const Store = Obj({
  id: IdString,
  platform: Type.String(),
  name: Type.String(),
  address: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  city: Nullable(Type.String()),
  category: Nullable(Type.String()),
  matchStatus: MatchStatus,
  matchSource: Nullable(Type.Union([Type.Literal('auto'), Type.Literal('confirmed')])),
  matchId: Nullable(IdString),
  matchScore: Nullable(Type.Number()),
  matchDistanceM: Nullable(Type.Number()),
  matchedAt: Nullable(DateTime),
  lead: Nullable(Obj({ id: IdString, name: Type.String() })),
  deals: Type.Array(Offer),
});

export const StoresQuery = Obj({
  status: Type.Optional(MatchStatus),
  platform: Type.Optional(Type.String({ maxLength: 40 })),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});
export const PageQuery = Obj({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) });

const Side = Obj({
  id: IdString,
  name: Type.String(),
  address: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
});
export const Candidate = Obj({
  id: IdString,
  score: Type.Number(),
  nameScore: Type.Number(),
  distanceM: Type.Number(),
  createdAt: DateTime,
  store: Type.Composite([Side, Obj({ platform: Type.String() })], { additionalProperties: false }),
  lead: Type.Composite([Side, Obj({ category: Nullable(Type.String()) })], { additionalProperties: false }),
});

export const PriceGap = Obj({
  leadId: IdString,
  leadName: Type.String(),
  platform: Type.String(),
  storeId: IdString,
  ourDealId: IdString,
  ourTitle: Type.String(),
  ourPrice: Type.Number(),
  competitorDealId: IdString,
  theirTitle: Type.String(),
  theirPrice: Type.Number(),
  gap: Type.Number(),
  gapRatio: Type.Number({ description: 'gap / ourPrice' }),
  strategy: Strategy,
  computedAt: DateTime,
});
export const GapsQuery = Obj({
  strategy: Type.Optional(Strategy),
  platform: Type.Optional(Type.String({ maxLength: 40 })),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});

export const MerchantCompetitors = Obj({
  leadId: IdString,
  tags: Type.Array(Type.String()),
  stores: Type.Array(
    Obj({
      id: IdString,
      platform: Type.String(),
      name: Type.String(),
      address: Nullable(Type.String()),
      matchSource: Nullable(Type.Union([Type.Literal('auto'), Type.Literal('confirmed')])),
      matchScore: Nullable(Type.Number()),
      matchDistanceM: Nullable(Type.Number()),
      deals: Type.Array(Offer),
    }),
  ),
  priceGaps: Type.Array(PriceGap),
  pendingMatches: Type.Array(Candidate),
});

export const MatchDecision = Obj({
  storeId: IdString,
  matchStatus: MatchStatus,
  leadId: Nullable(IdString),
});
