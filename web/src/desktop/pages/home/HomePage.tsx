import { useQuery } from '@tanstack/react-query';
import { Card, Col, List, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useMe } from '../../../auth/use-me.ts';
import { formatDateTime } from '../../../i18n/index.ts';

/** Lists answer pages of at most this many: a count beyond it shows as "200+". */
const PAGE = 200;

const countOf = (page: { items: unknown[]; nextCursor?: string | null } | undefined) =>
  page ? `${page.items.length}${page.nextCursor ? '+' : ''}` : '…';

/**
 * The landing page: what needs the user's attention today, each figure a link to the list behind
 * it. Deliberately small; metrics and charts live in analytics.
 */
export default function HomePage() {
  const { t } = useTranslation();
  const { me, can } = useMe();
  const claimer = can('leads.claim');
  const privateLeads = useQuery({
    queryKey: ['home', 'private'],
    enabled: claimer,
    queryFn: () =>
      call(
        api.GET('/api/v1/leads', { params: { query: { scope: 'mine', status: 'private', limit: PAGE } } }),
      ),
  });
  const expiring = useQuery({
    queryKey: ['home', 'expiring'],
    enabled: claimer,
    queryFn: () =>
      call(
        api.GET('/api/v1/pool/expiring', { params: { query: { scope: 'mine', withinDays: 3, limit: 500 } } }),
      ),
  });
  const todos = useQuery({
    queryKey: ['home', 'todos'],
    queryFn: () =>
      call(api.GET('/api/v1/tasks', { params: { query: { mine: true, status: 'open', limit: PAGE } } })),
  });
  const visits = useQuery({
    queryKey: ['home', 'visits'],
    queryFn: () => call(api.GET('/api/v1/visits', { params: { query: { limit: 8 } } })),
  });

  const figure = (testId: string, title: string, value: string, to: string) => (
    <Col xs={24} sm={12} lg={8}>
      <Link to={to}>
        <Card size="small" hoverable data-testid={testId}>
          <Statistic title={title} value={value} />
        </Card>
      </Link>
    </Col>
  );

  return (
    <div>
      <div className="page-header">
        <h1>
          {/* The message carries its own spacing: none after "你好，", one after "Hello,". */}
          {t('workbench.home.greeting')}
          <span translate="no">{me?.user?.displayName ?? ''}</span>
        </h1>
      </div>
      <Row gutter={[16, 16]}>
        {claimer &&
          figure('home-private', t('workbench.home.private'), countOf(privateLeads.data), '/pool/mine')}
        {claimer &&
          figure(
            'home-expiring',
            t('workbench.home.expiring'),
            expiring.data ? String(expiring.data.items.length) : '…',
            '/pool/expiring',
          )}
        {figure('home-todos', t('workbench.home.todos'), countOf(todos.data), '/tasks')}
      </Row>
      <Card title={t('workbench.home.recentVisits')} size="small" style={{ marginTop: 16 }}>
        <List
          data-testid="home-visits"
          loading={visits.isPending}
          dataSource={visits.data?.items ?? []}
          locale={{ emptyText: visits.isError ? t('states.error') : t('workbench.home.noVisits') }}
          renderItem={(visit) => (
            <List.Item>
              <Link to={`/leads/${visit.leadId}`} translate="no">
                {visit.leadName}
              </Link>
              <Typography.Text type="secondary">
                {t(`visitKinds.${visit.kind as 'first'}`, { defaultValue: visit.kind })} ·{' '}
                {formatDateTime(visit.at)}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
