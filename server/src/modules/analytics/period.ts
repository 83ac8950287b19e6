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

/** The period asked for, by default the 30 days that end today in the tenant's time zone. */
export function periodOf(
  clock: Clock,
  timeZone: string,
  query: { from?: string; to?: string },
  defaultDays = 30,
): Period {
  const today = localDay(clock.now(), timeZone);
  const toDay = query.to ?? today;
  const fromDay = query.from ?? addDays(toDay, -(defaultDays - 1));
  if (Number.isNaN(Date.parse(`${fromDay}T00:00:00Z`))) throw invalid('/query/from', 'is not a day');
  if (Number.isNaN(Date.parse(`${toDay}T00:00:00Z`))) throw invalid('/query/to', 'is not a day');
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
