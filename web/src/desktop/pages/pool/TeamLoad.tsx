import { useQuery } from '@tanstack/react-query';
import { Card, Progress, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { roleLabel } from '../../role-label.ts';

/** Part of a cap in use, as a whole percent (0 with no cap). */
export function capPercent(count: number, cap: number | null): number {
  if (!cap) return 0;
  return Math.min(100, Math.round((count / cap) * 100));
}

/**
 * Each BD and team lead of the caller's subtree: private stores against the cap of the pool they
 * claim from, and today's claims against the daily cap, counted by the server in one request.
 */
export function TeamLoad() {
  const { t } = useTranslation();
  const load = useQuery({
    queryKey: ['team-load'],
    queryFn: () => call(api.GET('/api/v1/pool/team-load')),
  });
  const ratio = (count: number, cap: number | null) =>
    `${count} / ${cap === null ? t('workbench.load.noCap') : cap}`;

  return (
    <Card title={t('desktop.pool.load')} size="small" style={{ marginBottom: 16 }}>
      <Table
        rowKey="userId"
        size="small"
        pagination={false}
        loading={load.isPending}
        dataSource={load.data?.items ?? []}
        locale={{ emptyText: load.isError ? t('states.error') : t('workbench.load.noMembers') }}
        columns={[
          {
            title: t('desktop.pool.member'),
            key: 'name',
            render: (_, row) => <span translate="no">{row.displayName}</span>,
          },
          { title: t('desktop.users.role'), key: 'role', render: (_, row) => roleLabel(row.role, t) },
          {
            title: t('desktop.pool.privateCount'),
            key: 'count',
            render: (_, row) => (
              <span data-testid="private-load">{ratio(row.privateCount, row.maxPrivate)}</span>
            ),
          },
          {
            title: t('desktop.pool.capUse'),
            key: 'bar',
            width: 240,
            render: (_, row) =>
              row.maxPrivate ? (
                <Progress
                  percent={capPercent(row.privateCount, row.maxPrivate)}
                  size="small"
                  status={row.privateCount >= row.maxPrivate ? 'exception' : 'normal'}
                />
              ) : null,
          },
          {
            title: t('workbench.load.claimsToday'),
            key: 'claims',
            render: (_, row) => (
              <span data-testid="claims-today">{ratio(row.claimsToday, row.dailyClaimCap)}</span>
            ),
          },
        ]}
      />
    </Card>
  );
}
