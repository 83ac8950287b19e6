/**
 * Groundwork at a million leads against PostgreSQL's own limit: `npm run bench` (full) or
 * `npm run bench -- --quick` (the CI smoke test: small, every scenario, correctness only).
 * See docs/benchmarks.md for the figures and how to read them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BEIJING_CENTRES, CHINA_CITY_CENTRES, createRandom } from '../../server/src/demo/stores.ts';
import { type Capturer, createCapturer } from './capture.ts';
import { connect, createBenchDatabase, dropAbandoned, dropBenchDatabase } from './db.ts';
import { loadBenchData } from './load/index.ts';
import { describeMachine } from './machine.ts';
import { parseOptions, SCENARIOS } from './options.ts';
import { ensurePgbench } from './pgbench.ts';
import { checkLines, markdownTable } from './report.ts';
import { type Check, type Context, fmt, type Outcome, type Row, tokenCache } from './scenarios/context.ts';
import { dashboardsScenario } from './scenarios/dashboards.ts';
import { dealsScenario } from './scenarios/deals.ts';
import { importScenario } from './scenarios/import.ts';
import { integrationsScenario } from './scenarios/integrations.ts';
import { listScenario } from './scenarios/list.ts';
import { nearbyScenario } from './scenarios/nearby.ts';
import { searchScenario } from './scenarios/search.ts';
import { soakScenario } from './scenarios/soak.ts';
import { stormScenario } from './scenarios/storm.ts';
import { sweepScenario } from './scenarios/sweep.ts';
import { type ServerUnderTest, startServer } from './server.ts';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (message: string) => process.stdout.write(`[bench ${elapsed()}] ${message}\n`);

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const pgbenchVersion = ensurePgbench(log);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'groundwork-bench-'));
  const rows: Row[] = [];
  const checks: Check[] = [];
  const notes: string[] = [];
  let server: ServerUnderTest | undefined;
  let capturer: Capturer | undefined;
  let owner: Awaited<ReturnType<typeof connect>> | undefined;
  let closeWorld: (() => Promise<void>) | undefined;
  // Interrupted: the server under test and the bench database go with us.
  const interrupt = () => {
    void (async () => {
      await server?.stop().catch(() => undefined);
      if (!options.keep) await dropBenchDatabase(options.adminUrl, options.database).catch(() => undefined);
      process.exit(130);
    })();
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const abandoned = await dropAbandoned(options.adminUrl);
    if (abandoned.length > 0) log(`dropped databases of earlier runs that died: ${abandoned.join(', ')}`);
    log(`creating database ${options.database}`);
    const url = await createBenchDatabase(options.adminUrl, options.database);
    owner = await connect(url);
    const machine = await describeMachine(owner);
    const loadBefore = machine.load();
    log(
      `machine: ${machine.cpus}, ${machine.memory}; ${machine.postgres}; ${pgbenchVersion}; load ${loadBefore}`,
    );

    log(`generating ${fmt(options.leads)} leads, ${fmt(options.bds)} BDs`);
    const loaded = await loadBenchData(
      url,
      {
        leads: options.leads,
        bds: options.bds,
        privateShare: options.privateShare,
        seed: options.seed,
        stormBds: options.storm.bds,
        centres: [...BEIJING_CENTRES, ...CHINA_CITY_CENTRES],
      },
      log,
    );
    closeWorld = () => loaded.world.db.destroy();
    const s = loaded.seconds;
    notes.push(
      `load: tenant ${s.world.toFixed(1)} s, plan ${s.plan.toFixed(1)} s, COPY ${s.copy.toFixed(1)} s, indexes ${s.indexes.toFixed(1)} s, VACUUM ANALYZE ${s.vacuum.toFixed(1)} s.`,
    );
    log(`loaded in ${(s.world + s.plan + s.copy + s.indexes + s.vacuum).toFixed(0)} s`);

    server = await startServer(url, { jobs: false, dataDir: path.join(workDir, 'server-a') });
    capturer = await createCapturer(url);
    const current = server;
    const ctx: Context = {
      options,
      world: loaded.world,
      plan: loaded.plan,
      server,
      capturer,
      owner,
      workDir,
      log,
      random: createRandom(options.seed + 3),
      token: tokenCache(() => current, loaded.world.slug),
    };
    const scenarios: Record<string, (ctx: Context) => Promise<Outcome>> = {
      nearby: nearbyScenario,
      list: listScenario,
      search: searchScenario,
      deals: dealsScenario,
      storm: stormScenario,
      integrations: integrationsScenario,
      sweep: sweepScenario,
      dashboards: dashboardsScenario,
      soak: soakScenario,
    };
    for (const name of SCENARIOS) {
      if (name === 'import' || options.skip.has(name)) continue;
      // The soak runs alone when asked for (a clean server's memory), and as a smoke test in the quick run.
      if (options.soak.only ? name !== 'soak' : name === 'soak' && !options.quick) continue;
      log(`scenario ${name}`);
      server.phase(name);
      const outcome = await scenarios[name]!(ctx);
      rows.push(...outcome.rows);
      checks.push(...outcome.checks);
      notes.push(...outcome.notes);
      log(`${name}: ${outcome.rows.map((r) => r.groundwork).join('; ')}`);
    }
    const memory = server.memory();
    await server.stop();
    server = undefined;

    let importMemory: Record<string, number> = {};
    let importHwm = 0;
    if (!options.skip.has('import') && !options.soak.only) {
      log('scenario import');
      server = await startServer(url, { jobs: true, dataDir: path.join(workDir, 'server-b') });
      server.phase('import');
      const outcome = await importScenario({ ...ctx, server });
      rows.push(...outcome.rows);
      checks.push(...outcome.checks);
      notes.push(...outcome.notes);
      log(`import: ${outcome.rows.map((r) => r.groundwork).join('; ')}`);
      const m = server.memory();
      importMemory = m.phases;
      importHwm = m.hwm;
      await server.stop();
      server = undefined;
    }

    const phases = { ...memory.phases, ...importMemory };
    delete phases.start;
    const peak = Math.max(memory.hwm, importHwm);
    rows.push({
      scenario: 'server memory during all of the above',
      groundwork: `peak RSS ${peak.toFixed(0)} MB (${Object.entries(phases)
        .map(([p, mb]) => `${p} ${mb.toFixed(0)}`)
        .join(', ')})`,
      limit: '—',
      ratio: '—',
      target: '< 512 MB',
      met: peak < 512,
    });
    checks.push({ name: 'server memory was measured', ok: peak > 0, detail: `${peak.toFixed(0)} MB` });

    const loadAfter = machine.load();
    const table = markdownTable(rows);
    const header = [
      `${fmt(options.leads)} leads, ${fmt(options.bds)} BDs${options.quick ? ' (quick)' : ''}; ${options.runs} run(s) of ${options.duration} s per figure after ${options.warmup} s of warm-up, medians`,
      `machine: ${machine.cpus}, ${machine.memory}, Node.js ${machine.node}; ${machine.postgres} (${machine.settings})`,
      `load average (1, 5, 15 min): ${loadBefore} at the start, ${loadAfter} at the end`,
    ];
    process.stdout.write(
      `\n${header.join('\n')}\n\n${table}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n\n${checkLines(checks)}\n`,
    );
    if (options.out) {
      await writeFile(
        options.out,
        `${header.map((h) => `${h}  `).join('\n')}\n\n${table}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`,
      );
    }
  } catch (error) {
    checks.push({
      name: 'benchmark ran to the end',
      ok: false,
      detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    process.stdout.write(`\n${checkLines(checks.slice(-1))}\n`);
  } finally {
    await server?.stop().catch(() => undefined);
    await capturer?.close().catch(() => undefined);
    await closeWorld?.().catch(() => undefined);
    await owner?.end().catch(() => undefined);
    if (!options.keep) await dropBenchDatabase(options.adminUrl, options.database).catch(() => undefined);
    await rm(workDir, { recursive: true, force: true });
  }
  const failed = checks.filter((c) => !c.ok).length;
  log(`finished in ${elapsed()}`);
  process.stdout.write(`\n${checks.length - failed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    process.exit(1);
  },
);
