import { App, Button, Checkbox, Form, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Deal } from '../../../api/types.ts';
import { ReasonModal } from '../../components/ReasonModal.tsx';
import { useMerchant } from '../contracts/ContractDetails.tsx';
import { dealActions, needsComment, worksOnDeals } from './deal-rules.ts';
import {
  type DealTransition,
  dealErrorMessage,
  useChecklist,
  useDealTransition,
  useDealViewer,
} from './queries.ts';

/** The next steps of a deal the viewer may take; the server has the last word. */
export function DealActions({
  deal,
  size,
  onDone,
}: {
  deal: Deal;
  /** Small buttons in table rows. */
  size?: 'small';
  onDone?: (action: DealTransition['action']) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const viewer = useDealViewer();
  const checklist = useChecklist();
  // Only drafts and rejected deals have owner-side steps: the center lists many online ones.
  const editable = deal.status === 'draft' || deal.status === 'rejected';
  const merchant = useMerchant(viewer.canDraft && editable ? deal.leadId : undefined).data;
  const worksOn = merchant ? worksOnDeals(merchant, viewer) : false;
  const transition = useDealTransition(deal.id);
  const [asking, setAsking] = useState<'reject' | 'offline' | null>(null);
  const actions = dealActions(deal.status, viewer, worksOn);

  const done: Record<DealTransition['action'], string> = {
    submit: t('deals.actions.submitted'),
    approve: t('deals.actions.approved'),
    reject: t('deals.actions.rejected'),
    offline: t('deals.actions.offlined'),
  };
  const run = (change: DealTransition) =>
    transition.mutate(change, {
      onSuccess: () => {
        void message.success(done[change.action]);
        setAsking(null);
        onDone?.(change.action);
      },
      onError: (error) => void message.error(dealErrorMessage(error, t, checklist.label)),
    });

  if (actions.length === 0) return null;
  return (
    <Space wrap>
      {actions.includes('edit') && (
        <Button onClick={() => navigate(`/deals/${deal.id}/edit`)}>{t('deals.actions.edit')}</Button>
      )}
      {actions.includes('submit') && (
        <Popconfirm
          title={t('deals.actions.submit')}
          description={<div style={{ maxWidth: 320 }}>{t('deals.actions.submitConfirm')}</div>}
          okText={t('actions.confirm')}
          cancelText={t('actions.cancel')}
          onConfirm={() => run({ action: 'submit' })}
        >
          <Button type="primary" loading={transition.isPending}>
            {t('deals.actions.submit')}
          </Button>
        </Popconfirm>
      )}
      {actions.includes('approve') && (
        <Popconfirm
          title={t('deals.actions.approve')}
          description={<div style={{ maxWidth: 320 }}>{t('deals.actions.approveConfirm')}</div>}
          okText={t('deals.actions.approve')}
          cancelText={t('actions.cancel')}
          onConfirm={() => run({ action: 'approve' })}
        >
          <Button type="primary" loading={transition.isPending && transition.variables?.action === 'approve'}>
            {t('deals.actions.approve')}
          </Button>
        </Popconfirm>
      )}
      {actions.includes('reject') && (
        <Button danger onClick={() => setAsking('reject')}>
          {t('deals.actions.reject')}
        </Button>
      )}
      {actions.includes('offline') && (
        <Button danger size={size} onClick={() => setAsking('offline')}>
          {t('deals.actions.offline')}
        </Button>
      )}
      <RejectModal
        open={asking === 'reject'}
        loading={transition.isPending}
        onCancel={() => setAsking(null)}
        onOk={(reasons, comment) => run({ action: 'reject', reasons, ...(comment ? { comment } : {}) })}
      />
      <ReasonModal
        open={asking === 'offline'}
        title={t('deals.actions.offline')}
        hint={
          <>
            <span translate="no">{deal.title}</span>
            <br />
            {t('deals.actions.offlineHint')}
          </>
        }
        label={t('deals.actions.offlineReason')}
        required={t('deals.actions.offlineRequired')}
        okText={t('deals.actions.offline')}
        danger
        loading={transition.isPending}
        onCancel={() => setAsking(null)}
        onOk={(reason) => run({ action: 'offline', reason })}
      />
    </Space>
  );
}

/** Rejecting against the checklist: one or more reasons, a comment when one of them is "other". */
function RejectModal({
  open,
  loading,
  onOk,
  onCancel,
}: {
  open: boolean;
  loading: boolean;
  onOk: (reasons: string[], comment: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const checklist = useChecklist();
  const [form] = Form.useForm<{ reasons: string[]; comment?: string }>();
  const reasons = Form.useWatch('reasons', form) ?? [];
  const submit = async () => {
    const values = await form.validateFields();
    onOk(values.reasons, values.comment?.trim() ?? '');
  };
  return (
    <Modal
      open={open}
      title={t('deals.actions.reject')}
      okText={t('deals.actions.reject')}
      cancelText={t('actions.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} data-testid="deal-reject-form">
        <Form.Item
          name="reasons"
          label={t('deals.rejection.reasons')}
          extra={t('deals.rejection.pick')}
          rules={[{ required: true, type: 'array', min: 1, message: t('deals.rejection.reasonsRequired') }]}
        >
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {checklist.items.map((item) => (
              <Checkbox key={item.code} value={item.code}>
                {checklist.label(item.code)}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('deals.rejection.comment')}
          extra={<Typography.Text type="secondary">{t('deals.rejection.commentHint')}</Typography.Text>}
          rules={
            needsComment(reasons)
              ? [{ required: true, whitespace: true, message: t('deals.rejection.commentRequired') }]
              : []
          }
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
