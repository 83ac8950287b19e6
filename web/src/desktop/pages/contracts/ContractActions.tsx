import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../api/errors.ts';
import type { ContractWithTrail } from '../../../api/types.ts';
import { ReasonModal } from '../../components/ReasonModal.tsx';
import { allowedActions } from './contract-rules.ts';
import { type Transition, useContractTransition, useViewer } from './queries.ts';

type Asking = 'approve' | 'reject' | 'terminate' | null;

/** The next steps of a contract the viewer may take; the server has the last word. */
export function ContractActions({
  contract,
  onDone,
}: {
  contract: ContractWithTrail;
  onDone?: (action: Transition['action']) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const viewer = useViewer();
  const transition = useContractTransition(contract.id);
  const [asking, setAsking] = useState<Asking>(null);
  const actions = allowedActions(contract, contract.approvals, viewer);

  const done: Record<Transition['action'], string> = {
    submit: t('pipeline.contract.submitted'),
    sign: t('pipeline.contract.signedDone'),
    approve: t('pipeline.approvals.approved'),
    reject: t('pipeline.approvals.rejected'),
    terminate: t('pipeline.contract.terminated'),
  };
  const run = (change: Transition) =>
    transition.mutate(change, {
      onSuccess: () => {
        void message.success(done[change.action]);
        setAsking(null);
        onDone?.(change.action);
      },
      onError: (error) => void message.error(errorMessage(error, t)),
    });

  if (actions.length === 0) return null;
  return (
    <Space wrap>
      {actions.includes('edit') && (
        <Button onClick={() => navigate(`/contracts/${contract.id}/edit`)}>
          {t('pipeline.contract.edit')}
        </Button>
      )}
      {actions.includes('submit') && (
        <Popconfirm
          title={t('pipeline.contract.submit')}
          description={<div style={{ maxWidth: 320 }}>{t('pipeline.contract.submitConfirm')}</div>}
          okText={t('actions.confirm')}
          cancelText={t('actions.cancel')}
          onConfirm={() => run({ action: 'submit' })}
        >
          <Button type="primary" loading={transition.isPending}>
            {t('pipeline.contract.submit')}
          </Button>
        </Popconfirm>
      )}
      {actions.includes('approve') && (
        <Button type="primary" onClick={() => setAsking('approve')}>
          {t('pipeline.approvals.approve')}
        </Button>
      )}
      {actions.includes('reject') && (
        <Button danger onClick={() => setAsking('reject')}>
          {t('pipeline.approvals.reject')}
        </Button>
      )}
      {actions.includes('sign') && (
        <Popconfirm
          title={t('pipeline.contract.sign')}
          description={<div style={{ maxWidth: 320 }}>{t('pipeline.contract.signConfirm')}</div>}
          okText={t('actions.confirm')}
          cancelText={t('actions.cancel')}
          onConfirm={() => run({ action: 'sign' })}
        >
          <Button type="primary" loading={transition.isPending}>
            {t('pipeline.contract.sign')}
          </Button>
        </Popconfirm>
      )}
      {actions.includes('terminate') && (
        <Button danger onClick={() => setAsking('terminate')}>
          {t('pipeline.contract.terminate')}
        </Button>
      )}
      <ReasonModal
        open={asking === 'approve' || asking === 'reject'}
        title={asking === 'reject' ? t('pipeline.approvals.reject') : t('pipeline.approvals.approve')}
        hint={t('pipeline.approvals.commentHint')}
        label={t('pipeline.approvals.comment')}
        required={asking === 'reject' ? t('pipeline.approvals.rejectRequired') : undefined}
        okText={asking === 'reject' ? t('pipeline.approvals.reject') : t('pipeline.approvals.approve')}
        danger={asking === 'reject'}
        maxLength={1000}
        loading={transition.isPending}
        onCancel={() => setAsking(null)}
        onOk={(comment) =>
          run({ action: asking === 'reject' ? 'reject' : 'approve', ...(comment ? { comment } : {}) })
        }
      />
      <ReasonModal
        open={asking === 'terminate'}
        title={t('pipeline.contract.terminate')}
        label={t('pipeline.contract.terminateReason')}
        required={t('pipeline.contract.terminateRequired')}
        okText={t('pipeline.contract.terminate')}
        danger
        loading={transition.isPending}
        onCancel={() => setAsking(null)}
        onOk={(reason) => run({ action: 'terminate', reason })}
      />
    </Space>
  );
}
