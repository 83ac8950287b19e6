import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { ROLES, roleLabel } from '../../role-label.ts';

/** Keys for integrations: made with a role, shown once, revoked at will. */
export default function ApiKeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const [form] = Form.useForm<{ name: string; role: (typeof ROLES)[number] }>();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => call(api.GET('/api/v1/api-keys')) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['api-keys'] });
  const create = useMutation({
    mutationFn: (body: { name: string; role: (typeof ROLES)[number] }) =>
      call(api.POST('/api/v1/api-keys', { body })),
    onSuccess: (answer) => {
      setCreating(false);
      form.resetFields();
      setToken(answer.token);
      refresh();
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  return (
    <div>
      <div className="page-header">
        <h1>{t('desktop.menu.apiKeys')}</h1>
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('desktop.apiKeys.create')}
        </Button>
      </div>
      {token && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setToken(null)}
          style={{ marginBottom: 16 }}
          title={t('desktop.apiKeys.shownOnce')}
          description={
            <Typography.Text copyable code translate="no">
              {token}
            </Typography.Text>
          }
        />
      )}
      <QueryState query={keys}>
        {(data) => (
          <Table
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            columns={[
              {
                title: t('desktop.apiKeys.name'),
                key: 'name',
                render: (_, key) => <span translate="no">{key.name}</span>,
              },
              { title: t('desktop.users.role'), key: 'role', render: (_, key) => roleLabel(key.role, t) },
              {
                title: t('lead.createdAt'),
                key: 'created',
                render: (_, key) => formatDateTime(key.createdAt),
              },
              {
                title: t('desktop.apiKeys.lastUsed'),
                key: 'used',
                render: (_, key) => formatDateTime(key.lastUsedAt) || '—',
              },
              {
                title: t('lead.status'),
                key: 'state',
                render: (_, key) =>
                  key.revokedAt ? (
                    <Tag>{t('desktop.apiKeys.revoked')}</Tag>
                  ) : (
                    <Tag color="green">{t('desktop.apiKeys.active')}</Tag>
                  ),
              },
              {
                title: '',
                key: 'actions',
                render: (_, key) =>
                  !key.revokedAt && (
                    <Popconfirm
                      title={t('desktop.apiKeys.revokeConfirm')}
                      okText={t('actions.confirm')}
                      cancelText={t('actions.cancel')}
                      onConfirm={() => revoke.mutate(key.id)}
                    >
                      <Button danger size="small">
                        {t('desktop.apiKeys.revoke')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      <Modal
        open={creating}
        title={t('desktop.apiKeys.create')}
        okText={t('actions.create')}
        cancelText={t('actions.cancel')}
        confirmLoading={create.isPending}
        onOk={() => void form.validateFields().then((values) => create.mutate(values))}
        onCancel={() => setCreating(false)}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="name"
            label={t('desktop.apiKeys.name')}
            rules={[{ required: true, whitespace: true, message: t('desktop.apiKeys.name') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="role"
            label={t('desktop.users.role')}
            rules={[{ required: true, message: t('desktop.users.role') }]}
          >
            <Select options={ROLES.map((role) => ({ value: role, label: roleLabel(role, t) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
