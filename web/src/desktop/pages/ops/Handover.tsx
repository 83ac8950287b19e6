import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { Lead360 } from '../../../api/types.ts';
import { useMe } from '../../../auth/use-me.ts';
import { useUsers } from '../../lookups.ts';
import { roleLabel } from '../../role-label.ts';

interface Values {
  opsUserId: string;
  reason?: string;
}

/**
 * The people a merchant may be handed to: for one merchant the server's list (the active ops
 * people of its city, which a BD team lead could not list otherwise); for a selection, the active
 * ops people the caller can see.
 */
function useOpsCandidates(leadId: string | undefined, open: boolean) {
  const { t } = useTranslation();
  const users = useUsers();
  const forLead = useQuery({
    queryKey: ['handover-candidates', leadId],
    enabled: leadId !== undefined && open,
    queryFn: () =>
      call(api.GET('/api/v1/leads/{id}/handover-candidates', { params: { path: { id: leadId! } } })),
  });
  const people =
    leadId !== undefined
      ? (forLead.data?.items ?? [])
      : users.users.filter((user) => user.active && (user.role === 'ops' || user.role === 'ops_manager'));
  return people.map((user) => ({
    value: user.id,
    name: user.displayName,
    label: (
      <span>
        <span translate="no">{user.displayName}</span> · {roleLabel(user.role, t)}
      </span>
    ),
  }));
}

/** The handover form, shared by one merchant and a selection of them. */
function HandoverModal({
  open,
  title,
  hint,
  loading,
  current,
  leadId,
  onOk,
  onCancel,
}: {
  open: boolean;
  leadId?: string;
  title: string;
  hint: string;
  loading: boolean;
  current?: string | null;
  onOk: (values: Values, name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const candidates = useOpsCandidates(leadId, open);
  const [form] = Form.useForm<Values>();
  const submit = async () => {
    const values = await form.validateFields();
    onOk(values, candidates.find((c) => c.value === values.opsUserId)?.name ?? '');
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={t('actions.confirm')}
      cancelText={t('actions.cancel')}
      confirmLoading={loading}
      okButtonProps={{ disabled: candidates.length === 0 }}
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      {candidates.length === 0 && (
        <Alert type="info" showIcon title={t('ops.handover.noCandidates')} style={{ marginBottom: 16 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ opsUserId: current ?? undefined }}
        data-testid="handover-form"
      >
        <Form.Item
          name="opsUserId"
          label={t('ops.handover.to')}
          rules={[{ required: true, message: t('ops.handover.toRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'name' }}
            options={candidates.map(({ value, label, name }) => ({ value, label, name }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('ops.handover.reason')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** "Hand over to ops" on a signed merchant's page, for the managers the server lets do it. */
export function HandoverButton({ lead }: { lead: Lead360 }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { can } = useMe();
  const [open, setOpen] = useState(false);
  const handover = useMutation({
    mutationFn: ({ values }: { values: Values; name: string }) =>
      call(
        api.POST('/api/v1/leads/{id}/handover', {
          params: { path: { id: lead.id } },
          body: {
            opsUserId: values.opsUserId,
            ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
          },
        }),
      ),
    onSuccess: (_, { name }) => {
      void message.success(t('ops.handover.done', { name }));
      setOpen(false);
      for (const key of ['lead', 'leads', 'portfolio', 'tasks'])
        void queryClient.invalidateQueries({ queryKey: [key] });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  if (lead.status !== 'signed' || !can('leads.handover')) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('ops.handover.action')}</Button>
      <HandoverModal
        open={open}
        title={t('ops.handover.title')}
        hint={t('ops.handover.hint')}
        loading={handover.isPending}
        current={lead.opsOwnerId}
        leadId={lead.id}
        onOk={(values, name) => handover.mutate({ values, name })}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}

/** Bulk handover of the selected leads: the server hands over the signed ones and says why not the rest. */
export function BulkHandover({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const handover = useMutation({
    mutationFn: (values: Values) =>
      call(
        api.POST('/api/v1/leads/handover', {
          body: {
            opsUserId: values.opsUserId,
            leadIds: ids,
            ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
          },
        }),
      ),
    onSuccess: (result) => {
      setOpen(false);
      for (const key of ['lead', 'leads', 'portfolio', 'tasks'])
        void queryClient.invalidateQueries({ queryKey: [key] });
      const summary = t('ops.handover.bulkDone', {
        ok: result.handedOver,
        same: result.unchanged,
        failed: result.refused.length,
      });
      if (result.refused.length === 0) void message.success(summary);
      else
        modal.warning({
          title: summary,
          content: (
            <div data-testid="bulk-failures">
              {result.refused.map((refusal) => (
                <div key={refusal.leadId}>
                  #{refusal.leadId}: {errorMessage(new ApiError({ status: 409, ...refusal }), t)}
                </div>
              ))}
            </div>
          ),
        });
      onDone();
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={ids.length === 0 || ids.length > 500}>
        {t('ops.handover.bulk')}
      </Button>
      <HandoverModal
        open={open}
        title={t('ops.handover.bulk')}
        hint={`${t('desktop.leads.selected', { count: ids.length })} · ${t('ops.handover.bulkHint')}`}
        loading={handover.isPending}
        onOk={(values) => handover.mutate(values)}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
