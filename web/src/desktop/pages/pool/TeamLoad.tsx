import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Progress, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { useUsers } from '../../lookups.ts';
import { roleLabel } from '../../role-label.ts';

/** The most a page of GET /leads returns: a member holding more shows as "200+". */
const PAGE = 200;

/**
 * Each team member's private stores against the cap. The API has no per-member count, so this
 * reads one page of each member's private leads (enough for caps up to 200).
 */
export function TeamLoad() {
  const { t } = useTranslation();
  const users = useUsers();
  const members = users.users.filter(
    (user) => user.active && (user.role === 'bd' || user.role === 'bd_manager'),
  );
  const pools = useQuery({ queryKey: ['pools'], queryFn: () => call(api.GET('/api/v1/pools')) });
  const cap = pools.data?.items.find((pool) => pool.active)?.rules.maxPrivate ?? null;
  const loads = useQueries({
    queries: members.map((member) => ({
      queryKey: ['team-load', member.id],
      queryFn: () =>
        call(
          api.GET('/api/v1/leads', {
            params: { query: { scope: 'team', status: 'private', ownerId: member.id, limit: PAGE } },
          }),
        ),
    })),
  });

  const rows = members.map((member, index) => {
    const data = loads[index]?.data;
    return {
      id: member.id,
      name: member.displayName,
      role: member.role,
      count: data ? data.items.length : null,
      more: Boolean(data?.nextCursor),
    };
  });

  return (
    <Card title={t('desktop.pool.load')} size="small" style={{ marginBottom: 16 }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={users.isPending || loads.some((load) => load.isPending)}
        dataSource={rows}
        columns={[
          {
            title: t('desktop.pool.member'),
            key: 'name',
            render: (_, row) => <span translate="no">{row.name}</span>,
          },
          { title: t('desktop.users.role'), key: 'role', render: (_, row) => roleLabel(row.role, t) },
          {
            title: t('desktop.pool.privateCount'),
            key: 'count',
            render: (_, row) =>
              row.count === null
                ? '…'
                : `${row.count}${row.more ? '+' : ''}${cap !== null ? ` / ${cap}` : ''}`,
          },
          {
            title: t('desktop.pool.capUse'),
            key: 'bar',
            width: 260,
            render: (_, row) =>
              row.count !== null && cap ? (
                <Progress
                  percent={Math.min(100, Math.round((row.count / cap) * 100))}
                  size="small"
                  status={row.count >= cap ? 'exception' : 'normal'}
                />
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
