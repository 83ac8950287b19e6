import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { StrategyTag } from './parts.tsx';
import type { PriceGap } from './types.ts';

/** The columns of a price-gap table; the merchant column only where several merchants are listed. */
export function useGapColumns(withMerchant: boolean) {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = (n: number) => formatMoney(n, language);
  return [
    ...(withMerchant
      ? [
          {
            title: t('competitors.field.merchant'),
            key: 'merchant',
            render: (_: unknown, g: PriceGap) => (
              <Link to={`/leads/${g.leadId}`} translate="no">
                {g.leadName}
              </Link>
            ),
          },
        ]
      : []),
    {
      title: t('competitors.field.ourDeal'),
      key: 'ours',
      render: (_: unknown, g: PriceGap) => (
        <Link to={`/deals/${g.ourDealId}`} translate="no">
          {g.ourTitle}
        </Link>
      ),
    },
    {
      title: t('competitors.field.ourPrice'),
      key: 'ourPrice',
      render: (_: unknown, g: PriceGap) => money(g.ourPrice),
    },
    {
      title: t('competitors.field.platform'),
      key: 'platform',
      render: (_: unknown, g: PriceGap) => <span translate="no">{g.platform}</span>,
    },
    {
      title: t('competitors.field.theirDeal'),
      key: 'theirs',
      render: (_: unknown, g: PriceGap) => <span translate="no">{g.theirTitle}</span>,
    },
    {
      title: t('competitors.field.theirPrice'),
      key: 'theirPrice',
      render: (_: unknown, g: PriceGap) => money(g.theirPrice),
    },
    {
      title: t('competitors.field.gap'),
      key: 'gap',
      render: (_: unknown, g: PriceGap) => (
        <Typography.Text type="danger">
          {money(g.gap)} ({Math.round(g.gapRatio * 1000) / 10}%)
        </Typography.Text>
      ),
    },
    {
      title: t('competitors.field.strategy'),
      key: 'strategy',
      render: (_: unknown, g: PriceGap) => <StrategyTag strategy={g.strategy} />,
    },
  ];
}

export function PriceGaps() {
  const { t } = useTranslation();
  const [strategy, setStrategy] = useState<PriceGap['strategy'] | undefined>();
  const pages = useCursorPages(strategy ?? '');
  const list = useQuery({
    queryKey: ['competitors', 'gaps', strategy, pages.cursor],
    queryFn: () =>
      call(
        api.GET('/api/v1/competitors/price-gaps', {
          params: {
            query: { ...(strategy ? { strategy } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) },
          },
        }),
      ),
  });
  const columns = useGapColumns(true);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select
        allowClear
        style={{ width: 200 }}
        placeholder={t('competitors.anyStrategy')}
        value={strategy}
        onChange={setStrategy}
        options={(['match_price', 'exclusive_offer'] as const).map((value) => ({
          value,
          label: t(`competitors.strategy.${value}`),
        }))}
      />
      <Table<PriceGap>
        rowKey={(g) => `${g.leadId}-${g.ourDealId}-${g.competitorDealId}`}
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={columns}
        data-testid="price-gaps"
      />
      <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
        <Button onClick={pages.previous} disabled={pages.page === 1}>
          {t('desktop.leads.previous')}
        </Button>
        <Button onClick={() => pages.next(list.data?.nextCursor)} disabled={!list.data?.nextCursor}>
          {t('desktop.leads.next')}
        </Button>
      </Space>
    </Space>
  );
}
