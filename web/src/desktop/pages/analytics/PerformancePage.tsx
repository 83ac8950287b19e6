import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { useMe } from '../../../auth/use-me.ts';
import { downloadFile } from '../../../shared/download.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { roleLabel } from '../../role-label.ts';
import { KpiDefinitions, type MetricKey } from './KpiDefinitions.tsx';

/** Monthly KPI scores: the ranking, team averages, the export, and (for admins) the definitions. */
export default function PerformancePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useMe();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const key = month.format('YYYY-MM');
  const scores = useQuery({
    queryKey: ['kpi', 'scores', key],
    queryFn: () => call(api.GET('/api/v1/kpi/scores', { params: { query: { month: key } } })),
  });
  const exportFile = async () => {
    try {
      const lang = t('analytics.performance.title') === '绩效考核' ? 'zh' : 'en';
      await downloadFile(`/api/v1/kpi/scores/export?month=${key}&lang=${lang}`, `kpi-${key}.xlsx`);
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };
  return (
    <div>
      <div className="page-header">
        <h1>{t('analytics.performance.title')}</h1>
        <div className="filter-bar" style={{ margin: 0 }}>
          <DatePicker
            picker="month"
            value={month}
            allowClear={false}
            onChange={(value) => value && setMonth(value)}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')}
          />
          <Button icon={<DownloadOutlined />} onClick={exportFile} data-testid="export-kpi">
            {t('analytics.performance.export')}
          </Button>
        </div>
      </div>
      <QueryState query={scores}>
        {(data) => (
          <>
            <Card size="small" title={t('analytics.performance.ranking')}>
              <Table
                rowKey="userId"
                size="small"
                dataSource={data.people}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                locale={{ emptyText: t('analytics.performance.noDefinitions') }}
                data-testid="ranking-table"
                expandable={{
                  expandedRowRender: (person) => (
                    <Table
                      rowKey="metric"
                      size="small"
                      pagination={false}
                      dataSource={person.lines}
                      columns={[
                        {
                          title: t('analytics.kpi.metric'),
                          key: 'metric',
                          render: (_, line) => t(`analytics.kpi.metrics.${line.metric as MetricKey}`),
                        },
                        {
                          title: t('analytics.performance.weight'),
                          key: 'w',
                          render: (_, line) => `${line.weight}%`,
                        },
                        { title: t('analytics.performance.target'), dataIndex: 'target', align: 'right' },
                        { title: t('analytics.performance.actual'), dataIndex: 'actual', align: 'right' },
                        { title: t('analytics.performance.points'), dataIndex: 'points', align: 'right' },
                      ]}
                    />
                  ),
                }}
                columns={[
                  {
                    title: t('analytics.performance.rank'),
                    key: 'rank',
                    render: (_, __, i) => i + 1,
                    width: 70,
                  },
                  {
                    title: t('analytics.performance.name'),
                    key: 'name',
                    render: (_, p) => <span translate="no">{p.name}</span>,
                  },
                  { title: t('desktop.users.role'), key: 'role', render: (_, p) => roleLabel(p.role, t) },
                  {
                    title: t('analytics.performance.team'),
                    key: 'team',
                    render: (_, p) => <span translate="no">{p.unitName}</span>,
                  },
                  {
                    title: t('analytics.performance.city'),
                    key: 'city',
                    render: (_, p) => <span translate="no">{p.cityName ?? '—'}</span>,
                  },
                  {
                    title: t('analytics.performance.score'),
                    key: 'score',
                    align: 'right',
                    render: (_, p) => <strong>{p.score.toFixed(2)}</strong>,
                  },
                  {
                    title: t('analytics.performance.teamRank'),
                    key: 'tr',
                    align: 'right',
                    render: (_, p) => p.teamRank ?? '—',
                  },
                  {
                    title: t('analytics.performance.cityRank'),
                    key: 'cr',
                    align: 'right',
                    render: (_, p) => p.cityRank ?? '—',
                  },
                ]}
              />
            </Card>
            {data.teams.length > 0 && (
              <Card size="small" title={t('analytics.performance.teams')} style={{ marginTop: 16 }}>
                <Table
                  rowKey="unitId"
                  size="small"
                  pagination={false}
                  dataSource={data.teams}
                  columns={[
                    {
                      title: t('analytics.performance.team'),
                      key: 'name',
                      render: (_, team) => <span translate="no">{team.name}</span>,
                    },
                    { title: t('analytics.performance.people'), dataIndex: 'people', align: 'right' },
                    {
                      title: t('analytics.performance.average'),
                      key: 'score',
                      align: 'right',
                      render: (_, team) => team.score.toFixed(2),
                    },
                    {
                      title: t('analytics.performance.cityRank'),
                      key: 'cr',
                      align: 'right',
                      render: (_, team) => team.cityRank ?? '—',
                    },
                  ]}
                />
              </Card>
            )}
          </>
        )}
      </QueryState>
      {can('kpi.manage') && <KpiDefinitions />}
    </div>
  );
}
