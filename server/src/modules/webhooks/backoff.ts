/** Deliveries are retried for a day after their first attempt, then dead-lettered. */
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
const FIRST_DELAY_MS = 60 * 1000;
const LONGEST_DELAY_MS = 6 * 60 * 60 * 1000;

/** The wait after the n-th failed attempt (n ≥ 1): 1 min, doubling, at most 6 h. */
export function retryDelayMs(failures: number): number {
  if (!Number.isInteger(failures) || failures < 1)
    throw new RangeError('failures must be a positive integer');
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(failures - 1, 30), LONGEST_DELAY_MS);
}

/**
 * When to try again after the n-th failure, or null when that would fall outside the retry
 * window that the first attempt opened: the delivery is then dead-lettered.
 */
export function nextAttemptAt(firstAttemptAt: Date, failures: number, now: Date): Date | null {
  const next = new Date(now.getTime() + retryDelayMs(failures));
  return next.getTime() - firstAttemptAt.getTime() > RETRY_WINDOW_MS ? null : next;
}

/** The whole schedule from a first attempt at `start`, when every attempt fails at once. */
export function retrySchedule(start: Date): Date[] {
  const attempts = [start];
  for (let failures = 1; ; failures++) {
    const next = nextAttemptAt(start, failures, attempts[attempts.length - 1]!);
    if (!next) return attempts;
    attempts.push(next);
  }
}
