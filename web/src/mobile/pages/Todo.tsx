import { useQuery } from '@tanstack/react-query';
import { DotLoading, List, NavBar, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client.ts';
import { formatDateTime } from '../../i18n/index.ts';
import { countdown, deadlineReasonText, formatCountdown } from '../../lib/deadline.ts';
import { useNow } from '../../shared/use-now.ts';
import { EmptyState, ErrorState } from '../components/ErrorState.tsx';

const WITHIN_DAYS = 3;

/** What needs the rep's attention: stores about to fall back, then the rest of the private pool. */
export default function Todo() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const now = useNow();
  const expiring = useQuery({
    queryKey: ['expiring', WITHIN_DAYS],
    queryFn: () =>
      call(
        api.GET('/api/v1/pool/expiring', { params: { query: { withinDays: WITHIN_DAYS, scope: 'mine' } } }),
      ),
  });
  const mine = useQuery({
    queryKey: ['my-leads'],
    queryFn: () =>
      call(api.GET('/api/v1/leads', { params: { query: { scope: 'mine', status: 'private', limit: 200 } } })),
  });
  // Renewal to-dos (and, later, campaign tasks) that are not done yet, soonest due first.
  const tasks = useQuery({
    queryKey: ['tasks', 'mine', 'active'],
    queryFn: async () => {
      const read = (status: 'open' | 'doing') =>
        call(api.GET('/api/v1/tasks', { params: { query: { mine: true, status, limit: 50 } } }));
      const [open, doing] = await Promise.all([read('open'), read('doing')]);
      const due = (task: { dueAt: string | null }) =>
        task.dueAt ? Date.parse(task.dueAt) : Number.POSITIVE_INFINITY;
      return [...open.items, ...doing.items].sort((a, b) => due(a) - due(b));
    },
  });
  const expiringIds = new Set(expiring.data?.items.map((item) => item.leadId));
  const rest = (mine.data?.items ?? [])
    .filter((lead) => !expiringIds.has(lead.id) && lead.deadlineAt)
    .sort((a, b) => Date.parse(a.deadlineAt!) - Date.parse(b.deadlineAt!));

  return (
    <div>
      <NavBar back={null}>{t('mobile.todo.title')}</NavBar>
      <List header={t('mobile.todo.expiring', { days: WITHIN_DAYS })}>
        {expiring.isPending && (
          <List.Item>
            <DotLoading color="primary" />
          </List.Item>
        )}
        {expiring.isError && <ErrorState error={expiring.error} onRetry={() => void expiring.refetch()} />}
        {expiring.data?.items.length === 0 && <EmptyState text={t('mobile.todo.empty')} />}
        {expiring.data?.items.map((item) => (
          <List.Item
            key={item.leadId}
            data-testid="expiring-item"
            onClick={() => navigate(`/leads/${item.leadId}`)}
            description={deadlineReasonText(item.deadlineReason, t)}
            extra={
              <span className={`urgency-${countdown(item.deadlineAt, now).urgency}`}>
                {formatCountdown(item.deadlineAt, now, t)}
              </span>
            }
          >
            <span translate="no">{item.name}</span>
          </List.Item>
        ))}
      </List>
      {tasks.isError && <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.data && tasks.data.length > 0 && (
        <List header={t('mobile.todo.tasks')}>
          {tasks.data.map((task) => (
            <List.Item
              key={task.id}
              data-testid="task-item"
              onClick={task.leadId ? () => navigate(`/leads/${task.leadId}`) : undefined}
              description={
                task.dueAt ? t('mobile.todo.taskDue', { date: formatDateTime(task.dueAt) }) : undefined
              }
              extra={
                task.dueAt && Date.parse(task.dueAt) < now.getTime() ? (
                  <span style={{ color: '#ff3141' }}>{t('mobile.todo.overdue')}</span>
                ) : undefined
              }
            >
              {task.kind === 'renewal' && (
                <Tag color="warning" style={{ marginRight: 6 }}>
                  {t('mobile.todo.kinds.renewal')}
                </Tag>
              )}
              <span translate="no">{task.title}</span>
            </List.Item>
          ))}
        </List>
      )}
      <List header={t('mobile.todo.followUps')}>
        {mine.isError && <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />}
        {rest.map((lead) => (
          <List.Item
            key={lead.id}
            onClick={() => navigate(`/leads/${lead.id}`)}
            description={formatDateTime(lead.deadlineAt)}
            extra={formatCountdown(lead.deadlineAt!, now, t)}
          >
            <span translate="no">{lead.name}</span>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
