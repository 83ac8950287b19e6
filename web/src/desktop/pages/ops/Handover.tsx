import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Select, Tooltip, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { Lead360 } from '../../../api/types.ts';
import { useMe } from '../../../auth/use-me.ts';
import { useUsers } from '../../lookups.ts';
import { roleLabel } from '../../role-label.ts';
import { type BulkHandoverResult, HandoverResults } from './HandoverResults.tsx';
import type { HandoverFilter } from './handover-filter.ts';

interface Values {
  opsUserId: string;
  reason?: string;
  withoutOpsOwner?: boolean;
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
  extra,
}: {
  extra?: ReactNode;
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
        {extra}
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

/**
 * Bulk handover: of the selected merchants, or of every signed merchant the table's filters find
 * (the server looks them up, beyond the page). The answer lists each merchant: handed over, already
 * with that person, or refused and why.
 */
export function BulkHandover({
  ids,
  filter,
  onDone,
}: {
  ids: string[];
  /** The table's filters as the server repeats them; null when it cannot (then only a selection). */
  filter: HandoverFilter | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'selection' | 'filter' | null>(null);
  const [result, setResult] = useState<{ result: BulkHandoverResult; name: string } | null>(null);
  const handover = useMutation({
    mutationFn: ({ values }: { values: Values & { withoutOpsOwner?: boolean }; name: string }) =>
      call(
        api.POST('/api/v1/leads/handover', {
          body: {
            opsUserId: values.opsUserId,
            ...(mode === 'filter'
              ? { filter: { ...filter, ...(values.withoutOpsOwner ? { withoutOpsOwner: true } : {}) } }
              : { leadIds: ids }),
            ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
          },
        }),
      ),
    onSuccess: (answer, { name }) => {
      setMode(null);
      for (const key of ['lead', 'leads', 'portfolio', 'tasks'])
        void queryClient.invalidateQueries({ queryKey: [key] });
      setResult({ result: answer, name });
      onDone();
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  return (
    <>
      <Button onClick={() => setMode('selection')} disabled={ids.length === 0 || ids.length > 500}>
        {t('ops.handover.bulk')}
      </Button>
      <Tooltip title={filter ? t('ops.handover.byFilterHint') : t('ops.handover.byFilterOnlySigned')}>
        <Button onClick={() => setMode('filter')} disabled={filter === null} data-testid="handover-by-filter">
          {t('ops.handover.byFilter')}
        </Button>
      </Tooltip>
      <HandoverModal
        open={mode !== null}
        title={mode === 'filter' ? t('ops.handover.byFilter') : t('ops.handover.bulk')}
        hint={
          mode === 'filter'
            ? t('ops.handover.byFilterHint')
            : `${t('desktop.leads.selected', { count: ids.length })} · ${t('ops.handover.bulkHint')}`
        }
        loading={handover.isPending}
        onOk={(values, name) => handover.mutate({ values, name })}
        onCancel={() => setMode(null)}
        extra={
          mode === 'filter' ? (
            <Form.Item name="withoutOpsOwner" valuePropName="checked" initialValue>
              <Checkbox>{t('ops.handover.withoutOpsOwner')}</Checkbox>
            </Form.Item>
          ) : null
        }
      />
      <HandoverResults
        result={result?.result ?? null}
        opsName={result?.name ?? ''}
        onClose={() => setResult(null)}
      />
    </>
  );
}
