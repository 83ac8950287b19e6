import { promises as fs } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from './harness.ts';
import { REFERENCE_TABLES } from './tenancy-rules.ts';

/**
 * What Citus needs to distribute every tenant table by `tenant_id` and co-locate them
 * (docs/scale-out.md): checked on the migrated schema, so a migration that breaks it fails here.
 */
async function distributionProblems(client: pg.Client): Promise<string[]> {
  const tables = (
    await client.query<{ name: string; tenant_col: number | null }>(
      `select c.relname as name,
              (select a.attnum from pg_attribute a
               where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as tenant_col
       from pg_class c
       where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
       order by 1`,
    )
  ).rows;
  const tenantCol = new Map(tables.map((t) => [t.name, t.tenant_col]));
  const problems: string[] = [];

  for (const table of tables) {
    const reason = REFERENCE_TABLES[table.name];
    if (table.tenant_col === null && reason === undefined) {
      problems.push(
        `${table.name} has no tenant_id: add one (first in its primary key), or list it with a reason in ` +
          'test/tenancy-rules.ts REFERENCE_TABLES and docs/scale-out.md',
      );
    }
    if (table.tenant_col !== null && reason !== undefined) {
      problems.push(
        `${table.name} has tenant_id but is listed as a reference table in test/tenancy-rules.ts`,
      );
    }
  }
  for (const name of Object.keys(REFERENCE_TABLES)) {
    if (!tenantCol.has(name)) problems.push(`${name} is listed in REFERENCE_TABLES but does not exist`);
  }

  const constraints = (
    await client.query<{
      name: string;
      type: 'p' | 'u' | 'f' | 'x';
      table: string;
      referenced: string | null;
      keys: number[];
      referenced_keys: number[] | null;
      definition: string;
    }>(
      `select k.conname as name, k.contype as type, c.relname as table, r.relname as referenced,
              k.conkey as keys, k.confkey as referenced_keys, pg_get_constraintdef(k.oid) as definition
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid
       left join pg_class r on r.oid = k.confrelid
       where c.relnamespace = 'public'::regnamespace and k.contype in ('p', 'u', 'f', 'x')
       order by 3, 1`,
    )
  ).rows;
  for (const table of tables.filter((t) => t.tenant_col !== null)) {
    if (!constraints.some((k) => k.table === table.name && k.type === 'p')) {
      problems.push(`${table.name} has no primary key: give it one that includes tenant_id`);
    }
  }
  for (const k of constraints) {
    const own = tenantCol.get(k.table) ?? null;
    if (k.type === 'f') {
      const other = tenantCol.get(k.referenced ?? '') ?? null;
      if (own === null && other !== null) {
        problems.push(
          `${k.table}.${k.name} (${k.definition}): a reference table cannot point at a tenant table`,
        );
      } else if (own !== null && other !== null) {
        const paired = k.keys.some((key, i) => key === own && k.referenced_keys?.[i] === other);
        if (!paired) {
          problems.push(
            `${k.table}.${k.name} (${k.definition}) joins two tenant tables without tenant_id: ` +
              'use (tenant_id, …) references other (tenant_id, …)',
          );
        }
      }
    } else if (own !== null && !k.keys.includes(own)) {
      const kind =
        k.type === 'p' ? 'primary key' : k.type === 'u' ? 'unique constraint' : 'exclusion constraint';
      problems.push(
        `${k.table}.${k.name} (${k.definition}): the ${kind} of a tenant table must include tenant_id`,
      );
    }
  }

  const indexes = (
    await client.query<{ table: string; name: string; keys: number[]; definition: string }>(
      `select c.relname as table, x.relname as name, i.indkey::int2[] as keys,
              pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
       join pg_class c on c.oid = i.indrelid
       join pg_class x on x.oid = i.indexrelid
       where c.relnamespace = 'public'::regnamespace and i.indisunique
         and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
       order by 1, 2`,
    )
  ).rows;
  for (const index of indexes) {
    const own = tenantCol.get(index.table) ?? null;
    // An expression key counts as 0 in indkey: tenant_id must be a plain key column.
    if (own !== null && !index.keys.includes(own)) {
      problems.push(
        `${index.name} (${index.definition}): a unique index of a tenant table must include tenant_id`,
      );
    }
  }
  return problems;
}

