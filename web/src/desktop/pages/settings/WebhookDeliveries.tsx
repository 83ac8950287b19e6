import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { QueryState } from '../../components/QueryState.tsx';

const STATUS_COLOR: Record<string, string> = {
  pending: 'blue',
  retrying: 'orange',
  succeeded: 'green',
  dead: 'red',
};

type DeliveryStatus = 'pending' | 'retrying' | 'succeeded' | 'dead';

/** Every attempt of one delivery: status code, answer, error, duration. */
function Attempts({ deliveryId }: { deliveryId: string }) {
  const { t } = useTranslation();
  const detail = useQuery({
    queryKey: ['webhook-delivery', deliveryId],
    queryFn: () => call(api.GET('/api/v1/webhook-deliveries/{id}', { params: { path: { id: deliveryId } } })),
  });
  return (
    <QueryState query={detail}>
      {(data) => (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data.attemptLog}
          columns={[
            {
              title: t('integrations.webhooks.attemptAt'),
              key: 'at',
              render: (_, a) => (
                <span>
                  {formatDateTime(a.at)} {a.replay && <Tag>{t('integrations.webhooks.replayTag')}</Tag>}
                </span>
              ),
            },
            {
              title: t('integrations.webhooks.statusCode'),
              key: 'code',
              render: (_, a) => a.statusCode ?? '—',
            },
            {
              title: t('integrations.webhooks.error'),
              key: 'error',
              render: (_, a) => <span translate="no">{a.error ?? '—'}</span>,
            },
            {
              title: t('integrations.webhooks.duration'),
              key: 'duration',
              render: (_, a) => t('integrations.webhooks.durationMs', { ms: a.durationMs }),
            },
            {
              title: t('integrations.webhooks.response'),
              key: 'response',
              render: (_, a) => (
                <Typography.Text translate="no" ellipsis style={{ maxWidth: 240 }}>
                  {a.responseSnippet ?? '—'}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
    </QueryState>
  );
}

/** The delivery log of one endpoint, newest first, with a replay per delivery. */
export function WebhookDeliveries({
  endpoint,
  onClose,
}: {
  endpoint: { id: string; url: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [onlyDead, setOnlyDead] = useState(false);
  const status: DeliveryStatus | undefined = onlyDead ? 'dead' : undefined;
  const deliveries = useQuery({
    queryKey: ['webhook-deliveries', endpoint?.id, status],
    enabled: endpoint !== null,
    queryFn: () =>
      call(
        api.GET('/api/v1/webhooks/{id}/deliveries', {
          params: { path: { id: endpoint!.id }, query: { status, limit: 100 } },
        }),
      ),
  });
  const replay = useMutation({
    mutationFn: (id: string) =>
      call(api.POST('/api/v1/webhook-deliveries/{id}/replay', { params: { path: { id } } })),
    onSuccess: () => {
      void message.success(t('integrations.webhooks.replayed'));
      void queryClient.invalidateQueries({ queryKey: ['webhook-deliveries'] });
      void queryClient.invalidateQueries({ queryKey: ['webhook-delivery'] });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  return (
    <Drawer
      open={endpoint !== null}
      onClose={onClose}
      size={960}
      title={
        <span>
          {t('integrations.webhooks.deliveries')} <span translate="no">{endpoint?.url}</span>
        </span>
      }
      extra={
        <span>
          <Switch size="small" checked={onlyDead} onChange={setOnlyDead} />{' '}
          {t('integrations.webhooks.onlyDead')}
        </span>
      }
    >
      <QueryState query={deliveries}>
        {(data) => (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.items}
            expandable={{ expandedRowRender: (d) => <Attempts deliveryId={d.id} /> }}
            columns={[
              {
                title: t('integrations.webhooks.event'),
                key: 'event',
                render: (_, d) => (
                  <span>
                    {t(`integrations.webhooks.types.${d.eventType}`, { defaultValue: d.eventType })}{' '}
                    <Typography.Text type="secondary" translate="no">
                      #{d.eventId}
                    </Typography.Text>
                  </span>
                ),
              },
              {
                title: t('integrations.webhooks.status'),
                key: 'status',
                render: (_, d) => (
                  <Tag color={STATUS_COLOR[d.status]}>
                    {t(`integrations.webhooks.deliveryStatus.${d.status as DeliveryStatus}`)}
                  </Tag>
                ),
              },
              { title: t('integrations.webhooks.attempts'), key: 'attempts', dataIndex: 'attempts' },
              {
                title: t('integrations.webhooks.lastResult'),
                key: 'last',
                render: (_, d) => <span translate="no">{d.lastError ?? d.lastStatusCode ?? '—'}</span>,
              },
              {
                title: t('integrations.webhooks.nextAttempt'),
                key: 'next',
                render: (_, d) => formatDateTime(d.nextAttemptAt) || '—',
              },
              {
                title: t('integrations.webhooks.createdAt'),
                key: 'created',
                render: (_, d) => formatDateTime(d.createdAt),
              },
              {
                title: '',
                key: 'replay',
                render: (_, d) => (
                  <Button size="small" loading={replay.isPending} onClick={() => replay.mutate(d.id)}>
                    {t('integrations.webhooks.replay')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Drawer>
  );
}
