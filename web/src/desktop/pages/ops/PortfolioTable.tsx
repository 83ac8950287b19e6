import { Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PortfolioMerchant, PortfolioSummary } from '../../../api/types.ts';
import { formatDate, formatDateTime } from '../../../i18n/index.ts';
import { CategoryText } from '../../../shared/CategoryText.tsx';
import { useCities, useUsers } from '../../lookups.ts';
import { roleLabel } from '../../role-label.ts';
import { isContractStatus } from '../contracts/contract-rules.ts';

const day = (iso: string) => formatDate(`${iso}T00:00:00`);

/** The merchants of a portfolio view with what needs doing about each. */
export function PortfolioTable({ items, loading }: { items: PortfolioMerchant[]; loading: boolean }) {
  const { t } = useTranslation();
  const users = useUsers();
  const cities = useCities();
  const contractStatus = (status: string) =>
    isContractStatus(status) ? t(`pipeline.contract.statuses.${status}`) : status;
  return (
    <Table<PortfolioMerchant>
      rowKey="leadId"
      size="middle"
      pagination={false}
      loading={loading}
      dataSource={items}
      data-testid="portfolio-table"
      locale={{ emptyText: <Empty description={t('ops.portfolio.none')} /> }}
      columns={[
        {
          title: t('ops.portfolio.merchant'),
          key: 'merchant',
          render: (_, row) => (
            <Space orientation="vertical" size={0}>
              <Link to={`/leads/${row.leadId}`} translate="no" data-testid="portfolio-merchant">
                {row.name}
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <span translate="no">{cities.nameOf(row.cityId)}</span>
                {row.category && (
                  <>
                    {' · '}
                    <CategoryText category={row.category} />
                  </>
                )}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('ops.portfolio.contract'),
          key: 'contract',
          render: (_, row) =>
            row.contract ? (
              <Space orientation="vertical" size={0}>
                <Link to={`/contracts/${row.contract.id}`} translate="no">
                  {row.contract.title}
                </Link>
                <Space size={4}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('ops.portfolio.endsOn', { date: day(row.contract.endOn) })}
                  </Typography.Text>
                  <Tag
                    color={
                      row.contract.daysLeft <= 7 ? 'red' : row.contract.daysLeft <= 30 ? 'orange' : 'default'
                    }
                  >
                    {row.contract.daysLeft === 0
                      ? t('ops.portfolio.endsToday')
                      : t('ops.portfolio.daysLeft', { count: row.contract.daysLeft })}
                  </Tag>
                </Space>
              </Space>
            ) : (
              <Tag color="red">{t('ops.portfolio.noContract')}</Tag>
            ),
        },
        {
          title: t('ops.portfolio.renewal'),
          key: 'renewal',
          render: (_, row) =>
            row.renewal ? (
              <Link to={`/contracts/${row.renewal.id}`}>
                <Tag color="blue">
                  {t('ops.portfolio.renewalUnderWay', { status: contractStatus(row.renewal.status) })}
                </Tag>
              </Link>
            ) : row.renewalDue ? (
              <Tag color="orange" data-testid="renewal-due">
                {t('ops.portfolio.renewalDue')}
              </Tag>
            ) : (
              '—'
            ),
        },
        {
          title: t('ops.portfolio.deals'),
          key: 'deals',
          render: (_, row) => (
            <Space orientation="vertical" size={0}>
              <span data-testid="portfolio-online-deals">{row.deals.online}</span>
              {row.deals.expiring > 0 && (
                <Tag color="orange">{t('ops.portfolio.expiring', { count: row.deals.expiring })}</Tag>
              )}
              {row.deals.nextValidTo && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('ops.portfolio.nextDealEnd', { date: day(row.deals.nextValidTo) })}
                </Typography.Text>
              )}
            </Space>
          ),
        },
        {
          title: t('ops.portfolio.bdOwner'),
          key: 'bd',
          render: (_, row) => <span translate="no">{users.nameOf(row.ownerId) || '—'}</span>,
        },
        {
          title: t('ops.portfolio.handedOverAt'),
          key: 'handed',
          render: (_, row) => formatDateTime(row.handedOverAt) || '—',
        },
      ]}
    />
  );
}

type Member = PortfolioSummary['members'][number];

/** Portfolio size per ops person of the team; a click opens that person's merchants. */
export function SummaryTable({
  members,
  selected,
  onSelect,
}: {
  members: Member[];
  selected?: string;
  onSelect: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const count = (value: number, warn = false) =>
    warn && value > 0 ? <Typography.Text type="danger">{value}</Typography.Text> : value;
  return (
    <Table<Member>
      rowKey="userId"
      size="small"
      pagination={false}
      dataSource={members}
      data-testid="portfolio-summary"
      rowClassName={(row) => (row.userId === selected ? 'ant-table-row-selected' : '')}
      onRow={(row) => ({ onClick: () => onSelect(row.userId), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: t('ops.summary.person'),
          key: 'person',
          render: (_, row) => (
            <Space size={6}>
              <Typography.Link translate="no">{row.displayName}</Typography.Link>
              <Typography.Text type="secondary">{roleLabel(row.role, t)}</Typography.Text>
              {!row.active && <Tag>{t('ops.summary.inactive')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('ops.summary.merchants'),
          key: 'merchants',
          align: 'right',
          render: (_, r) => r.merchants,
        },
        {
          title: t('ops.summary.renewalsDue'),
          key: 'renewals',
          align: 'right',
          render: (_, r) => count(r.renewalsDue, true),
        },
        {
          title: t('ops.summary.withoutContract'),
          key: 'lapsed',
          align: 'right',
          render: (_, r) => count(r.withoutContract, true),
        },
        {
          title: t('ops.summary.withoutOnlineDeal'),
          key: 'noDeal',
          align: 'right',
          render: (_, r) => count(r.withoutOnlineDeal),
        },
        {
          title: t('ops.summary.dealsExpiring'),
          key: 'expiring',
          align: 'right',
          render: (_, r) => count(r.dealsExpiring, true),
        },
      ]}
    />
  );
}
