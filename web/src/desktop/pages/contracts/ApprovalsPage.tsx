import { ReloadOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PendingApproval } from '../../../api/types.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { formatMoney, formatPercent } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { useNow } from '../../../shared/use-now.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useUsers } from '../../lookups.ts';
import { roleLabel } from '../../role-label.ts';
import { ApprovalTrail } from './ApprovalTrail.tsx';
import { ContractActions } from './ContractActions.tsx';
import { ContractDetails } from './ContractDetails.tsx';
import { ContractStatusTag } from './ContractStatusTag.tsx';
import { waitingTime } from './contract-rules.ts';
import { useContract, usePendingApprovals } from './queries.ts';

/** The contracts waiting for the caller's decision, longest waiting first. */
export default function ApprovalsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const users = useUsers();
  const now = useNow(60_000);
  const pending = usePendingApprovals();
  const [opened, setOpened] = useState<string | null>(null);

  return (
    <div>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <h1>{t('pipeline.approvals.title')}</h1>
          <Typography.Text type="secondary">{t('pipeline.approvals.hint')}</Typography.Text>
        </Space>
        <Button icon={<ReloadOutlined />} onClick={() => void pending.refetch()}>
          {t('actions.refresh')}
        </Button>
      </div>
      <QueryState query={pending}>
        {(data) => (
          <Table<PendingApproval>
            rowKey="contractId"
            pagination={false}
            dataSource={data.items}
            data-testid="approvals-table"
            locale={{ emptyText: <Empty description={t('pipeline.approvals.none')} /> }}
            onRow={(row) => ({ onDoubleClick: () => setOpened(row.contractId) })}
            columns={[
              {
                title: t('pipeline.contract.merchant'),
                key: 'merchant',
                render: (_, row) => (
                  <Link to={`/leads/${row.leadId}`} translate="no">
                    {row.leadName}
                  </Link>
                ),
              },
              {
                title: t('pipeline.contract.title'),
                key: 'title',
                render: (_, row) => (
                  <Typography.Link onClick={() => setOpened(row.contractId)} translate="no">
                    {row.title}
                  </Typography.Link>
                ),
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
                title: t('pipeline.approvals.step'),
                key: 'step',
                render: (_, row) =>
                  t('pipeline.contract.stepLabel', { step: row.step, role: roleLabel(row.role, t) }),
              },
              {
                title: t('pipeline.contract.owner'),
                key: 'owner',
                render: (_, row) => <span translate="no">{users.nameOf(row.ownerId)}</span>,
              },
              {
                title: t('pipeline.approvals.since'),
                key: 'since',
                render: (_, row) => {
                  const waited = waitingTime(row.since, now);
                  return (
                    <Space orientation="vertical" size={0}>
                      <span>{formatDateTime(row.since)}</span>
                      <Typography.Text type="secondary">
                        {t('pipeline.approvals.waitingFor', {
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
                  <Button type="primary" size="small" onClick={() => setOpened(row.contractId)}>
                    {t('pipeline.approvals.open')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <ApprovalDrawer id={opened} onClose={() => setOpened(null)} />
    </div>
  );
}

function ApprovalDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const contract = useContract(id);
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={640}
      destroyOnHidden
      title={
        contract.data ? (
          <Space>
            <span translate="no">{contract.data.title}</span>
            <ContractStatusTag status={contract.data.status} />
          </Space>
        ) : (
          t('pipeline.contract.title')
        )
      }
      extra={contract.data && <ContractActions contract={contract.data} onDone={onClose} />}
    >
      <QueryState query={contract}>
        {(data) => (
          <Space orientation="vertical" size={24} style={{ width: '100%' }} data-testid="approval-drawer">
            <ContractDetails contract={data} column={1} />
            <div>
              <Typography.Title level={5}>{t('pipeline.contract.trail')}</Typography.Title>
              <ApprovalTrail contract={data} approvals={data.approvals} />
            </div>
            <Link to={`/contracts/${data.id}`}>{t('pipeline.contract.open')}</Link>
          </Space>
        )}
      </QueryState>
    </Drawer>
  );
}
