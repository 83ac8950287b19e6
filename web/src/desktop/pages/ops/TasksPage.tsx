import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { Task } from '../../../api/types.ts';
import { useMe } from '../../../auth/use-me.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { PriceGapList } from '../../../shared/PriceGapList.tsx';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import { useNow } from '../../../shared/use-now.ts';
import { ReasonModal } from '../../components/ReasonModal.tsx';
import { useUsers } from '../../lookups.ts';

const STATUSES = ['open', 'doing', 'done', 'rejected', 'escalated'] as const;
type Status = (typeof STATUSES)[number];
const STATUS_COLORS: Record<Status, string> = {
  open: 'blue',
  doing: 'processing',
  done: 'success',
  rejected: 'default',
  escalated: 'warning',
};
/** Unfinished to-dos of either kind are read whole (up to this many each), then merged by due date. */
const ACTIVE_LIMIT = 100;

type Filter = 'active' | Status | 'all';
/** What a to-do's owner does with it besides starting it; each asks for words first. */
type Closing = 'done' | 'reject' | 'escalate';

/** The caller's to-dos (or their team's), soonest due first: start, done, refuse or escalate to HQ. */
export default function TasksPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { can } = useMe();
  const users = useUsers();
  const now = useNow(60_000);
  const [params, setParams] = useSearchParams();
  const team = can('tasks.team') && params.get('scope') === 'team';
  const raw = params.get('status') ?? 'active';
  const filter: Filter =
    raw === 'all' || (STATUSES as readonly string[]).includes(raw) ? (raw as Filter) : 'active';
  const pages = useCursorPages(`${team}|${filter}`);
  const [closing, setClosing] = useState<{ task: Task; action: Closing } | null>(null);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  const list = useQuery({
    queryKey: ['tasks', team, filter, pages.cursor],
    placeholderData: (previous) => previous,
    queryFn: async () => {
      const read = (query: { status?: Status; cursor?: string; limit: number }) =>
        call(api.GET('/api/v1/tasks', { params: { query: { ...(team ? {} : { mine: true }), ...query } } }));
      if (filter !== 'active')
        return read({
          limit: 50,
          ...(filter === 'all' ? {} : { status: filter }),
          ...(pages.cursor ? { cursor: pages.cursor } : {}),
        });
      const [open, doing] = await Promise.all([
        read({ status: 'open', limit: ACTIVE_LIMIT }),
        read({ status: 'doing', limit: ACTIVE_LIMIT }),
      ]);
      const due = (task: Task) => (task.dueAt ? Date.parse(task.dueAt) : Number.POSITIVE_INFINITY);
      return { items: [...open.items, ...doing.items].sort((a, b) => due(a) - due(b)), nextCursor: null };
    },
  });

  const act = useMutation({
    mutationFn: ({ task, action, text }: { task: Task; action: 'start' | Closing; text?: string }) => {
      const path = { params: { path: { id: task.id } } };
      if (action === 'start') return call(api.POST('/api/v1/tasks/{id}/start', path));
      if (action === 'done')
        return call(api.POST('/api/v1/tasks/{id}/done', { ...path, body: text ? { feedback: text } : {} }));
      const body = { reason: text ?? '' };
      if (action === 'reject') return call(api.POST('/api/v1/tasks/{id}/reject', { ...path, body }));
      return call(api.POST('/api/v1/tasks/{id}/escalate', { ...path, body }));
    },
    onSuccess: (_, { action }) => {
      void message.success(t(`ops.tasks.toasts.${action}`));
      setClosing(null);
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  const kindLabel = (kind: string) =>
    kind === 'renewal' || kind === 'price_match' || kind === 'visit' ? t(`ops.tasks.kinds.${kind}`) : kind;
  const statusTag = (status: string) =>
    (STATUSES as readonly string[]).includes(status) ? (
      <Tag color={STATUS_COLORS[status as Status]} data-status={status} data-testid="task-status">
        {t(`ops.tasks.statuses.${status as Status}`)}
      </Tag>
    ) : (
      <Tag>{status}</Tag>
    );

  return (
    <div>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <h1>{t('ops.tasks.title')}</h1>
          <Typography.Text type="secondary">{t('ops.tasks.hint')}</Typography.Text>
        </Space>
        <Space wrap>
          {can('tasks.team') && (
            <Segmented
              value={team ? 'team' : 'mine'}
              onChange={(value) => set('scope', value === 'team' ? 'team' : undefined)}
              options={[
                { value: 'mine', label: t('ops.tasks.scope.mine') },
                { value: 'team', label: t('ops.tasks.scope.team') },
              ]}
            />
          )}
          <Select
            style={{ width: 140 }}
            aria-label={t('ops.tasks.status')}
            value={filter}
            onChange={(value: Filter) => set('status', value === 'active' ? undefined : value)}
            options={[
              { value: 'active', label: t('ops.tasks.active') },
              ...STATUSES.map((s) => ({ value: s, label: t(`ops.tasks.statuses.${s}`) })),
              { value: 'all', label: t('ops.tasks.allStatuses') },
            ]}
          />
        </Space>
      </div>
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error, t)} style={{ marginBottom: 12 }} />
      )}
      <Table<Task>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={list.isPending || (list.isFetching && list.isPlaceholderData)}
        dataSource={list.data?.items ?? []}
        data-testid="tasks-table"
        locale={{ emptyText: <Empty description={t('ops.tasks.none')} /> }}
        columns={[
          { title: t('ops.tasks.kind'), key: 'kind', render: (_, task) => <Tag>{kindLabel(task.kind)}</Tag> },
          {
            title: t('ops.tasks.task'),
            key: 'title',
            render: (_, task) => (
              <Space orientation="vertical" size={0}>
                <span translate="no">{task.title}</span>
                <PriceGapList gaps={task.context?.priceGaps} compact />
                {task.instructions && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} translate="no">
                    {task.instructions}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('ops.tasks.merchant'),
            key: 'merchant',
            render: (_, task) =>
              task.leadId ? (
                <Link to={`/leads/${task.leadId}`} translate="no">
                  {task.leadName ?? `#${task.leadId}`}
                </Link>
              ) : (
                '—'
              ),
          },
          {
            title: t('ops.tasks.due'),
            key: 'due',
            render: (_, task) =>
              task.dueAt ? (
                <Space size={4}>
                  <span>{formatDateTime(task.dueAt)}</span>
                  {task.status !== 'done' && Date.parse(task.dueAt) < now.getTime() && (
                    <Tag color="red">{t('ops.tasks.overdue')}</Tag>
                  )}
                </Space>
              ) : (
                '—'
              ),
          },
          { title: t('ops.tasks.status'), key: 'status', render: (_, task) => statusTag(task.status) },
          ...(team
            ? [
                {
                  title: t('ops.tasks.assignee'),
                  key: 'assignee',
                  render: (_: unknown, task: Task) => (
                    <span translate="no">{users.nameOf(task.assigneeId)}</span>
                  ),
                },
              ]
            : []),
          {
            title: t('ops.tasks.feedback'),
            key: 'feedback',
            render: (_, task) => <span translate="no">{task.feedback ?? ''}</span>,
          },
          {
            title: '',
            key: 'actions',
            render: (_, task) => (
              <Space>
                {task.status === 'open' && (
                  <Button
                    size="small"
                    loading={act.isPending && act.variables?.task.id === task.id}
                    onClick={() => act.mutate({ task, action: 'start' })}
                  >
                    {t('ops.tasks.start')}
                  </Button>
                )}
                {(task.status === 'open' || task.status === 'doing') && (
                  <>
                    <Button size="small" type="primary" onClick={() => setClosing({ task, action: 'done' })}>
                      {t('ops.tasks.done')}
                    </Button>
                    <Button
                      size="small"
                      data-testid="task-reject"
                      onClick={() => setClosing({ task, action: 'reject' })}
                    >
                      {t('ops.tasks.reject')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      data-testid="task-escalate"
                      onClick={() => setClosing({ task, action: 'escalate' })}
                    >
                      {t('ops.tasks.escalate')}
                    </Button>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      {filter !== 'active' && (
        <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={pages.previous} disabled={pages.page === 1}>
            {t('desktop.leads.previous')}
          </Button>
          <Button onClick={() => pages.next(list.data?.nextCursor)} disabled={!list.data?.nextCursor}>
            {t('desktop.leads.next')}
          </Button>
        </Space>
      )}
      <ReasonModal
        open={closing !== null}
        title={closing ? t(`ops.tasks.closing.${closing.action}.title`) : ''}
        hint={
          closing ? (
            <>
              <span translate="no">{closing.task.title}</span>
              <br />
              {t(`ops.tasks.closing.${closing.action}.hint`)}
            </>
          ) : undefined
        }
        label={closing?.action === 'done' ? t('ops.tasks.feedback') : t('ops.tasks.reason')}
        required={closing?.action === 'done' ? undefined : t('ops.tasks.reasonRequired')}
        okText={closing ? t(`ops.tasks.closing.${closing.action}.ok`) : undefined}
        danger={closing?.action === 'escalate'}
        maxLength={closing?.action === 'done' ? 2000 : 1000}
        loading={act.isPending}
        onCancel={() => setClosing(null)}
        onOk={(text) => closing && act.mutate({ task: closing.task, action: closing.action, text })}
      />
    </div>
  );
}
