import type { BodyOf, ResponseOf } from '../../../api/types.ts';

export type Campaign = ResponseOf<'/api/v1/campaigns/{id}', 'get'>;
export type CampaignBody = BodyOf<'/api/v1/campaigns', 'post'>;
export type Template = ResponseOf<'/api/v1/campaign-templates', 'get'>['items'][number];
export type Preview = ResponseOf<'/api/v1/campaigns/preview', 'post'>;
export type Progress = ResponseOf<'/api/v1/campaigns/{id}/progress', 'get'>;
export type FeedbackTask = ResponseOf<'/api/v1/campaigns/{id}/feedback', 'get'>['items'][number];
