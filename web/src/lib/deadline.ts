import type { TFunction } from 'i18next';

export type Urgency = 'overdue' | 'urgent' | 'soon' | 'ok';

export interface Countdown {
  /** Milliseconds left; negative once passed. */
  msLeft: number;
  days: number;
  hours: number;
  minutes: number;
  urgency: Urgency;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Time left until a lead falls back to the pool, and how worried the rep should be. */
export function countdown(deadlineAt: string, now: Date): Countdown {
  const msLeft = Date.parse(deadlineAt) - now.getTime();
  const left = Math.max(0, msLeft);
  const urgency: Urgency =
    msLeft <= 0 ? 'overdue' : msLeft < DAY ? 'urgent' : msLeft < 3 * DAY ? 'soon' : 'ok';
  return {
    msLeft,
    days: Math.floor(left / DAY),
    hours: Math.floor((left % DAY) / HOUR),
    minutes: Math.floor((left % HOUR) / MINUTE),
    urgency,
  };
}

/** "12 days 3 h left", "5 h 20 min left", "overdue" — in the user's language. */
export function formatCountdown(deadlineAt: string, now: Date, t: TFunction): string {
  const c = countdown(deadlineAt, now);
  if (c.urgency === 'overdue') return t('deadline.overdue');
  if (c.days > 0) return t('deadline.daysHoursLeft', { days: c.days, hours: c.hours });
  if (c.hours > 0) return t('deadline.hoursMinutesLeft', { hours: c.hours, minutes: c.minutes });
  return t('deadline.minutesLeft', { minutes: Math.max(1, c.minutes) });
}

export const DEADLINE_REASONS = ['no_visit', 'no_sign', 'term', 'exempt'] as const;

/** What the rep can do about the rule that set the deadline. */
export function deadlineReasonText(reason: string | null, t: TFunction): string {
  switch (reason) {
    case 'no_visit':
      return t('deadline.reason.no_visit');
    case 'no_sign':
      return t('deadline.reason.no_sign');
    case 'term':
      return t('deadline.reason.term');
    case 'exempt':
      return t('deadline.reason.exempt');
    default:
      return reason ?? '';
  }
}

/** The reason of a history event: a rule's code ("no_visit") in words, anything else as written. */
export function eventReasonText(reason: string | null, t: TFunction): string {
  switch (reason) {
    case 'no_visit':
      return t('deadline.short.no_visit');
    case 'no_sign':
      return t('deadline.short.no_sign');
    case 'term':
      return t('deadline.short.term');
    default:
      return reason ?? '';
  }
}
