import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { Lead360 } from '../../../api/types.ts';
import { useMe } from '../../../auth/use-me.ts';
import { useUsers } from '../../lookups.ts';

type Action = 'assign' | 'release' | 'extend';

/** The pool actions the caller may take on this lead, as the server's permissions allow. */
export function LeadActions({ lead }: { lead: Lead360 }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { can, session } = useMe();
  const { users } = useUsers();
  const [action, setAction] = useState<Action | null>(null);
  const [form] = Form.useForm<{ userId: string; reason: string; overrideCap: boolean }>();
  const mine = lead.ownerId !== null && lead.ownerId === session?.user.id;
  const manager = can('leads.assign');

  const mutation = useMutation({
    mutationFn: async (input: {
      action: Action | 'claim';
      userId?: string;
      reason?: string;
      overrideCap?: boolean;
    }) => {
      const path = { id: lead.id };
      switch (input.action) {
        case 'claim':
          return call(api.POST('/api/v1/leads/{id}/claim', { params: { path } }));
        case 'release':
          return call(
            api.POST('/api/v1/leads/{id}/release', {
              params: { path },
              body: input.reason ? { reason: input.reason } : {},
            }),
          );
        case 'extend':
          return call(
            api.POST('/api/v1/leads/{id}/extend', { params: { path }, body: { reason: input.reason ?? '' } }),
          );
        case 'assign':
          return call(
            api.POST('/api/v1/leads/{id}/assign', {
              params: { path },
              body: {
                userId: input.userId ?? '',
                reason: input.reason ?? '',
                ...(input.overrideCap ? { overrideCap: true } : {}),
              },
            }),
          );
      }
    },
    onSuccess: () => {
      void message.success(t('desktop.lead.done'));
      setAction(null);
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['lead', lead.id] });
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  const submit = async () => {
    const values = await form.validateFields();
    if (action) mutation.mutate({ action, ...values });
  };
  const labels: Record<Action, string> = {
    assign: t('desktop.lead.assign'),
    release: t('desktop.lead.release'),
    extend: t('desktop.lead.extend'),
  };
  const inPool = lead.status === 'public' || lead.status === 'private';

  return (
    <Space>
      {lead.status === 'public' && can('leads.claim') && (
        <Button
          type="primary"
          loading={mutation.isPending}
          onClick={() => mutation.mutate({ action: 'claim' })}
        >
          {t('desktop.lead.claim')}
        </Button>
      )}
      {manager && inPool && <Button onClick={() => setAction('assign')}>{labels.assign}</Button>}
      {lead.status === 'private' && (mine || manager) && (
        <Button onClick={() => setAction('extend')}>{labels.extend}</Button>
      )}
      {lead.status === 'private' && (mine || manager) && (
        <Button danger onClick={() => setAction('release')}>
          {labels.release}
        </Button>
      )}
      <Modal
        open={action !== null}
        title={action ? labels[action] : ''}
        okText={t('actions.confirm')}
        cancelText={t('actions.cancel')}
        confirmLoading={mutation.isPending}
        onOk={() => void submit()}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {action === 'assign' && (
            <Form.Item
              name="userId"
              label={t('desktop.leads.assignTo')}
              rules={[{ required: true, message: t('desktop.leads.assignTo') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={users
                  .filter((user) => user.active && (user.role === 'bd' || user.role === 'bd_manager'))
                  .map((user) => ({ value: user.id, label: `${user.displayName} (${user.username})` }))}
              />
            </Form.Item>
          )}
          <Form.Item
            name="reason"
            label={t('desktop.lead.reasonFor', { action: action ? labels[action] : '' })}
            rules={
              action === 'release' && mine
                ? []
                : [{ required: true, whitespace: true, message: t('desktop.leads.reasonRequired') }]
            }
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          {action === 'assign' && (
            <Form.Item name="overrideCap" valuePropName="checked">
              <Checkbox>{t('desktop.leads.overrideCap')}</Checkbox>
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
