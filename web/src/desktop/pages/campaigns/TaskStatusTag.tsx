import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  open: 'blue',
  doing: 'processing',
  done: 'success',
  rejected: 'default',
  escalated: 'warning',
};

export function TaskStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!(status in COLORS)) return <Tag>{status}</Tag>;
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`ops.tasks.statuses.${status as 'open'}`)}
    </Tag>
  );
}
