import type { Clock } from '../../clock.ts';
import { DomainError } from '../../errors.ts';
import { addDays, daysBetween, startOfDay } from '../ops/dates.ts';
import { localDay } from '../pool/service.ts';

export const MAX_PERIOD_DAYS = 366;

export interface Period {
  fromDay: string;
  toDay: string;
  /** The instants bounding the local days: [start, end). */
  start: Date;
  end: Date;
  timeZone: string;
}

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path} ${message}`, { errors: [{ path, message }] });

/** A real day of the calendar in YYYY-MM-DD (not 2026-02-30), in the years people plan in. */
export function isCalendarDay(day: string): boolean {
  if (!/^(19|2\d)\d{2}-\d{2}-\d{2}$/.test(day)) return false;
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}

/** The period asked for, by default the 30 days that end today in the tenant's time zone. */
export function periodOf(
  clock: Clock,
  timeZone: string,
  query: { from?: string; to?: string },
  defaultDays = 30,
): Period {
  // Checked before any arithmetic: a day like 2026-13-45 has no instant to count from.
  if (query.from !== undefined && !isCalendarDay(query.from)) throw invalid('/query/from', 'is not a day');
  if (query.to !== undefined && !isCalendarDay(query.to)) throw invalid('/query/to', 'is not a day');
  const today = localDay(clock.now(), timeZone);
  const toDay = query.to ?? today;
  const fromDay = query.from ?? addDays(toDay, -(defaultDays - 1));
  if (daysBetween(fromDay, toDay) < 0) throw invalid('/query/to', 'is before from');
  if (daysBetween(fromDay, toDay) >= MAX_PERIOD_DAYS)
    throw invalid('/query/to', `makes a period longer than ${MAX_PERIOD_DAYS} days`);
  return {
    fromDay,
    toDay,
    start: startOfDay(fromDay, timeZone),
    end: startOfDay(addDays(toDay, 1), timeZone),
    timeZone,
  };
}

/** Every local day of a period, in order. */
export function daysOf(period: Pick<Period, 'fromDay' | 'toDay'>): string[] {
  const days: string[] = [];
  for (let day = period.fromDay; day <= period.toDay; day = addDays(day, 1)) days.push(day);
  return days;
}
