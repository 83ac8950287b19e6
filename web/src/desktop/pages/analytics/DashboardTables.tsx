import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../i18n/index.ts';
import { percent } from './DashboardParts.tsx';

interface BreakdownRow {
  kind: 'unit' | 'user';
  id: string;
  name: string;
  unitKind: string | null;
  role: string | null;
  figures: Record<string, unknown>;
}

const COLUMNS = [
  'claims',
  'visits',
  'uniqueStores',
  'firstVisits',
  'farVisits',
  'signings',
  'dealsOnline',
  'sales',
] as const;

/** One row per child unit or person; a click drills into it. */
export function BreakdownTable({
  rows,
  onOpen,
}: {
  rows: BreakdownRow[];
  onOpen: (row: BreakdownRow) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table
      rowKey={(row) => `${row.kind}:${row.id}`}
      dataSource={rows}
      size="small"
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid="breakdown-table"
      columns={[
        {
          title: t('analytics.dashboard.name'),
          key: 'name',
          render: (_, row) => (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              translate="no"
              onClick={() => onOpen(row)}
            >
              {row.name}
            </Button>
          ),
        },
        ...COLUMNS.map((key) => ({
          title: t(`analytics.figures.${key}`),
          key,
          align: 'right' as const,
          sorter: (a: BreakdownRow, b: BreakdownRow) => Number(a.figures[key]) - Number(b.figures[key]),
          render: (_: unknown, row: BreakdownRow) => String(row.figures[key] ?? 0),
        })),
        {
          title: t('analytics.figures.taskCompletion'),
          key: 'taskCompletion',
          align: 'right' as const,
          render: (_, row) => percent(row.figures.taskCompletion as number | null),
        },
      ]}
    />
  );
}

interface MerchantRow {
  leadId: string;
  name: string;
  status: string;
  visits: number;
  lastVisitAt: string | null;
  signedAt: string | null;
  dealsOnline: number;
  sales: number;
  opsCovered: boolean;
}

/** The last level: a person's merchants and what happened to each in the period. */
export function MerchantsTable({ items }: { items: MerchantRow[] }) {
  const { t } = useTranslation();
  return (
    <Table
      rowKey="leadId"
      dataSource={items}
      size="small"
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid="merchants-table"
      columns={[
        {
          title: t('analytics.dashboard.name'),
          key: 'name',
          render: (_, row) => (
            <Link to={`/leads/${row.leadId}`} translate="no">
              {row.name}
            </Link>
          ),
        },
        {
          title: t('analytics.merchant.status'),
          key: 'status',
          render: (_, row) => <Tag>{t(`status.${row.status as 'public' | 'private' | 'signed'}`)}</Tag>,
        },
        { title: t('analytics.merchant.visits'), dataIndex: 'visits', align: 'right' },
        {
          title: t('analytics.merchant.lastVisit'),
          key: 'last',
          render: (_, row) => formatDateTime(row.lastVisitAt),
        },
        {
          title: t('analytics.merchant.signedAt'),
          key: 'signed',
          render: (_, row) => formatDateTime(row.signedAt),
        },
        { title: t('analytics.merchant.dealsOnline'), dataIndex: 'dealsOnline', align: 'right' },
        { title: t('analytics.merchant.sales'), dataIndex: 'sales', align: 'right' },
        { title: t('analytics.merchant.ops'), key: 'ops', render: (_, row) => (row.opsCovered ? '✓' : '') },
      ]}
    />
  );
}
