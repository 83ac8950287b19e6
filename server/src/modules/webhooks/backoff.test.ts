import { describe, expect, it } from 'vitest';
import { nextAttemptAt, RETRY_WINDOW_MS, retryDelayMs, retrySchedule } from './backoff.ts';

const MINUTE = 60_000;

describe('the retry schedule', () => {
  it('waits a minute after the first failure and doubles up to six hours', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 30].map((n) => retryDelayMs(n) / MINUTE)).toEqual([
      1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360, 360,
    ]);
    expect(() => retryDelayMs(0)).toThrow(RangeError);
  });

  it('keeps trying for a day after the first attempt, then gives up', () => {
    const start = new Date('2026-11-25T08:00:00Z');
    const schedule = retrySchedule(start);
    const offsets = schedule.map((d) => (d.getTime() - start.getTime()) / MINUTE);
    // 12 attempts: at 0, 1, 3, 7, 15, 31, 63, 127, 255, 511, 871 and 1231 minutes (20 h 31 min).
    expect(offsets).toEqual([0, 1, 3, 7, 15, 31, 63, 127, 255, 511, 871, 1231]);
    expect(offsets.at(-1)! * MINUTE).toBeLessThanOrEqual(RETRY_WINDOW_MS);
    // The next wait (6 h) would end past the day: dead letter.
    expect(nextAttemptAt(start, 12, schedule.at(-1)!)).toBeNull();
    // A failure late in the window is dead at once when even a minute would overrun it.
    expect(nextAttemptAt(start, 1, new Date(start.getTime() + RETRY_WINDOW_MS))).toBeNull();
    expect(nextAttemptAt(start, 1, new Date(start.getTime() + RETRY_WINDOW_MS - MINUTE))).toEqual(
      new Date(start.getTime() + RETRY_WINDOW_MS),
    );
  });
});
