/** What one run does: the full benchmark, or the small smoke test that CI runs. */
export interface BenchOptions {
  quick: boolean;
  leads: number;
  bds: number;
  /** Share of leads held privately by BDs. */
  privateShare: number;
  /** Leads pushed past their deadline before the sweep is measured. */
  sweepLeads: number;
  storm: { bds: number; leads: number };
  /** Seconds of each measured HTTP or pgbench run, runs per figure, warm-up seconds. */
  duration: number;
  runs: number;
  warmup: number;
  connections: number;
  /** Concurrency of the search latency runs: latency, not saturation, is what they measure. */
  searchConnections: number;
  importRows: number;
  /** Seconds the import may take before its progress so far is reported instead. */
  importBudget: number;
  keep: boolean;
  seed: number;
  adminUrl: string;
  database: string;
  out: string | undefined;
  skip: Set<string>;
  /**
   * The soak: mixed field-team traffic at a steady rate for a long time, watching memory and
   * latency drift. `--soak` runs it alone; the quick run includes a short smoke version.
   */
  soak: { only: boolean; seconds: number; rate: number; users: number };
}

export const SCENARIOS = [
  'nearby',
  'list',
  'search',
  'deals',
  'storm',
  'integrations',
  'sweep',
  'dashboards',
  'soak',
  'import',
] as const;

function value(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at >= 0) return args[at + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function count(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1, got ${raw}`);
  return n;
}

export function parseOptions(args: string[]): BenchOptions {
  const quick = args.includes('--quick');
  const leads = count(value(args, '--leads'), quick ? 20_000 : 1_000_000, '--leads');
  const known = new Set<string>(SCENARIOS);
  const skip = new Set((value(args, '--skip') ?? '').split(',').filter(Boolean));
  for (const name of skip) if (!known.has(name)) throw new Error(`--skip: unknown scenario ${name}`);
  const soakMinutes = value(args, '--soak-minutes');
  const soakOnly = args.includes('--soak') || soakMinutes !== undefined;
  return {
    quick,
    leads,
    bds: quick ? 200 : 2_000,
    privateShare: 0.3,
    sweepLeads: Math.min(quick ? 2_000 : 100_000, Math.floor(leads * 0.1)),
    storm: quick ? { bds: 50, leads: 1_500 } : { bds: 200, leads: 5_000 },
    duration: count(value(args, '--duration'), quick ? 1 : 10, '--duration'),
    runs: count(value(args, '--runs'), quick ? 1 : 3, '--runs'),
    warmup: quick ? 1 : 5,
    connections: 32,
    searchConnections: 4,
    importRows: count(value(args, '--import-rows'), quick ? 500 : leads, '--import-rows'),
    importBudget: count(value(args, '--import-budget'), quick ? 30 : 300, '--import-budget'),
    keep: args.includes('--keep'),
    seed: 20261125,
    adminUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    // Several runs may share a PostgreSQL (CI next to a developer's run): each has its own database.
    database: value(args, '--database') ?? `gw_bench_${quick ? 'q' : 'f'}_${process.pid}`,
    out: value(args, '--out'),
    skip,
    soak: {
      only: soakOnly,
      seconds: soakOnly ? count(soakMinutes, 30, '--soak-minutes') * 60 : 20,
      rate: count(value(args, '--soak-rate'), 30, '--soak-rate'),
      users: quick ? 100 : 400,
    },
  };
}
