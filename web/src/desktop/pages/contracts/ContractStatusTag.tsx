import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isContractStatus, STATUS_COLORS } from './contract-rules.ts';

export function ContractStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!isContractStatus(status)) return <Tag>{status}</Tag>;
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status} data-testid="contract-status">
      {t(`pipeline.contract.statuses.${status}`)}
    </Tag>
  );
}

export function ContractTypeLabel({ type }: { type: string }) {
  const { t } = useTranslation();
  return type === 'new' || type === 'renewal' || type === 'change'
    ? t(`pipeline.contract.types.${type}`)
    : type;
}
