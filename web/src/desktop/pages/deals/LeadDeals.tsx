import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Lead360 } from '../../../api/types.ts';
import { DealPrice, DealStatusTag, dealDay } from './DealParts.tsx';
import { worksOnDeals } from './deal-rules.ts';
import { useDealViewer } from './queries.ts';

type Deal = Lead360['deals'][number];

/** The merchant's deals, newest first, and the way to draft another once it is signed. */
export function LeadDeals({ lead }: { lead: Lead360 }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useDealViewer();
  const signed = lead.status === 'signed';
  const allowed = signed && worksOnDeals(lead, viewer);
  const button = (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      disabled={!allowed}
      onClick={() => navigate(`/deals/new?leadId=${lead.id}`)}
    >
      {t('deals.create')}
    </Button>
  );
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {viewer.canDraft &&
        (allowed ? (
          button
        ) : (
          <Tooltip title={signed ? t('deals.needsWorker') : t('deals.needsSigned')}>{button}</Tooltip>
        ))}
      <Table<Deal>
        rowKey="id"
        pagination={false}
        dataSource={lead.deals}
        data-testid="lead-deals"
        locale={{ emptyText: <Empty description={t('pipeline.deal.none')} /> }}
        columns={[
          {
            title: t('pipeline.deal.title'),
            key: 'title',
            render: (_, d) => (
              <Link to={`/deals/${d.id}`} translate="no">
                {d.title}
              </Link>
            ),
          },
          {
            title: t('pipeline.deal.status'),
            key: 'status',
            render: (_, d) => <DealStatusTag status={d.status} />,
          },
          {
            title: t('pipeline.deal.price'),
            key: 'price',
            align: 'right',
            render: (_, d) => <DealPrice deal={d} />,
          },
          {
            title: t('pipeline.deal.validity'),
            key: 'validity',
            render: (_, d) => `${dealDay(d.validFrom)} – ${dealDay(d.validTo)}`,
          },
          { title: t('pipeline.deal.sales'), key: 'sales', align: 'right', render: (_, d) => d.salesCount },
        ]}
      />
    </Space>
  );
}
