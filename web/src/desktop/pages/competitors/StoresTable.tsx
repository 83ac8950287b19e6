import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { formatDistance } from '../../../lib/geo.ts';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import { MatchStatusTag, OfferList, score } from './parts.tsx';
import type { CompetitorStore } from './types.ts';

type Status = CompetitorStore['matchStatus'];

export function StoresTable() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status | undefined>();
  const pages = useCursorPages(status ?? '');
  const list = useQuery({
    queryKey: ['competitors', 'stores', status, pages.cursor],
    queryFn: () =>
      call(
        api.GET('/api/v1/competitors/stores', {
          params: {
            query: { ...(status ? { status } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) },
          },
        }),
      ),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select
        allowClear
        style={{ width: 200 }}
        placeholder={t('competitors.anyStatus')}
        value={status}
        onChange={setStatus}
        options={(['matched', 'review', 'unmatched'] as const).map((value) => ({
          value,
          label: t(`competitors.status.${value}`),
        }))}
      />
      <Table<CompetitorStore>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        data-testid="competitor-stores"
        columns={[
          {
            title: t('competitors.field.platform'),
            key: 'platform',
            render: (_, s) => <span translate="no">{s.platform}</span>,
          },
          {
            title: t('competitors.field.store'),
            key: 'store',
            render: (_, s) => (
              <span translate="no">
                {s.name}
                {s.address && (
                  <div>
                    <Typography.Text type="secondary">{s.address}</Typography.Text>
                  </div>
                )}
              </span>
            ),
          },
          {
            title: t('competitors.field.status'),
            key: 'status',
            render: (_, s) => <MatchStatusTag store={s} />,
          },
          {
            title: t('competitors.field.merchant'),
            key: 'merchant',
            render: (_, s) =>
              s.lead ? (
                <Link to={`/leads/${s.lead.id}`} translate="no">
                  {s.lead.name}
                </Link>
              ) : (
                '—'
              ),
          },
          {
            title: t('competitors.field.score'),
            key: 'score',
            render: (_, s) =>
              s.matchScore === null
                ? '—'
                : `${score(s.matchScore)}${s.matchDistanceM === null ? '' : ` · ${formatDistance(s.matchDistanceM, t)}`}`,
          },
          {
            title: t('competitors.field.deals'),
            key: 'deals',
            render: (_, s) => <OfferList offers={s.deals} />,
          },
        ]}
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
