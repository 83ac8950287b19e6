import { useInfiniteQuery } from '@tanstack/react-query';
import { DotLoading, InfiniteScroll, List, NavBar, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client.ts';
import type { ResponseOf } from '../../api/types.ts';
import { formatDateTime } from '../../i18n/index.ts';
import { countdown, deadlineReasonText, formatCountdown } from '../../lib/deadline.ts';
import { useNow } from '../../shared/use-now.ts';
import { EmptyState, ErrorState } from '../components/ErrorState.tsx';
import { TaskSheet } from '../components/TaskSheet.tsx';

type Todo = ResponseOf<'/api/v1/todos', 'get'>['items'][number];
const KINDS = ['pool_deadline', 'follow_up', 'renewal', 'price_match', 'visit', 'deal_refresh'] as const;

/**
 * Everything that needs the rep, most urgent first (GET /todos merges it on the server): tasks
 * from HQ and managers, renewals, stores about to fall back to the public pool, follow-ups.
 */
export default function Todo() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const now = useNow();
  const [openTask, setOpenTask] = useState<string | null>(null);
  const todos = useInfiniteQuery({
    queryKey: ['todos'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/todos', {
          params: { query: { limit: 30, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = todos.data?.pages.flatMap((p) => p.items) ?? [];
  const kindLabel = (kind: string) =>
    (KINDS as readonly string[]).includes(kind)
      ? t(`campaigns.todo.kinds.${kind as (typeof KINDS)[number]}`)
      : t('campaigns.todo.kinds.task');

  const describe = (item: Todo) => {
    if (item.kind === 'pool_deadline') return deadlineReasonText(item.reason, t);
    if (item.source === 'task') return item.leadName ?? undefined;
    return item.reason ?? undefined;
  };
  const due = (item: Todo) => {
    if (!item.dueAt) return <span>{t('campaigns.todo.noDue')}</span>;
    if (item.overdue) return <span style={{ color: '#ff3141' }}>{t('campaigns.todo.overdue')}</span>;
    if (item.kind === 'pool_deadline')
      return (
        <span className={`urgency-${countdown(item.dueAt, now).urgency}`}>
          {formatCountdown(item.dueAt, now, t)}
        </span>
      );
    return <span>{t('campaigns.todo.due', { date: formatDateTime(item.dueAt) })}</span>;
  };

  return (
    <div>
      <NavBar back={null}>{t('campaigns.todo.title')}</NavBar>
      {todos.isPending && (
        <div className="page-loading" role="status">
          <DotLoading color="primary" />
        </div>
      )}
      {todos.isError && <ErrorState error={todos.error} onRetry={() => void todos.refetch()} />}
      {todos.data && items.length === 0 && <EmptyState text={t('campaigns.todo.empty')} />}
      {items.length > 0 && (
        <List>
          {items.map((item) => (
            <List.Item
              key={`${item.source}-${item.id}`}
              data-testid={
                item.source === 'task'
                  ? 'task-item'
                  : item.kind === 'pool_deadline'
                    ? 'expiring-item'
                    : 'follow-up-item'
              }
              data-kind={item.kind}
              onClick={() =>
                item.source === 'task' ? setOpenTask(item.id) : navigate(`/leads/${item.link.id}`)
              }
              description={describe(item) ? <span translate="no">{describe(item)}</span> : undefined}
              extra={due(item)}
            >
              <Tag
                color={item.overdue ? 'danger' : item.source === 'task' ? 'primary' : 'warning'}
                style={{ marginRight: 6 }}
              >
                {kindLabel(item.kind)}
              </Tag>
              {item.status === 'doing' && (
                <Tag color="success" fill="outline" style={{ marginRight: 6 }}>
                  {t('ops.tasks.statuses.doing')}
                </Tag>
              )}
              <span translate="no">{item.title}</span>
            </List.Item>
          ))}
        </List>
      )}
      {todos.data && items.length > 0 && (
        <InfiniteScroll
          hasMore={todos.hasNextPage}
          loadMore={async () => void (await todos.fetchNextPage())}
        />
      )}
      {openTask && <TaskSheet taskId={openTask} onClose={() => setOpenTask(null)} />}
    </div>
  );
}
