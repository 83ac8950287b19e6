import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { BodyOf, ResponseOf } from '../../../api/types.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { WebhookDeliveries } from './WebhookDeliveries.tsx';

type Endpoint = ResponseOf<'/api/v1/webhooks', 'get'>['items'][number];
type EventType = BodyOf<'/api/v1/webhooks', 'post'>['eventTypes'][number];
interface EndpointForm {
  url: string;
  description?: string;
  eventTypes: EventType[];
  active: boolean;
}

/** Webhook endpoints: where events are pushed, which ones, their secrets and delivery logs. */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Endpoint | 'new' | null>(null);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [logOf, setLogOf] = useState<Endpoint | null>(null);
  const [form] = Form.useForm<EndpointForm>();
  const endpoints = useQuery({ queryKey: ['webhooks'], queryFn: () => call(api.GET('/api/v1/webhooks')) });
  // The server's list, so that a new event type is offered without a change here.
  const eventTypes = useQuery({
    queryKey: ['events', 'types'],
    queryFn: () => call(api.GET('/api/v1/events/types')),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['webhooks'] });
  const onError = (error: unknown) => void message.error(errorMessage(error, t));
  const save = useMutation({
    mutationFn: async (values: EndpointForm) => {
      const body = { ...values, description: values.description?.trim() || undefined };
      if (editing === 'new') return call(api.POST('/api/v1/webhooks', { body }));
      await call(
        api.PATCH('/api/v1/webhooks/{id}', {
          params: { path: { id: (editing as Endpoint).id } },
          body: { ...body, description: body.description ?? null },
        }),
      );
      return null;
    },
    onSuccess: (created) => {
      if (created) setSecret({ url: created.url, secret: created.secret });
      setEditing(null);
      refresh();
    },
    onError,
  });
  const rotate = useMutation({
    mutationFn: (id: string) =>
      call(api.POST('/api/v1/webhooks/{id}/rotate-secret', { params: { path: { id } } })),
    onSuccess: (answer) => setSecret({ url: answer.url, secret: answer.secret }),
    onError,
  });
  const remove = useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
    onError,
  });
  const typeLabel = (type: string) => t(`integrations.webhooks.types.${type}`, { defaultValue: type });

  const open = (endpoint: Endpoint | 'new') => {
    form.resetFields();
    if (endpoint !== 'new')
      form.setFieldsValue({
        url: endpoint.url,
        description: endpoint.description ?? undefined,
        eventTypes: endpoint.eventTypes as EventType[],
        active: endpoint.active,
      });
    setEditing(endpoint);
  };

  return (
    <div>
      <div className="page-header">
        <h1>{t('desktop.menu.webhooks')}</h1>
        <Button type="primary" onClick={() => open('new')}>
          {t('integrations.webhooks.create')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('integrations.webhooks.hint')}</Typography.Paragraph>
      {secret && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setSecret(null)}
          style={{ marginBottom: 16 }}
          title={t('integrations.webhooks.secretShownOnce')}
          description={
            <Space direction="vertical">
              <span translate="no">{secret.url}</span>
              <Typography.Text copyable code translate="no">
                {secret.secret}
              </Typography.Text>
            </Space>
          }
        />
      )}
      <QueryState query={endpoints}>
        {(data) => (
          <Table
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            columns={[
              {
                title: t('integrations.webhooks.url'),
                key: 'url',
                render: (_, e) => (
                  <div>
                    <Typography.Text translate="no" copyable>
                      {e.url}
                    </Typography.Text>
                    {e.description && (
                      <div>
                        <Typography.Text type="secondary" translate="no">
                          {e.description}
                        </Typography.Text>
                      </div>
                    )}
                  </div>
                ),
              },
              {
                title: t('integrations.webhooks.eventTypes'),
                key: 'types',
                render: (_, e) => e.eventTypes.map((type) => <Tag key={type}>{typeLabel(type)}</Tag>),
              },
              {
                title: t('integrations.webhooks.status'),
                key: 'active',
                render: (_, e) =>
                  e.active ? (
                    <Tag color="green">{t('integrations.webhooks.enabled')}</Tag>
                  ) : (
                    <Tag>{t('integrations.webhooks.inactive')}</Tag>
                  ),
              },
              {
                title: '',
                key: 'actions',
                render: (_, e) => (
                  <Space wrap>
                    <Button size="small" onClick={() => setLogOf(e)}>
                      {t('integrations.webhooks.deliveries')}
                    </Button>
                    <Button size="small" onClick={() => open(e)}>
                      {t('actions.edit')}
                    </Button>
                    <Popconfirm
                      title={t('integrations.webhooks.rotateConfirm')}
                      okText={t('actions.confirm')}
                      cancelText={t('actions.cancel')}
                      onConfirm={() => rotate.mutate(e.id)}
                    >
                      <Button size="small">{t('integrations.webhooks.rotate')}</Button>
                    </Popconfirm>
                    <Popconfirm
                      title={t('integrations.webhooks.removeConfirm')}
                      okText={t('actions.confirm')}
                      cancelText={t('actions.cancel')}
                      onConfirm={() => remove.mutate(e.id)}
                    >
                      <Button size="small" danger>
                        {t('integrations.webhooks.remove')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <Modal
        open={editing !== null}
        title={t(editing === 'new' ? 'integrations.webhooks.create' : 'integrations.webhooks.edit')}
        okText={t(editing === 'new' ? 'actions.create' : 'actions.save')}
        cancelText={t('actions.cancel')}
        confirmLoading={save.isPending}
        width={640}
        onOk={() => void form.validateFields().then((values) => save.mutate(values))}
        onCancel={() => setEditing(null)}
      >
        <Form form={form} layout="vertical" initialValues={{ active: true, eventTypes: [] }}>
          <Form.Item
            name="url"
            label={t('integrations.webhooks.url')}
            extra={t('integrations.webhooks.urlHint')}
            rules={[
              { required: true, message: t('integrations.webhooks.urlHint') },
              { pattern: /^https?:\/\/\S+$/i, message: t('integrations.webhooks.urlHint') },
            ]}
          >
            <Input maxLength={2000} placeholder="https://" />
          </Form.Item>
          <Form.Item name="description" label={t('integrations.webhooks.description')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="eventTypes"
            label={t('integrations.webhooks.eventTypes')}
            rules={[
              {
                required: true,
                type: 'array',
                min: 1,
                message: t('integrations.webhooks.eventTypesRequired'),
              },
            ]}
          >
            <Checkbox.Group
              style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', rowGap: 8 }}
              options={(eventTypes.data?.items ?? []).map((type) => ({
                value: type,
                label: typeLabel(type),
              }))}
            />
          </Form.Item>
          <Form.Item name="active" label={t('integrations.webhooks.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
      <WebhookDeliveries endpoint={logOf} onClose={() => setLogOf(null)} />
    </div>
  );
}
