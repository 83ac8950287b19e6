import { readFileSync } from 'node:fs';
import os from 'node:os';
import type pg from 'pg';

export interface Machine {
  cpus: string;
  memory: string;
  node: string;
  postgres: string;
  settings: string;
  load: () => string;
}

export async function describeMachine(owner: pg.Client): Promise<Machine> {
  const cpus = os.cpus();
  const version = await owner.query<{ v: string }>('select version() as v');
  const settings = await owner.query<{ name: string; setting: string; unit: string | null }>(
    `select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'max_connections', 'effective_cache_size')`,
  );
  return {
    cpus: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    postgres: version.rows[0]!.v.split(' on ')[0]!,
    settings: settings.rows.map((s) => `${s.name}=${s.setting}${s.unit ?? ''}`).join(', '),
    load: () => {
      try {
        return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
      } catch {
        return os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ');
      }
    },
  };
}
