import { FileAddOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Lead360, Opportunity } from '../../../api/types.ts';
import { formatDate, formatDateTime } from '../../../i18n/index.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { useUsers } from '../../lookups.ts';
import { ContractsTable } from '../contracts/ContractsTable.tsx';
import { CreateOpportunity, useWorksOn } from '../pipeline/CreateOpportunity.tsx';
import { OpportunityDrawer } from '../pipeline/OpportunityDrawer.tsx';
import { useStages } from '../pipeline/queries.ts';

/** The merchant's opportunities, newest first, with the way to open another. */
export function LeadOpportunities({ lead }: { lead: Lead360 }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const stages = useStages();
  const users = useUsers();
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <div data-testid="lead-opportunities">
      <div style={{ marginBottom: 12 }}>
        <CreateOpportunity lead={lead} />
      </div>
      <Table<Opportunity>
        rowKey="id"
        pagination={false}
        dataSource={lead.opportunities}
        locale={{ emptyText: <Empty description={t('pipeline.opportunity.none')} /> }}
        columns={[
          {
            title: t('pipeline.opportunity.title'),
            key: 'title',
            render: (_, o) => (
              <Typography.Link onClick={() => setOpened(o.id)} translate="no">
                {o.title}
              </Typography.Link>
            ),
          },
          {
            title: t('pipeline.opportunity.stage'),
            key: 'stage',
            render: (_, o) => {
              const stage = stages.stageOf(o.stageKey);
              return (
                <Tag
                  color={stage?.isWon ? 'green' : stage?.isLost ? 'red' : 'blue'}
                  data-testid="opportunity-stage"
                >
                  {stages.label(o.stageKey)}
                </Tag>
              );
            },
          },
          {
            title: t('pipeline.opportunity.amount'),
            key: 'amount',
            align: 'right',
            render: (_, o) => formatMoney(o.amount, language),
          },
          {
            title: t('pipeline.opportunity.expectedClose'),
            key: 'close',
            render: (_, o) => (o.expectedClose ? formatDate(`${o.expectedClose}T00:00:00`) : '—'),
          },
          {
            title: t('pipeline.opportunity.owner'),
            key: 'owner',
            render: (_, o) => <span translate="no">{users.nameOf(o.ownerId)}</span>,
          },
          {
            title: t('pipeline.opportunity.lostReason'),
            key: 'lost',
            render: (_, o) => <span translate="no">{o.lostReason ?? ''}</span>,
          },
          {
            title: t('pipeline.opportunity.updatedAt'),
            key: 'updated',
            render: (_, o) => formatDateTime(o.updatedAt),
          },
        ]}
      />
      <OpportunityDrawer id={opened} leadName={lead.name} onClose={() => setOpened(null)} />
    </div>
  );
}

/** The merchant's contracts with their approval trails, and the way to draft another. */
export function LeadContracts({ lead }: { lead: Lead360 }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const allowed = useWorksOn(lead);
  const button = (
    <Button
      type="primary"
      icon={<FileAddOutlined />}
      disabled={!allowed}
      onClick={() => navigate(`/contracts/new?leadId=${lead.id}`)}
    >
      {t('pipeline.contract.draft')}
    </Button>
  );
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="lead-contracts">
      {allowed ? button : <Tooltip title={t('pipeline.contract.needsOwner')}>{button}</Tooltip>}
      <ContractsTable contracts={lead.contracts} showMerchant={false} />
    </Space>
  );
}
