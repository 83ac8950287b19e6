import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { Deal } from '../../../api/types.ts';
import { useMe } from '../../../auth/use-me.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { useCities } from '../../lookups.ts';
import { DealActions } from './DealActions.tsx';
import { DealPrice, DealStatusTag, dealDay } from './DealParts.tsx';
import { DEAL_STATUSES, isDealStatus } from './deal-rules.ts';

const PAGE = 50;

/** The URL's filters as the deal center's query (decision 0003: filters live in the URL). */
function filtersOf(params: URLSearchParams) {
  const number = (key: string) => {
    const raw = params.get(key);
    const value = raw === null || raw === '' ? Number.NaN : Number(raw);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  const status = params.get('status') ?? '';
  return {
    q: params.get('q')?.trim() || undefined,
    status: isDealStatus(status) ? status : undefined,
    cityId: params.get('cityId') || undefined,
    category: params.get('category')?.trim() || undefined,
    minPrice: number('minPrice'),
    maxPrice: number('maxPrice'),
  };
}

/** Every deal of the tenant, newest first: searched, filtered, loaded a page at a time. */
export default function DealCenterPage() {
  const { t } = useTranslation();
  const cities = useCities();
  // A rep cannot list the city units above their team; their own city comes with /auth/me.
  const { me } = useMe();
  const cityName = (id: string) => (id === me?.city?.id ? me.city.name : cities.nameOf(id));
  const showCity = cities.cities.length > 0 || Boolean(me?.city);
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const update = (key: string, value: string | number | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === null || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };
  const list = useInfiniteQuery({
    queryKey: ['deals', 'center', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }: { pageParam: string | undefined }) =>
      call(
        api.GET('/api/v1/deals', {
          params: {
            query: {
              limit: PAGE,
              ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const deals = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <h1>{t('deals.center.title')}</h1>
          <Typography.Text type="secondary">{t('deals.center.hint')}</Typography.Text>
        </Space>
      </div>
      <div className="filter-bar" data-testid="deal-filters">
        <Input.Search
          allowClear
          style={{ width: 280 }}
          placeholder={t('deals.center.search')}
          aria-label={t('deals.center.search')}
          defaultValue={filters.q}
          maxLength={50}
          onSearch={(value) => update('q', value.trim())}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('deals.center.anyStatus')}
          aria-label={t('deals.field.status')}
          value={filters.status}
          onChange={(value?: string) => update('status', value)}
          options={DEAL_STATUSES.map((s) => ({ value: s, label: t(`pipeline.deal.statuses.${s}`) }))}
        />
        {cities.cities.length > 0 && (
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('deals.center.anyCity')}
            aria-label={t('deals.field.city')}
            value={filters.cityId}
            onChange={(value?: string) => update('cityId', value)}
            options={cities.cities.map((city) => ({
              value: city.id,
              label: <span translate="no">{city.name}</span>,
            }))}
          />
        )}
        <Input
          allowClear
          style={{ width: 140 }}
          placeholder={t('deals.center.category')}
          aria-label={t('deals.center.category')}
          defaultValue={filters.category}
          maxLength={40}
          onPressEnter={(event) => update('category', event.currentTarget.value.trim())}
          onChange={(event) => {
            if (event.target.value === '') update('category', undefined);
          }}
        />
        <Space.Compact>
          <PriceInput
            label={t('deals.center.minPrice')}
            value={filters.minPrice}
            onCommit={(value) => update('minPrice', value)}
          />
          <PriceInput
            label={t('deals.center.maxPrice')}
            value={filters.maxPrice}
            onCommit={(value) => update('maxPrice', value)}
          />
        </Space.Compact>
      </div>
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error, t)} style={{ marginBottom: 12 }} />
      )}
      <Table<Deal>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={list.isPending}
        dataSource={deals}
        data-testid="deal-center-table"
        locale={{ emptyText: <Empty description={t('deals.center.none')} /> }}
        columns={[
          {
            title: t('deals.field.title'),
            key: 'title',
            render: (_, row) => (
              <Link to={`/deals/${row.id}`} translate="no">
                {row.title}
              </Link>
            ),
          },
          {
            title: t('deals.field.merchant'),
            key: 'merchant',
            render: (_, row) => (
              <Link to={`/leads/${row.leadId}`} translate="no">
                {row.leadName}
              </Link>
            ),
          },
          ...(showCity
            ? [
                {
                  title: t('deals.field.city'),
                  key: 'city',
                  render: (_: unknown, row: Deal) => <span translate="no">{cityName(row.cityId)}</span>,
                },
              ]
            : []),
          {
            title: t('deals.field.category'),
            key: 'category',
            render: (_, row) => <span translate="no">{row.category ?? '—'}</span>,
          },
          {
            title: `${t('deals.field.dealPrice')} / ${t('deals.field.listPrice')}`,
            key: 'price',
            align: 'right',
            render: (_, row) => <DealPrice deal={row} />,
          },
          {
            title: t('deals.field.validity'),
            key: 'validity',
            render: (_, row) => `${dealDay(row.validFrom)} – ${dealDay(row.validTo)}`,
          },
          {
            title: t('deals.field.status'),
            key: 'status',
            render: (_, row) => <DealStatusTag status={row.status} />,
          },
          {
            title: t('deals.field.sales'),
            key: 'sales',
            align: 'right',
            render: (_, row) => row.salesCount.toLocaleString(),
          },
          {
            title: t('deals.field.updatedAt'),
            key: 'updated',
            render: (_, row) => formatDateTime(row.updatedAt),
          },
          {
            title: '',
            key: 'actions',
            render: (_, row) => (row.status === 'online' ? <DealActions deal={row} size="small" /> : null),
          },
        ]}
      />
      <Space style={{ marginTop: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary" data-testid="deal-center-count">
          {list.hasNextPage
            ? t('deals.center.shown', { count: deals.length })
            : deals.length > 0
              ? t('deals.center.noMore')
              : ''}
        </Typography.Text>
        <Button
          onClick={() => void list.fetchNextPage()}
          disabled={!list.hasNextPage}
          loading={list.isFetchingNextPage}
        >
          {t('deals.center.loadMore')}
        </Button>
      </Space>
    </div>
  );
}

/** A price bound of the filter: applied on Enter or when the field is left, not on every key. */
function PriceInput({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
}) {
  const [draft, setDraft] = useState<number | null>(value ?? null);
  const commit = () => {
    if ((draft ?? undefined) !== value) onCommit(draft ?? undefined);
  };
  return (
    <InputNumber<number>
      min={0}
      precision={2}
      prefix="¥"
      style={{ width: 150 }}
      placeholder={label}
      aria-label={label}
      value={draft}
      onChange={setDraft}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}
