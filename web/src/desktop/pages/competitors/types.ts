import type { ResponseOf } from '../../../api/types.ts';

export type CompetitorStore = ResponseOf<'/api/v1/competitors/stores', 'get'>['items'][number];
export type MatchCandidate = ResponseOf<'/api/v1/competitors/matches', 'get'>['items'][number];
export type PriceGap = ResponseOf<'/api/v1/competitors/price-gaps', 'get'>['items'][number];
export type MerchantCompetitors = ResponseOf<'/api/v1/competitors/merchants/{id}', 'get'>;
export type Offer = CompetitorStore['deals'][number];
