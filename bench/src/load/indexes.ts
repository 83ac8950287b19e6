import type pg from 'pg';

/**
 * Runs a bulk write on `table` with its secondary indexes dropped (constraint indexes stay) and
 * the same indexes rebuilt afterwards, then VACUUM ANALYZE: how the loaders fill millions of rows
 * in minutes rather than hours. Triggers are off during the write (session_replication_role).
 */
export async function withoutIndexes<T>(
  owner: pg.Client,
  table: string,
  write: () => Promise<T>,
): Promise<T> {
  const indexes = await owner.query<{ name: string; def: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i
      where i.indrelid = $1::regclass
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by 1`,
    [table],
  );
  for (const index of indexes.rows) await owner.query(`drop index ${index.name}`);
  await owner.query('set session_replication_role = replica');
  let result: T;
  try {
    result = await write();
  } finally {
    await owner.query('set session_replication_role = origin');
    await owner.query(`set maintenance_work_mem = '512MB'`);
    for (const index of indexes.rows) await owner.query(index.def);
  }
  await owner.query(`vacuum (analyze) ${table}`);
  return result;
}
