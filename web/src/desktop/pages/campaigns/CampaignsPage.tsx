import { useQuery } from '@tanstack/react-query';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import type { Campaign } from './types.ts';

/** HQ's campaigns, newest first: each opens its progress (launched) or its editor (draft). */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pages = useCursorPages('campaigns');
  const list = useQuery({
    queryKey: ['campaigns', pages.cursor],
    placeholderData: (previous) => previous,
    queryFn: () =>
      call(
        api.GET('/api/v1/campaigns', {
          params: { query: { limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) } },
        }),
      ),
  });
  const open = (c: Campaign) =>
    navigate(c.status === 'draft' ? `/campaigns/${c.id}/edit` : `/campaigns/${c.id}`);
  return (
    <div>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <h1>{t('campaigns.list.title')}</h1>
          <Typography.Text type="secondary">{t('campaigns.list.hint')}</Typography.Text>
        </Space>
        <Button type="primary" onClick={() => navigate('/campaigns/new')} data-testid="new-campaign">
          {t('campaigns.list.new')}
        </Button>
      </div>
      <Table<Campaign>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        onRow={(c) => ({ onClick: () => open(c), style: { cursor: 'pointer' } })}
        locale={{ emptyText: t('campaigns.list.empty') }}
        columns={[
          {
            title: t('campaigns.fields.name'),
            dataIndex: 'name',
            render: (name: string, c) => (
              <Link to={c.status === 'draft' ? `/campaigns/${c.id}/edit` : `/campaigns/${c.id}`}>
                <span translate="no">{name}</span>
              </Link>
            ),
          },
          {
            title: t('campaigns.fields.target'),
            dataIndex: 'target',
            render: (target: string) => t(`campaigns.targets.${target === 'deals' ? 'deals' : 'leads'}`),
          },
          {
            title: t('campaigns.fields.taskTitle'),
            render: (_, c) => <span translate="no">{c.task.title}</span>,
          },
          {
            title: t('campaigns.fields.status'),
            dataIndex: 'status',
            render: (status: string) => (
              <Tag color={status === 'draft' ? 'default' : 'green'} data-testid="campaign-status">
                {t(`campaigns.statuses.${status === 'draft' ? 'draft' : 'launched'}`)}
              </Tag>
            ),
          },
          {
            title: t('campaigns.fields.matched'),
            dataIndex: 'matched',
            align: 'right',
            render: (n: number | null) => n ?? '—',
          },
          {
            title: t('campaigns.fields.launchedAt'),
            dataIndex: 'launchedAt',
            render: (at: string | null) => (at ? formatDateTime(at) : '—'),
          },
        ]}
      />
      {(pages.page > 1 || list.data?.nextCursor) && (
        <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={pages.previous} disabled={pages.page === 1}>
            {t('desktop.leads.previous')}
          </Button>
          <Button onClick={() => pages.next(list.data?.nextCursor)} disabled={!list.data?.nextCursor}>
            {t('desktop.leads.next')}
          </Button>
        </Space>
      )}
    </div>
  );
}
