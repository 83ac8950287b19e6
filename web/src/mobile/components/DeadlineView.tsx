import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/index.ts';
import { countdown, deadlineReasonText, formatCountdown } from '../../lib/deadline.ts';
import { useNow } from '../../shared/use-now.ts';

/** The countdown before a private lead falls back to the pool, and what would move it. */
export function DeadlineView({ deadlineAt, reason }: { deadlineAt: string | null; reason: string | null }) {
  const { t } = useTranslation();
  const now = useNow();
  if (!deadlineAt) {
    return (
      <div className="meta-line">
        {reason === 'exempt' ? deadlineReasonText(reason, t) : t('deadline.none')}
      </div>
    );
  }
  const c = countdown(deadlineAt, now);
  return (
    <div data-testid="deadline">
      <div className={`countdown urgency-${c.urgency}`} data-testid="deadline-countdown">
        {formatCountdown(deadlineAt, now, t)}
      </div>
      <div className="meta-line" data-testid="deadline-at" data-deadline={deadlineAt}>
        {t('mobile.merchant.deadlineAt', { time: formatDateTime(deadlineAt) })}
      </div>
      <div className="meta-line" data-testid="deadline-reason">
        {deadlineReasonText(reason, t)}
      </div>
    </div>
  );
}
