import type pg from 'pg';
import type { CityCentre } from '../../../server/src/demo/stores.ts';
import { connect } from '../db.ts';
import { type LeadPlan, loadLeads, planLeads } from './leads.ts';
import { createWorld, type World } from './world.ts';

const BULK_TABLES = ['lead', 'lead_state', 'lead_event', 'visit'];

/** The secondary indexes of the bulk tables, as the migrations made them (constraint indexes stay). */
async function secondaryIndexes(owner: pg.Client): Promise<Array<{ name: string; def: string }>> {
  const result = await owner.query<{ name: string; def: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i
      where i.indrelid = any($1::regclass[])
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by 1`,
    [BULK_TABLES],
  );
  return result.rows;
}

export interface Loaded {
  world: World;
  plan: LeadPlan;
  seconds: { world: number; plan: number; copy: number; indexes: number; vacuum: number };
}

/**
 * Builds the tenant and loads the leads the way one loads a million rows: secondary indexes off,
 * COPY, the same index definitions rebuilt (checked to be identical), then VACUUM ANALYZE so the
 * planner and index-only scans see the data as a long-running database would.
 */
export async function loadBenchData(
  url: string,
  options: {
    leads: number;
    bds: number;
    privateShare: number;
    seed: number;
    stormBds: number;
    centres: CityCentre[];
  },
  log: (message: string) => void,
): Promise<Loaded> {
  const owner = await connect(url);
  try {
    const t0 = performance.now();
    const world = await createWorld(url, owner, options.centres, options.bds);
    const t1 = performance.now();
    const plan = planLeads(world, options);
    const t2 = performance.now();
    log(
      `tenant with ${world.cities.length} cities and ${world.bds.length} BDs; ${options.leads} leads planned`,
    );

    const indexes = await secondaryIndexes(owner);
    for (const index of indexes) await owner.query(`drop index ${index.name}`);
    // Rows are consistent by construction; foreign-key triggers would only check that again, row by row.
    await owner.query(`set session_replication_role = replica`);
    await loadLeads(owner, world, plan, options.seed);
    await owner.query(`set session_replication_role = origin`);
    const t3 = performance.now();
    log(`COPY done in ${((t3 - t2) / 1000).toFixed(1)} s; rebuilding ${indexes.length} indexes`);

    await owner.query(`set maintenance_work_mem = '512MB'`);
    for (const index of indexes) await owner.query(index.def);
    const rebuilt = await secondaryIndexes(owner);
    if (JSON.stringify(rebuilt) !== JSON.stringify(indexes))
      throw new Error('The rebuilt indexes differ from those the migrations made');
    const t4 = performance.now();
    await owner.query('vacuum (freeze, analyze)');
    const t5 = performance.now();
    return {
      world,
      plan,
      seconds: {
        world: (t1 - t0) / 1000,
        plan: (t2 - t1) / 1000,
        copy: (t3 - t2) / 1000,
        indexes: (t4 - t3) / 1000,
        vacuum: (t5 - t4) / 1000,
      },
    };
  } finally {
    await owner.end();
  }
}
