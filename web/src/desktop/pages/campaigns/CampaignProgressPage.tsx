import { useQuery } from '@tanstack/react-query';
import {
  Progress as Bar,
  Button,
  Card,
  Col,
  Descriptions,
  Image,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { objectUrlOf } from '../../../shared/download.ts';
import { PriceGapList } from '../../../shared/PriceGapList.tsx';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import type { ChartOption } from '../../components/EChart.tsx';
import { TaskStatusTag } from './TaskStatusTag.tsx';
import type { FeedbackTask, Progress } from './types.ts';

const EChart = lazy(() => import('../../components/EChart.tsx'));

type CountRow = Progress['byCity'][number] | Progress['byTeam'][number];

/** A campaign's progress by city and by team, and what the field sent back. */
export default function CampaignProgressPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams() as { id: string };
  const pages = useCursorPages(`feedback-${id}`);
  const campaign = useQuery({
    queryKey: ['campaign', id],
    queryFn: () => call(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } })),
  });
  const progress = useQuery({
    queryKey: ['campaign-progress', id],
    refetchInterval: 30_000,
    queryFn: () => call(api.GET('/api/v1/campaigns/{id}/progress', { params: { path: { id } } })),
  });
  const feedback = useQuery({
    queryKey: ['campaign-feedback', id, pages.cursor],
    placeholderData: (previous) => previous,
    queryFn: () =>
      call(
        api.GET('/api/v1/campaigns/{id}/feedback', {
          params: { path: { id }, query: { limit: 20, ...(pages.cursor ? { cursor: pages.cursor } : {}) } },
        }),
      ),
  });
  const p = progress.data;
  const statuses = ['open', 'doing', 'done', 'rejected', 'escalated'] as const;
  const colors = {
    open: '#1677ff',
    doing: '#13c2c2',
    done: '#52c41a',
    rejected: '#bfbfbf',
    escalated: '#faad14',
  };
  const option: ChartOption | null = p
    ? {
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: statuses.map((s) => t(`ops.tasks.statuses.${s}`)) },
        grid: { left: 40, right: 16, top: 40, bottom: 30, containLabel: true },
        xAxis: { type: 'category', data: p.byTeam.map((r) => r.unitName) },
        yAxis: { type: 'value', minInterval: 1 },
        series: statuses.map((s) => ({
          name: t(`ops.tasks.statuses.${s}`),
          type: 'bar',
          stack: 'all',
          barMaxWidth: 48,
          itemStyle: { color: colors[s] },
          data: p.byTeam.map((r) => r[s]),
        })),
      }
    : null;
  const countColumns = [
    { title: t('campaigns.progress.total'), dataIndex: 'total', align: 'right' as const },
    ...statuses.map((s) => ({ title: t(`ops.tasks.statuses.${s}`), dataIndex: s, align: 'right' as const })),
    {
      title: t('campaigns.progress.overdue'),
      dataIndex: 'overdue',
      align: 'right' as const,
      render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
    },
    {
      title: t('campaigns.progress.donePct'),
      dataIndex: 'donePct',
      width: 160,
      render: (pct: number) => <Bar percent={pct} size="small" />,
    },
  ];
  const c = campaign.data;
  return (
    <div>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <h1 translate="no">{c?.name ?? '…'}</h1>
          <Typography.Text type="secondary">{t('campaigns.progress.hint')}</Typography.Text>
        </Space>
        <Space>
          <Button onClick={() => navigate('/escalations')}>{t('desktop.menu.escalations')}</Button>
          <Button onClick={() => navigate('/campaigns')}>{t('actions.back')}</Button>
        </Space>
      </div>
      {c && (
        <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('campaigns.fields.taskTitle')}>
            <span translate="no">{c.task.title}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.launchedAt')}>
            {c.launchedAt ? formatDateTime(c.launchedAt) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.matched')}>{c.matched ?? '—'}</Descriptions.Item>
        </Descriptions>
      )}
      {p && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col span={4}>
            <Statistic title={t('campaigns.progress.total')} value={p.totals.total} />
          </Col>
          <Col span={4}>
            <Statistic title={t('ops.tasks.statuses.done')} value={p.totals.done} data-testid="done-count" />
          </Col>
          <Col span={4}>
            <Statistic title={t('campaigns.progress.donePct')} value={p.totals.donePct} suffix="%" />
          </Col>
          <Col span={4}>
            <Statistic title={t('ops.tasks.statuses.escalated')} value={p.totals.escalated} />
          </Col>
          <Col span={4}>
            <Statistic title={t('ops.tasks.statuses.rejected')} value={p.totals.rejected} />
          </Col>
          <Col span={4}>
            <Statistic
              title={t('campaigns.progress.overdue')}
              value={p.totals.overdue}
              styles={{ content: { color: p.totals.overdue > 0 ? '#ff4d4f' : undefined } }}
            />
          </Col>
        </Row>
      )}
      <Row gutter={16}>
        <Col span={24}>
          <Card size="small" title={t('campaigns.progress.byTeam')} style={{ marginBottom: 16 }}>
            {option && p && p.byTeam.length > 0 && (
              <Suspense fallback={null}>
                <EChart option={option} height={220} testId="progress-chart" />
              </Suspense>
            )}
            <Table<CountRow>
              size="small"
              rowKey="unitId"
              pagination={false}
              dataSource={p?.byTeam ?? []}
              columns={[
                {
                  title: t('campaigns.progress.team'),
                  dataIndex: 'unitName',
                  render: (n: string) => <span translate="no">{n}</span>,
                },
                ...countColumns,
              ]}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('campaigns.progress.byCity')} style={{ marginBottom: 16 }}>
            <Table<CountRow>
              size="small"
              rowKey={(r) => ('cityId' in r ? (r.cityId ?? '-') : '-')}
              pagination={false}
              dataSource={p?.byCity ?? []}
              columns={[
                {
                  title: t('desktop.leads.city'),
                  dataIndex: 'cityName',
                  render: (n: string | null) => <span translate="no">{n ?? '—'}</span>,
                },
                ...countColumns,
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('campaigns.progress.feedback')}>
        <Table<FeedbackTask>
          size="small"
          rowKey="id"
          pagination={false}
          data-testid="feedback-list"
          loading={feedback.isPending}
          dataSource={feedback.data?.items ?? []}
          locale={{ emptyText: t('campaigns.progress.noFeedback') }}
          columns={[
            {
              title: t('campaigns.editor.merchant'),
              render: (_, f) =>
                f.leadId ? (
                  <Link to={`/leads/${f.leadId}`}>
                    <span translate="no">{f.leadName}</span>
                  </Link>
                ) : (
                  '—'
                ),
            },
            {
              title: t('campaigns.editor.assignee'),
              render: (_, f) => <span translate="no">{f.assigneeName}</span>,
            },
            { title: t('campaigns.fields.status'), render: (_, f) => <TaskStatusTag status={f.status} /> },
            {
              title: t('campaigns.progress.said'),
              render: (_, f) => (
                <Space orientation="vertical" size={2}>
                  <PriceGapList gaps={f.context?.priceGaps} compact />
                  {f.feedback && (
                    <span translate="no" data-testid="feedback-text">
                      {f.feedback}
                    </span>
                  )}
                  {f.reason && (
                    <Typography.Text type="secondary" translate="no">
                      {f.reason}
                    </Typography.Text>
                  )}
                  {f.resolution && (
                    <Tag color="purple">
                      <span translate="no">{f.resolution}</span>
                    </Tag>
                  )}
                </Space>
              ),
            },
            {
              title: t('campaigns.progress.photo'),
              render: (_, f) => (f.photoUrl ? <PhotoThumb url={f.photoUrl} /> : '—'),
            },
            { title: t('campaigns.progress.at'), render: (_, f) => formatDateTime(f.updatedAt) },
          ]}
        />
        {(pages.page > 1 || feedback.data?.nextCursor) && (
          <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
            <Button onClick={pages.previous} disabled={pages.page === 1}>
              {t('desktop.leads.previous')}
            </Button>
            <Button
              onClick={() => pages.next(feedback.data?.nextCursor)}
              disabled={!feedback.data?.nextCursor}
            >
              {t('desktop.leads.next')}
            </Button>
          </Space>
        )}
      </Card>
    </div>
  );
}

/** The photo needs the bearer token, so it is fetched as a blob rather than linked. */
function PhotoThumb({ url }: { url: string }) {
  const blob = useQuery({
    queryKey: ['task-photo', url],
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => objectUrlOf(url),
  });
  return blob.data ? <Image src={blob.data} width={48} height={48} style={{ objectFit: 'cover' }} /> : null;
}
