import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { useMe } from '../../../auth/use-me.ts';
import { useUsers } from '../../lookups.ts';
import { BulkHandover } from '../ops/Handover.tsx';
import { handoverFilterOf } from '../ops/handover-filter.ts';
import type { LeadFilters } from './filters.ts';

type Action = 'assign' | 'release';

/** Managers' bulk assign / take back: one request per lead, then a summary of what failed and why. */
export function BulkActions({
  ids,
  filters,
  onDone,
}: {
  ids: string[];
  filters: LeadFilters;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const { users } = useUsers();
  const { can } = useMe();
  const [action, setAction] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ userId: string; reason: string; overrideCap: boolean }>();

  const run = async () => {
    const values = await form.validateFields();
    setBusy(true);
    const failures: string[] = [];
    for (const id of ids) {
      try {
        if (action === 'assign') {
          await call(
            api.POST('/api/v1/leads/{id}/assign', {
              params: { path: { id } },
              body: {
                userId: values.userId,
                reason: values.reason,
                ...(values.overrideCap ? { overrideCap: true } : {}),
              },
            }),
          );
        } else {
          await call(
            api.POST('/api/v1/leads/{id}/release', {
              params: { path: { id } },
              body: { reason: values.reason },
            }),
          );
        }
      } catch (error) {
        failures.push(`#${id}: ${errorMessage(error, t)}`);
      }
    }
    setBusy(false);
    setAction(null);
    form.resetFields();
    void queryClient.invalidateQueries({ queryKey: ['leads'] });
    const summary = t('desktop.leads.bulkDone', {
      ok: ids.length - failures.length,
      failed: failures.length,
    });
    if (failures.length === 0) void message.success(summary);
    else
      modal.warning({
        title: summary,
        content: (
          <div data-testid="bulk-failures">
            {failures.map((f) => (
              <div key={f}>{f}</div>
            ))}
          </div>
        ),
      });
    onDone();
  };

  return (
    <Space>
      <span>{t('desktop.leads.selected', { count: ids.length })}</span>
      {can('leads.assign') && (
        <>
          <Button onClick={() => setAction('assign')} disabled={ids.length === 0}>
            {t('desktop.leads.bulkAssign')}
          </Button>
          <Button danger onClick={() => setAction('release')} disabled={ids.length === 0}>
            {t('desktop.leads.bulkRelease')}
          </Button>
        </>
      )}
      {can('leads.handover') && <BulkHandover ids={ids} filter={handoverFilterOf(filters)} onDone={onDone} />}
      <Modal
        open={action !== null}
        title={action === 'assign' ? t('desktop.leads.bulkAssign') : t('desktop.leads.bulkRelease')}
        okText={t('actions.confirm')}
        cancelText={t('actions.cancel')}
        confirmLoading={busy}
        onOk={() => void run()}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <p>{t('desktop.leads.selected', { count: ids.length })}</p>
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
            label={t('desktop.leads.reason')}
            rules={[{ required: true, whitespace: true, message: t('desktop.leads.reasonRequired') }]}
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
