import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Empty, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import type { Deal } from '../../../api/types.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import { useNow } from '../../../shared/use-now.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useCities, useUsers } from '../../lookups.ts';
import { waitingTime } from '../contracts/contract-rules.ts';
import { DealActions } from './DealActions.tsx';
import { DealDetails } from './DealDetails.tsx';
import { DealHistory, DealPrice, DealStatusTag, dealDay } from './DealParts.tsx';
import { useDeal } from './queries.ts';

/** The reviewers' queue: deals waiting for audit, the longest waiting first. */
export default function DealAuditPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const cities = useCities();
  const now = useNow(60_000);
  const [params, setParams] = useSearchParams();
  const cityId = params.get('cityId') ?? undefined;
  const pages = useCursorPages(cityId ?? '');
  const [opened, setOpened] = useState<string | null>(null);
  const queue = useQuery({
    queryKey: ['deal-audit', cityId, pages.cursor],
    placeholderData: (previous) => previous,
    queryFn: () =>
      call(
        api.GET('/api/v1/review/deals', {
          params: {
            query: {
              limit: 50,
              ...(cityId ? { cityId } : {}),
              ...(pages.cursor ? { cursor: pages.cursor } : {}),
            },
          },
        }),
      ),
  });

  return (
    <div>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <h1>{t('deals.audit.title')}</h1>
          <Typography.Text type="secondary">{t('deals.audit.hint')}</Typography.Text>
        </Space>
        <Space>
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('deals.audit.anyCity')}
            aria-label={t('deals.field.city')}
            value={cityId}
            onChange={(next?: string) => setParams(next ? { cityId: next } : {}, { replace: true })}
            options={cities.cities.map((city) => ({
              value: city.id,
              label: <span translate="no">{city.name}</span>,
            }))}
          />
          <Button icon={<ReloadOutlined />} onClick={() => void queue.refetch()}>
            {t('actions.refresh')}
          </Button>
        </Space>
      </div>
      <QueryState query={queue}>
        {(data) => (
          <Table<Deal>
            rowKey="id"
            pagination={false}
            dataSource={data.items}
            data-testid="deal-audit-table"
            locale={{ emptyText: <Empty description={t('deals.audit.none')} /> }}
            onRow={(row) => ({ onDoubleClick: () => setOpened(row.id) })}
            columns={[
              {
                title: t('deals.field.title'),
                key: 'title',
                render: (_, row) => (
                  <Typography.Link onClick={() => setOpened(row.id)} translate="no">
                    {row.title}
                  </Typography.Link>
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
              {
                title: t('deals.field.city'),
                key: 'city',
                render: (_, row) => <span translate="no">{cities.nameOf(row.cityId)}</span>,
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
                title: t('deals.field.owner'),
                key: 'owner',
                render: (_, row) => <span translate="no">{users.nameOf(row.ownerId)}</span>,
              },
              {
                title: t('deals.field.submittedAt'),
                key: 'submitted',
                render: (_, row) => {
                  if (!row.submittedAt) return '—';
                  const waited = waitingTime(row.submittedAt, now);
                  return (
                    <Space orientation="vertical" size={0}>
                      <span>{formatDateTime(row.submittedAt)}</span>
                      <Typography.Text type="secondary">
                        {t('deals.audit.waited', {
                          time: t(`pipeline.approvals.${waited.unit}`, { count: waited.count }),
                        })}
                      </Typography.Text>
                    </Space>
                  );
                },
              },
              {
                title: '',
                key: 'open',
                render: (_, row) => (
                  <Button type="primary" size="small" onClick={() => setOpened(row.id)}>
                    {t('deals.audit.open')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
        <Button onClick={pages.previous} disabled={pages.page === 1}>
          {t('desktop.leads.previous')}
        </Button>
        <Button onClick={() => pages.next(queue.data?.nextCursor)} disabled={!queue.data?.nextCursor}>
          {t('desktop.leads.next')}
        </Button>
      </Space>
      <AuditDrawer id={opened} onClose={() => setOpened(null)} />
    </div>
  );
}

function AuditDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const deal = useDeal(id);
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={
        deal.data ? (
          <Space>
            <span translate="no">{deal.data.title}</span>
            <DealStatusTag status={deal.data.status} />
          </Space>
        ) : (
          t('deals.page.details')
        )
      }
      extra={deal.data && <DealActions deal={deal.data} onDone={onClose} />}
    >
      <QueryState query={deal}>
        {(data) => (
          <Space orientation="vertical" size={24} style={{ width: '100%' }} data-testid="deal-audit-drawer">
            <DealDetails deal={data} column={2} />
            <div>
              <Typography.Title level={5}>{t('deals.history.title')}</Typography.Title>
              <DealHistory history={data.history} />
            </div>
            <Link to={`/deals/${data.id}`}>{t('deals.audit.openPage')}</Link>
          </Space>
        )}
      </QueryState>
    </Drawer>
  );
}
