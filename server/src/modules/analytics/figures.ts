import { LIVE_COLUMNS, type LiveCounts } from './live-repo.ts';
import { ROLLUP_COLUMNS, type RollupCounts } from './rollup-repo.ts';

export type Counts = RollupCounts & LiveCounts;

export const zeroCounts = (): Counts =>
  Object.fromEntries([...ROLLUP_COLUMNS, ...LIVE_COLUMNS].map((c) => [c, 0])) as unknown as Counts;

/** Adds one person's counts into a total. */
export function addInto(total: Counts, row: Partial<Counts>): Counts {
  for (const key of [...ROLLUP_COLUMNS, ...LIVE_COLUMNS]) total[key] += Number(row[key] ?? 0);
  return total;
}

/** Per person: the rollup sums, the snapshot's holdings and the live counts merged. */
export function countsByUser(rows: Array<Partial<Counts> & { user_id: string }>): Map<string, Counts> {
  const byUser = new Map<string, Counts>();
  for (const row of rows) {
    const counts = byUser.get(row.user_id) ?? zeroCounts();
    addInto(counts, row);
    byUser.set(row.user_id, counts);
  }
  return byUser;
}

const ratio = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;

export const FUNNEL_STAGES = ['leads', 'visited', 'opportunity', 'signed', 'online'] as const;

/** What a dashboard shows, computed from the counts of its people (and the public pool). */
export function present(counts: Counts, publicPool: number | null) {
  const funnelCounts = [
    counts.claims,
    counts.first_visits,
    counts.opportunities,
    counts.signings,
    counts.deals_online,
  ];
  return {
    claims: counts.claims,
    releases: counts.releases,
    recycles: counts.recycles,
    visits: counts.visits,
    uniqueStores: counts.store_days,
    farVisits: counts.far_visits,
    firstVisits: counts.first_visits,
    opportunities: counts.opportunities,
    signings: counts.signings,
    renewals: counts.renewals,
    dealsOnline: counts.deals_online,
    sales: counts.sales,
    publicPool,
    privateLeads: counts.private_leads,
    expiringSoon: counts.expiring_soon,
    avgHoldDays:
      counts.private_leads > 0
        ? Math.round((counts.hold_seconds / counts.private_leads / 86_400) * 10) / 10
        : null,
    signedMerchants: counts.signed_merchants,
    opsCovered: counts.ops_covered,
    opsCoverage: ratio(counts.ops_covered, counts.signed_merchants),
    tasksDue: counts.tasks_due,
    tasksDone: counts.tasks_done,
    tasksDoneLate: counts.tasks_done_late,
    tasksOverdue: counts.tasks_overdue,
    taskCompletion: ratio(counts.tasks_done, counts.tasks_due),
    taskLateness: ratio(counts.tasks_done_late + counts.tasks_overdue, counts.tasks_due),
    funnel: FUNNEL_STAGES.map((stage, i) => ({
      stage,
      count: funnelCounts[i]!,
      rate: i === 0 ? null : ratio(funnelCounts[i]!, funnelCounts[i - 1]!),
    })),
  };
}
export type Figures = ReturnType<typeof present>;
