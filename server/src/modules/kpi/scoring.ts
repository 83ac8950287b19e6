import type { Counts } from '../analytics/figures.ts';

/** The metrics a KPI may weigh, and how each is read from a person's counts of the month. */
export const KPI_METRICS = {
  visits: (c: Counts) => c.visits,
  uniqueStores: (c: Counts) => c.store_days,
  firstVisits: (c: Counts) => c.first_visits,
  claims: (c: Counts) => c.claims,
  opportunities: (c: Counts) => c.opportunities,
  signings: (c: Counts) => c.signings,
  renewals: (c: Counts) => c.renewals,
  dealsOnline: (c: Counts) => c.deals_online,
  sales: (c: Counts) => c.sales,
  // In percent; a month with no task due misses nothing: 100.
  taskCompletion: (c: Counts) => (c.tasks_due > 0 ? (c.tasks_done / c.tasks_due) * 100 : 100),
} as const;
export type KpiMetric = keyof typeof KPI_METRICS;

export interface KpiLine {
  metric: KpiMetric;
  /** Percent; the lines of a definition add up to 100. */
  weight: number;
  /** Monthly target; 0 means nothing is expected (the line counts as met). */
  target: number;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The score of one person: Σ weight × min(actual / target, cap). With a cap of 1.2 the score runs
 * from 0 to 120; a zero target scores its line as exactly met (ratio 1), never above.
 */
export function score(lines: KpiLine[], cap: number, counts: Counts) {
  const scored = lines.map((line) => {
    const actual = round(KPI_METRICS[line.metric](counts), 2);
    const ratio = line.target > 0 ? Math.min(actual / line.target, cap) : 1;
    return { ...line, actual, ratio: round(ratio, 4), points: round(line.weight * ratio, 2) };
  });
  return {
    lines: scored,
    score: round(
      scored.reduce((sum, l) => sum + l.weight * l.ratio, 0),
      2,
    ),
  };
}

/** Competition ranking (1, 2, 2, 4) by score, highest first. */
export function ranks<T>(items: T[], scoreOf: (item: T) => number): Map<T, number> {
  const sorted = [...items].sort((a, b) => scoreOf(b) - scoreOf(a));
  const result = new Map<T, number>();
  sorted.forEach((item, i) => {
    const previous = sorted[i - 1];
    result.set(
      item,
      previous !== undefined && scoreOf(previous) === scoreOf(item) ? result.get(previous)! : i + 1,
    );
  });
  return result;
}
