import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeadStatus } from '../../api/types.ts';

const COLORS: Record<LeadStatus, string> = {
  pending_review: 'default',
  public: 'blue',
  private: 'orange',
  signed: 'green',
  invalid: 'red',
};

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = status in COLORS ? (status as LeadStatus) : null;
  return (
    <Tag color={known ? COLORS[known] : 'default'} data-status={status}>
      {known ? t(`status.${known}`) : status}
    </Tag>
  );
}
