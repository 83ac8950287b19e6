import { FileAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { formatDate, formatDateTime } from '../../../i18n/index.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useUsers } from '../../lookups.ts';
import { useStages } from './queries.ts';

/** One opportunity with its stage history, and the way on to its contract. */
export function OpportunityDrawer({
  id,
  leadName,
  onClose,
}: {
  id: string | null;
  leadName?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useLanguage();
  const stages = useStages();
  const users = useUsers();
  const query = useQuery({
    queryKey: ['opportunity', id],
    enabled: id !== null,
    queryFn: () => call(api.GET('/api/v1/opportunities/{id}', { params: { path: { id: id ?? '' } } })),
  });
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={520}
      title={t('pipeline.opportunity.details')}
      destroyOnHidden
    >
      <QueryState query={query}>
        {(opportunity) => {
          const stage = stages.stageOf(opportunity.stageKey);
          return (
            <div data-testid="opportunity-drawer">
              <Typography.Title level={4} translate="no">
                {opportunity.title}
              </Typography.Title>
              <Descriptions
                column={1}
                bordered
                size="small"
                items={[
                  {
                    key: 'merchant',
                    label: t('pipeline.opportunity.merchant'),
                    children: (
                      <Link to={`/leads/${opportunity.leadId}`} translate="no">
                        {leadName || `#${opportunity.leadId}`}
                      </Link>
                    ),
                  },
                  {
                    key: 'stage',
                    label: t('pipeline.opportunity.stage'),
                    children: (
                      <Tag color={stage?.isWon ? 'green' : stage?.isLost ? 'red' : 'blue'}>
                        {stages.label(opportunity.stageKey)}
                      </Tag>
                    ),
                  },
                  {
                    key: 'amount',
                    label: t('pipeline.opportunity.amount'),
                    children: formatMoney(opportunity.amount, language),
                  },
                  {
                    key: 'close',
                    label: t('pipeline.opportunity.expectedClose'),
                    children: opportunity.expectedClose
                      ? formatDate(`${opportunity.expectedClose}T00:00:00`)
                      : '—',
                  },
                  {
                    key: 'owner',
                    label: t('pipeline.opportunity.owner'),
                    children: <span translate="no">{users.nameOf(opportunity.ownerId)}</span>,
                  },
                  ...(opportunity.lostReason
                    ? [
                        {
                          key: 'lost',
                          label: t('pipeline.opportunity.lostReason'),
                          children: <span translate="no">{opportunity.lostReason}</span>,
                        },
                      ]
                    : []),
                ]}
              />
              {!stage?.isLost && (
                <Button
                  type="primary"
                  icon={<FileAddOutlined />}
                  style={{ margin: '16px 0' }}
                  onClick={() =>
                    navigate(`/contracts/new?leadId=${opportunity.leadId}&opportunityId=${opportunity.id}`)
                  }
                >
                  {t('pipeline.contract.draft')}
                </Button>
              )}
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('desktop.lead.history')}
              </Typography.Title>
              <Timeline
                items={opportunity.history.map((change, index) => ({
                  key: `${change.at}-${index}`,
                  content: (
                    <div>
                      {change.fromStage ? `${stages.label(change.fromStage)} → ` : ''}
                      <strong>{stages.label(change.toStage)}</strong>
                      <Typography.Text type="secondary">
                        {' · '}
                        <span translate="no">{change.actorName}</span>
                        {` · ${formatDateTime(change.at)}`}
                      </Typography.Text>
                      {change.note && <div translate="no">{change.note}</div>}
                    </div>
                  ),
                }))}
              />
            </div>
          );
        }}
      </QueryState>
    </Drawer>
  );
}
