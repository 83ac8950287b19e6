import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { CompetitorImport } from './CompetitorImport.tsx';
import { PriceGaps } from './PriceGaps.tsx';
import { ReviewQueue } from './ReviewQueue.tsx';
import { StoresTable } from './StoresTable.tsx';

const TABS = ['stores', 'review', 'gaps', 'import'] as const;
type TabKey = (typeof TABS)[number];

/** HQ's competitor screen: stores and their matches, the review queue, price gaps, the import. */
export default function CompetitorsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as TabKey)
    : 'stores';
  const waiting = useQuery({
    queryKey: ['competitors', 'matches'],
    queryFn: () => call(api.GET('/api/v1/competitors/matches', { params: { query: { limit: 50 } } })),
  });
  const recompute = useMutation({
    mutationFn: () => call(api.POST('/api/v1/competitors/recompute')),
    onSuccess: (r) => {
      void message.success(
        t('competitors.page.recomputed', {
          matched: r.matching.matched,
          review: r.matching.review,
          gaps: r.priceGaps,
        }),
      );
      void client.invalidateQueries({ queryKey: ['competitors'] });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const label = (key: TabKey) =>
    key === 'review' ? (
      <Badge count={waiting.data?.items.length ?? 0} size="small" offset={[8, 0]}>
        {t('competitors.page.tabs.review')}
      </Badge>
    ) : (
      t(`competitors.page.tabs.${key}`)
    );
  return (
    <div>
      <div className="page-header">
        <div>
          <h1>{t('competitors.page.title')}</h1>
          <Typography.Text type="secondary">{t('competitors.page.hint')}</Typography.Text>
        </div>
        <Button loading={recompute.isPending} onClick={() => recompute.mutate()}>
          {t('competitors.page.recompute')}
        </Button>
      </div>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={TABS.map((key) => ({
            key,
            label: label(key),
            children:
              key === 'stores' ? (
                <StoresTable />
              ) : key === 'review' ? (
                <ReviewQueue />
              ) : key === 'gaps' ? (
                <PriceGaps />
              ) : (
                <CompetitorImport />
              ),
          }))}
        />
      </Card>
    </div>
  );
}