/** The create_*_table calls of docs/scale-out.md, in order, against the schema's tables and keys. */
async function runbookProblems(client: pg.Client): Promise<string[]> {
  const doc = await fs.readFile(new URL('../../docs/scale-out.md', import.meta.url), 'utf8');
  const calls = [...doc.matchAll(/create_(distributed|reference)_table\('(\w+)'/g)].map((m) => ({
    kind: m[1]!,
    table: m[2]!,
  }));
  const tenantTables = (
    await client.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_attribute a on a.attrelid = c.oid
       where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and a.attname = 'tenant_id'
       order by 1`,
    )
  ).rows.map((r) => r.name);
  const keys = (
    await client.query<{ table: string; referenced: string }>(
      `select c.relname as table, r.relname as referenced
       from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
       where k.contype = 'f' and c.relnamespace = 'public'::regnamespace`,
    )
  ).rows;
  const problems: string[] = [];
  const distributed = calls.filter((c) => c.kind === 'distributed').map((c) => c.table);
  for (const table of tenantTables) {
    const times = distributed.filter((d) => d === table).length;
    if (times !== 1) problems.push(`docs/scale-out.md distributes ${table} ${times} times (once expected)`);
  }
  for (const table of distributed) {
    if (!tenantTables.includes(table))
      problems.push(`docs/scale-out.md distributes ${table}, not a tenant table`);
  }
  const position = new Map(calls.map((c, i) => [c.table, i]));
  for (const key of keys) {
    const [from, to] = [position.get(key.table), position.get(key.referenced)];
    if (from !== undefined && key.table !== key.referenced && (to === undefined || to > from)) {
      problems.push(`docs/scale-out.md: ${key.table} must come after ${key.referenced} (foreign key)`);
    }
  }
  return problems;
}

let database: Awaited<ReturnType<typeof createDatabase>>;
let client: pg.Client;

beforeAll(async () => {
  database = await createDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe('the schema is ready to distribute by tenant_id', () => {
  it('every table is a tenant table keyed by tenant_id, or a listed reference table', async () => {
    expect(await distributionProblems(client)).toEqual([]);
  });

  it('docs/scale-out.md distributes every tenant table once, after the tables its keys point at', async () => {
    expect(await runbookProblems(client)).toEqual([]);
  });

  it('the check names each kind of mistake', async () => {
    // In a transaction rolled back at the end: the database stays as migrated.
    await client.query('begin');
    try {
      // scratch_parent's unique (id) lacks tenant_id (reported) and lets the bad key point at it.
      await client.query(`
        create table scratch_parent (
          tenant_id bigint not null,
          id bigint not null,
          primary key (tenant_id, id),
          constraint scratch_parent_id unique (id)
        );
        create table scratch_orphan (id bigint primary key);
        create table scratch_child (
          tenant_id bigint not null,
          id bigint not null,
          parent_id bigint not null,
          code text not null unique,
          primary key (id),
          foreign key (tenant_id, id) references scratch_parent (tenant_id, id),
          constraint scratch_child_parent foreign key (parent_id) references scratch_parent (id)
        );
        create unique index scratch_child_code on scratch_child (lower(code));`);
      const problems = await distributionProblems(client);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^scratch_orphan has no tenant_id/),
          expect.stringMatching(/^scratch_child\.scratch_child_pkey .*primary key of a tenant table/),
          expect.stringMatching(/^scratch_child\.scratch_child_code_key .*unique constraint/),
          expect.stringMatching(/^scratch_child_code .*unique index of a tenant table/),
          expect.stringMatching(/^scratch_child\.scratch_child_parent .*without tenant_id/),
          expect.stringMatching(/^scratch_parent\.scratch_parent_id .*unique constraint/),
        ]),
      );
      expect(problems.filter((p) => !p.includes('scratch_'))).toEqual([]);
      // The composite key that does carry tenant_id is not reported.
      expect(problems.join('\n')).not.toContain('scratch_child_tenant_id_id_fkey');
    } finally {
      await client.query('rollback');
    }
  });
});
