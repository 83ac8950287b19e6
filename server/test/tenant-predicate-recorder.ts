import pg from 'pg';
import { APP_ROLE } from '../src/db/database.ts';
import { CROSS_TENANT_STATEMENTS } from './tenancy-rules.ts';
import { tenantPredicateProblems } from './tenant-predicates.ts';

/**
 * Watches every statement the application runs as its row-level-security role (the connections
 * `createPool` opens with `role=groundwork_app`: requests, jobs, imports) and keeps those that
 * touch a tenant table without a tenant predicate. Test code's own queries as the owner (assertions,
 * migrations, pg-boss) are not watched.
 */
interface Recorder {
  checked: Map<string, string[]>;
  violations: Map<string, string[]>;
  /** Inside deliberatelyUnfiltered(): statements a test runs on purpose without a predicate. */
  suspended: number;
}

const KEY = Symbol.for('groundwork.tenantPredicateRecorder');
const state = globalThis as typeof globalThis & { [KEY]?: Recorder };

function recorder(): Recorder {
  state[KEY] ??= { checked: new Map(), violations: new Map(), suspended: 0 };
  return state[KEY];
}

export function recordStatement(text: string): void {
  const { checked, violations, suspended } = recorder();
  if (suspended > 0 || checked.has(text)) return;
  const problems = CROSS_TENANT_STATEMENTS.some((allowed) => allowed.match.test(text))
    ? []
    : tenantPredicateProblems(text);
  checked.set(text, problems);
  if (problems.length > 0) violations.set(text, problems);
}

/**
 * Runs a test's own statements that leave out the tenant predicate on purpose, to prove that
 * row-level security (the second wall) holds without it; they are not the application's.
 */
export async function deliberatelyUnfiltered<T>(work: () => Promise<T>): Promise<T> {
  const state = recorder();
  state.suspended++;
  try {
    return await work();
  } finally {
    state.suspended--;
  }
}

/** The violations seen so far, forgotten once taken. */
export function takeViolations(): Array<{ sql: string; problems: string[] }> {
  const { checked, violations } = recorder();
  const taken = [...violations].map(([sql, problems]) => ({ sql, problems }));
  for (const { sql } of taken) checked.delete(sql);
  violations.clear();
  return taken;
}

export function describeViolations(found: Array<{ sql: string; problems: string[] }>): string {
  return [
    `${found.length} statement(s) touched a tenant table without a tenant predicate. Every repository ` +
      'function takes the tenant id and filters by it (docs/architecture.md, "two walls"; docs/scale-out.md): ' +
      'add `tenant_id = $n` for each tenant table, join tenant tables on tenant_id too, and set tenant_id on ' +
      'inserts. A statement that must span tenants goes on CROSS_TENANT_STATEMENTS in test/tenancy-rules.ts ' +
      'with its reason.',
    ...found.map(
      ({ sql, problems }) => `\n- ${problems.join('\n  ')}\n  ${sql.replace(/\s+/g, ' ').slice(0, 2000)}`,
    ),
  ].join('\n');
}

const installed = Symbol.for('groundwork.tenantPredicateRecorder.installed');

export function installRecorder(): void {
  const proto = pg.Client.prototype as pg.Client & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  const original = proto.query;
  const appRoleOption = `role=${APP_ROLE}`;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const options = (this as unknown as { connectionParameters?: { options?: string } }).connectionParameters
      ?.options;
    if (options?.includes(appRoleOption)) {
      const first = args[0] as string | { text?: unknown } | undefined;
      const text = typeof first === 'string' ? first : first?.text;
      if (typeof text === 'string') recordStatement(text);
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof proto.query;
}
