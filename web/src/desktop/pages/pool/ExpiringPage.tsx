import { useQuery } from '@tanstack/react-query';
import { Segmented, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useMe } from '../../../auth/use-me.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { deadlineReasonText } from '../../../lib/deadline.ts';
import { Countdown } from '../../components/Countdown.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useUsers } from '../../lookups.ts';
import { ExpiringChart } from './ExpiringChart.tsx';

/** Private stores about to fall back to the pool: the caller's, or their team's. */
export default function ExpiringPage() {
  const { t } = useTranslation();
  const { can } = useMe();
  const users = useUsers();
  const [scope, setScope] = useState<'mine' | 'team'>(can('leads.assign') ? 'team' : 'mine');
  const [withinDays, setWithinDays] = useState(3);
  const expiring = useQuery({
    queryKey: ['expiring', scope, withinDays],
    queryFn: () =>
      call(api.GET('/api/v1/pool/expiring', { params: { query: { scope, withinDays, limit: 500 } } })),
  });
  return (
    <div>
      <div className="page-header">
        <h1>{t('desktop.menu.expiring')}</h1>
        <div className="filter-bar" style={{ margin: 0 }}>
          {can('leads.assign') && (
            <Segmented
              value={scope}
              onChange={(value) => setScope(value as 'mine' | 'team')}
              options={[
                { value: 'team', label: t('desktop.leads.scope.team') },
                { value: 'mine', label: t('desktop.leads.scope.mine') },
              ]}
            />
          )}
          <Segmented
            value={withinDays}
            onChange={(value) => setWithinDays(Number(value))}
            options={[1, 3, 7, 14].map((days) => ({
              value: days,
              label: t('desktop.pool.withinDays', { days }),
            }))}
          />
        </div>
      </div>
      <QueryState query={expiring}>
        {(data) => (
          <>
            {data.items.length > 0 && <ExpiringChart items={data.items} withinDays={withinDays} />}
            <Table
              rowKey="leadId"
              dataSource={data.items}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                {
                  title: t('lead.name'),
                  key: 'name',
                  render: (_, row) => (
                    <Link to={`/leads/${row.leadId}`} translate="no">
                      {row.name}
                    </Link>
                  ),
                },
                {
                  title: t('lead.owner'),
                  key: 'owner',
                  render: (_, row) => <span translate="no">{users.nameOf(row.ownerId)}</span>,
                },
                {
                  title: t('desktop.leads.deadline'),
                  key: 'left',
                  render: (_, row) => <Countdown deadlineAt={row.deadlineAt} reason={row.deadlineReason} />,
                },
                { title: t('deadline.label'), key: 'at', render: (_, row) => formatDateTime(row.deadlineAt) },
                {
                  title: t('desktop.pool.reason'),
                  key: 'reason',
                  render: (_, row) => deadlineReasonText(row.deadlineReason, t),
                },
              ]}
            />
          </>
        )}
      </QueryState>
    </div>
  );
}
