import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled } from '@ant-design/icons';
import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApprovalStep, ContractSummary } from '../../../api/types.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { useUsers } from '../../lookups.ts';
import { roleLabel } from '../../role-label.ts';
import { trailRounds } from './contract-rules.ts';

const DECISION_COLORS: Record<string, string> = { approved: 'green', rejected: 'red', pending: 'blue' };

/** Every submission of the contract, the latest first: each step's role, approver, decision, comment, time. */
export function ApprovalTrail({
  contract,
  approvals,
}: {
  contract: Pick<ContractSummary, 'round' | 'currentStep' | 'status'>;
  approvals: ApprovalStep[];
}) {
  const { t } = useTranslation();
  const users = useUsers();
  const rounds = trailRounds(approvals);
  if (rounds.length === 0) return <Empty description={t('pipeline.contract.noTrail')} />;
  const decisionLabel = (decision: string) =>
    decision === 'approved' || decision === 'rejected' || decision === 'pending'
      ? t(`pipeline.contract.decisions.${decision}`)
      : decision;
  return (
    <div data-testid="approval-trail">
      {rounds.map(({ round, steps }) => (
        <div key={round} className="approval-round">
          <Typography.Text strong>{t('pipeline.contract.roundLabel', { round })}</Typography.Text>
          <Timeline
            style={{ marginTop: 12 }}
            items={steps.map((step) => {
              const current =
                contract.status === 'pending_approval' &&
                step.round === contract.round &&
                step.step === contract.currentStep;
              return {
                key: `${step.round}-${step.step}`,
                color: DECISION_COLORS[step.decision] ?? 'gray',
                icon:
                  step.decision === 'approved' ? (
                    <CheckCircleFilled />
                  ) : step.decision === 'rejected' ? (
                    <CloseCircleFilled />
                  ) : (
                    <ClockCircleOutlined />
                  ),
                content: (
                  <div data-testid="approval-step" data-decision={step.decision}>
                    <Space size={8} wrap>
                      <strong>
                        {t('pipeline.contract.stepLabel', { step: step.step, role: roleLabel(step.role, t) })}
                      </strong>
                      <Tag color={DECISION_COLORS[step.decision]}>
                        {current
                          ? t('pipeline.contract.waiting', { role: roleLabel(step.role, t) })
                          : decisionLabel(step.decision)}
                      </Tag>
                      {step.decidedBy && (
                        <span translate="no">{step.decidedByName ?? users.nameOf(step.decidedBy)}</span>
                      )}
                      {step.decidedAt && (
                        <Typography.Text type="secondary">{formatDateTime(step.decidedAt)}</Typography.Text>
                      )}
                    </Space>
                    {step.comment && (
                      <div className="approval-comment pre-wrap" translate="no">
                        {step.comment}
                      </div>
                    )}
                  </div>
                ),
              };
            })}
          />
        </div>
      ))}
    </div>
  );
}
