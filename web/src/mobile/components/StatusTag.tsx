import { Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { LeadStatus } from '../../api/types.ts';

const COLORS: Record<LeadStatus, string> = {
  pending_review: 'default',
  public: 'primary',
  private: 'warning',
  signed: 'success',
  invalid: 'danger',
};

export function StatusTag({ status, mine }: { status: string; mine?: boolean }) {
  const { t } = useTranslation();
  const known = status in COLORS ? (status as LeadStatus) : null;
  const label = known ? t(`status.${known}`) : status;
  return (
    <Tag color={known ? COLORS[known] : 'default'} fill={mine ? 'solid' : 'outline'} data-status={status}>
      {mine && known === 'private' ? `${label}·${t('lead.you')}` : label}
    </Tag>
  );
}
