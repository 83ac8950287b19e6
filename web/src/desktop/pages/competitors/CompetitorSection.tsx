import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { useTagLabel } from '../../../auth/use-tag-label.ts';
import { formatDistance } from '../../../lib/geo.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useGapColumns } from './PriceGaps.tsx';
import { OfferList, score } from './parts.tsx';
import type { MerchantCompetitors, PriceGap } from './types.ts';

/** The merchant page's competitor tab: matched stores and their offers, price gaps, pending pairs. */
export function CompetitorSection({ leadId }: { leadId: string }) {
  const query = useQuery({
    queryKey: ['competitors', 'merchant', leadId],
    queryFn: () => call(api.GET('/api/v1/competitors/merchants/{id}', { params: { path: { id: leadId } } })),
  });
  return <QueryState query={query}>{(data) => <Section data={data} />}</QueryState>;
}

function Section({ data }: { data: MerchantCompetitors }) {
  const { t } = useTranslation();
  const tagLabel = useTagLabel().label;
  const columns = useGapColumns(false);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="competitor-section">
      {data.tags.length > 0 && (
        <Space>
          {data.tags.map((tag) => (
            <Tag key={tag} color={tag === 'price_disadvantage' ? 'red' : 'orange'}>
              {tagLabel(tag)}
            </Tag>
          ))}
        </Space>
      )}
      {data.stores.length === 0 ? (
        <Empty description={t('competitors.merchant.none')} />
      ) : (
        data.stores.map((store) => (
          <Card
            key={store.id}
            size="small"
            title={
              <span translate="no">
                {store.platform} · {store.name}
              </span>
            }
            extra={
              <Typography.Text type="secondary">
                {store.matchSource && t(`competitors.source.${store.matchSource}`)} ·{' '}
                {t('competitors.field.score')} {score(store.matchScore)}
                {store.matchDistanceM !== null && ` · ${formatDistance(store.matchDistanceM, t)}`}
              </Typography.Text>
            }
          >
            <OfferList offers={store.deals} />
          </Card>
        ))
      )}
      <Typography.Title level={5}>{t('competitors.merchant.gaps')}</Typography.Title>
      <Table<PriceGap>
        size="small"
        rowKey={(g) => `${g.ourDealId}-${g.competitorDealId}`}
        pagination={false}
        dataSource={data.priceGaps}
        columns={columns}
        locale={{ emptyText: <Empty description={t('competitors.merchant.noGaps')} /> }}
      />
      {data.pendingMatches.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('competitors.merchant.pending')}
          description={data.pendingMatches.map((p) => (
            <div key={p.id} translate="no">
              {p.store.platform} · {p.store.name} ({score(p.score)})
            </div>
          ))}
        />
      )}
    </Space>
  );
}
