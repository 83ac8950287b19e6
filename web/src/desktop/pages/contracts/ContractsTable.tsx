import { Empty, Spin, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContractSummary } from '../../../api/types.ts';
import { formatDate, formatDateTime } from '../../../i18n/index.ts';
import { formatMoney, formatPercent } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { useUsers } from '../../lookups.ts';
import { ApprovalTrail } from './ApprovalTrail.tsx';
import { ContractStatusTag, ContractTypeLabel } from './ContractStatusTag.tsx';
import { useContract } from './queries.ts';

const day = (iso: string) => formatDate(`${iso}T00:00:00`);

/** Contracts in a table; a row opens to its approval trail. */
export function ContractsTable({
  contracts,
  showMerchant,
  loading,
}: {
  contracts: ContractSummary[];
  showMerchant: boolean;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const users = useUsers();
  return (
    <Table<ContractSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      pagination={false}
      dataSource={contracts}
      data-testid="contracts-table"
      locale={{ emptyText: <Empty description={t('pipeline.contract.none')} /> }}
      expandable={{
        expandedRowRender: (row) => <TrailOf contract={row} />,
        expandRowByClick: false,
        columnTitle: '',
      }}
      columns={[
        ...(showMerchant
          ? [
              {
                title: t('pipeline.contract.merchant'),
                key: 'merchant',
                render: (_: unknown, row: ContractSummary) => (
                  <Link to={`/leads/${row.leadId}`} translate="no">
                    {row.leadName || `#${row.leadId}`}
                  </Link>
                ),
              },
            ]
          : []),
        {
          title: t('pipeline.contract.title'),
          key: 'title',
          render: (_, row) => (
            <Link to={`/contracts/${row.id}`} translate="no">
              {row.title}
            </Link>
          ),
        },
        {
          title: t('pipeline.contract.type'),
          key: 'type',
          render: (_, row) => <ContractTypeLabel type={row.type} />,
        },
        {
          title: t('pipeline.contract.status'),
          key: 'status',
          render: (_, row) => <ContractStatusTag status={row.status} />,
        },
        {
          title: t('pipeline.contract.amount'),
          key: 'amount',
          align: 'right',
          render: (_, row) => formatMoney(row.amount, language),
        },
        {
          title: t('pipeline.contract.commissionRate'),
          key: 'rate',
          align: 'right',
          render: (_, row) => formatPercent(row.commissionRate, language),
        },
        {
          title: t('pipeline.contract.term'),
          key: 'term',
          render: (_, row) => `${day(row.startOn)} – ${day(row.endOn)}`,
        },
        {
          title: t('pipeline.contract.owner'),
          key: 'owner',
          render: (_, row) => <span translate="no">{users.nameOf(row.ownerId)}</span>,
        },
        {
          title: t('pipeline.contract.updatedAt'),
          key: 'updated',
          render: (_, row) => formatDateTime(row.updatedAt),
        },
      ]}
    />
  );
}

function TrailOf({ contract }: { contract: ContractSummary }) {
  const full = useContract(contract.id);
  if (!full.data) return <Spin size="small" />;
  return <ApprovalTrail contract={full.data} approvals={full.data.approvals} />;
}
