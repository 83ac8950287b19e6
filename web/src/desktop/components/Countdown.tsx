import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/index.ts';
import { countdown, deadlineReasonText, formatCountdown } from '../../lib/deadline.ts';
import { useNow } from '../../shared/use-now.ts';

/** Time left before a lead falls back, coloured by urgency, with the rule that set it on hover. */
export function Countdown({ deadlineAt, reason }: { deadlineAt: string | null; reason: string | null }) {
  const { t } = useTranslation();
  const now = useNow();
  if (!deadlineAt) return <span>{reason === 'exempt' ? deadlineReasonText(reason, t) : '—'}</span>;
  return (
    <Tooltip title={`${formatDateTime(deadlineAt)} · ${deadlineReasonText(reason, t)}`}>
      <span className={`countdown-${countdown(deadlineAt, now).urgency}`} data-testid="countdown">
        {formatCountdown(deadlineAt, now, t)}
      </span>
    </Tooltip>
  );
}
