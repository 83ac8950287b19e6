import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Segmented, Select, Space, Spin, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { formatDistance } from '../../../lib/geo.ts';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import { useUsers } from '../../lookups.ts';

const VisitsMap = lazy(() => import('./VisitsMap.tsx'));

/** The most visits the map draws at once: beyond it markers stop telling anything apart. */
const MAP_CAP = 1000;

/** Visits of the people the caller may see, newest first, by person and period. */
export default function VisitsPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const [userId, setUserId] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [view, setView] = useState<'list' | 'map'>('list');
  const from = range?.[0]?.startOf('day').toISOString();
  const to = range?.[1]?.endOf('day').toISOString();
  const pages = useCursorPages(`${userId}|${from}|${to}`);
  const visits = useQuery({
    queryKey: ['visits', userId, from, to, pages.cursor],
    placeholderData: (previous) => previous,
    queryFn: () =>
      call(
        api.GET('/api/v1/visits', {
          params: {
            query: {
              limit: 50,
              ...(userId ? { userId } : {}),
              ...(from ? { from } : {}),
              ...(to ? { to } : {}),
              ...(pages.cursor ? { cursor: pages.cursor } : {}),
            },
          },
        }),
      ),
  });
  // The map shows every visit of the filters, not one page of them, up to MAP_CAP.
  const mapped = useQuery({
    queryKey: ['visits-map', userId, from, to],
    enabled: view === 'map',
    queryFn: async () => {
      const items: NonNullable<typeof visits.data>['items'] = [];
      let cursor: string | undefined;
      do {
        const page = await call(
          api.GET('/api/v1/visits', {
            params: {
              query: {
                limit: 200,
                ...(userId ? { userId } : {}),
                ...(from ? { from } : {}),
                ...(to ? { to } : {}),
                ...(cursor ? { cursor } : {}),
              },
            },
          }),
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && items.length < MAP_CAP);
      return { items: items.slice(0, MAP_CAP), more: cursor !== undefined };
    },
  });

  const nameOf = new Map((mapped.data?.items ?? []).map((visit) => [visit.leadId, visit.leadName]));

  return (
    <div>
      <div className="page-header">
        <h1>{t('desktop.menu.visits')}</h1>
      </div>
      <div className="filter-bar">
        <Select
          style={{ width: 200 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('desktop.lead.visitor')}
          value={userId}
          onChange={setUserId}
          options={users.users.map((user) => ({ value: user.id, label: user.displayName }))}
        />
        <DatePicker.RangePicker value={range} onChange={(value) => setRange(value)} />
        <Segmented
          value={view}
          onChange={(value) => setView(value as 'list' | 'map')}
          options={[
            { value: 'list', label: t('mobile.nearby.view.list') },
            { value: 'map', label: t('mobile.nearby.view.map') },
          ]}
        />
      </div>
      {view === 'map' && (
        <Suspense fallback={<Spin />}>
          {mapped.data?.more && (
            <Alert type="info" showIcon title={t('workbench.visits.capped', { count: MAP_CAP })} />
          )}
          {mapped.isPending ? (
            <Spin />
          ) : (
            <VisitsMap visits={mapped.data?.items ?? []} nameOf={(id) => nameOf.get(id) ?? ''} />
          )}
        </Suspense>
      )}
      {view === 'list' && (
        <Table
          rowKey="id"
          loading={visits.isFetching}
          dataSource={visits.data?.items ?? []}
          pagination={false}
          locale={{
            emptyText: visits.isError ? <span role="alert">{errorMessage(visits.error, t)}</span> : undefined,
          }}
          columns={[
            { title: t('desktop.lead.at'), key: 'at', render: (_, v) => formatDateTime(v.at) },
            {
              title: t('lead.name'),
              key: 'lead',
              render: (_, v) => (
                <Link to={`/leads/${v.leadId}`} translate="no">
                  {v.leadName}
                </Link>
              ),
            },
            {
              title: t('desktop.lead.visitor'),
              key: 'user',
              render: (_, v) => <span translate="no">{users.nameOf(v.userId)}</span>,
            },
            {
              title: t('desktop.lead.kind'),
              key: 'kind',
              render: (_, v) => t(`visitKinds.${v.kind as 'first'}`, { defaultValue: v.kind }),
            },
            {
              title: t('desktop.lead.distance'),
              key: 'distance',
              render: (_, v) => (
                <Space>
                  {v.distanceM === null ? '—' : formatDistance(v.distanceM, t)}
                  {v.far && <Tag color="red">{t('desktop.lead.far')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('desktop.lead.result'),
              key: 'result',
              render: (_, v) => <span translate="no">{v.result ?? ''}</span>,
            },
          ]}
        />
      )}
      <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
        <span>{t('desktop.leads.page', { page: pages.page })}</span>
        <Button onClick={pages.previous} disabled={pages.page === 1}>
          {t('desktop.leads.previous')}
        </Button>
        <Button onClick={() => pages.next(visits.data?.nextCursor)} disabled={!visits.data?.nextCursor}>
          {t('desktop.leads.next')}
        </Button>
      </Space>
    </div>
  );
}
