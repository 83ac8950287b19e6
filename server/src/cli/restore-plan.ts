import { promises as fs } from 'node:fs';
import path from 'node:path';
import { APP_ROLE } from '../db/database.ts';
import { CliError } from './errors.ts';
import { run } from './pg-tools.ts';

export interface RestorePlan {
  /** The archive entries pg_restore replays, as a --use-list file. */
  listFile: string;
  /** SQL to run before pg_restore. */
  before: string[];
  /** SQL to run after pg_restore, with `public` on the search path. */
  after: string[];
}

const RELATION_ENTRY = /^\d+; \d+ \d+ (TABLE|SEQUENCE) (\S+) (\S+) \S+$/;
const RELATION_ACL_ENTRY = / ACL \S+ (TABLE|SEQUENCE) /;
const FOR_ROLE = /^ALTER DEFAULT PRIVILEGES FOR ROLE ("(?:[^"]|"")*"|\S+) (.*)$/;
const INDEX_ENTRY = /^\d+; \d+ \d+ INDEX \S+ (\S+) /;
const CREATE_INDEX = /^CREATE (?:UNIQUE )?INDEX (\S+) ON /;
/** A call of a function outside pg_catalog, which pg_dump writes schema-qualified. */
const QUALIFIED_CALL = /\b(?!pg_catalog\.)\w+\.\w+\(/;

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** The SQL that pg_restore would run for some entries of the archive's table of contents. */
async function scriptOf(pgRestore: string, archive: string, entries: string[], listFile: string) {
  if (entries.length === 0) return [];
  await fs.writeFile(listFile, entries.join('\n'));
  const script = await run(pgRestore, ['--file=-', `--use-list=${listFile}`, archive]);
  if (script.code !== 0) throw new CliError(`pg_restore could not read ${archive}: ${script.stderr.trim()}`);
  return script.stdout.split('\n');
}

/**
 * Splits the archive's table of contents into what pg_restore replays as it is and what it would
 * fail on, which runs here instead:
 * - extensions are created beforehand (IF NOT EXISTS): with --clean, pg_restore would drop and
 *   re-create them, which needs their owner (often a superuser who pre-installed them);
 * - `COMMENT ON EXTENSION` needs the extension's owner; CREATE EXTENSION writes the same comment;
 * - `ALTER DEFAULT PRIVILEGES FOR ROLE <original owner>` needs membership in a role that may not
 *   exist here; it is re-issued for the restoring login, which owns the restored tables and runs
 *   the later migrations;
 * - grants on tables and sequences are applied last, after revoking whatever the application role
 *   got on its own: with --clean the tables are re-created in a database whose default privileges
 *   hand that role everything on a new table, and pg_dump's GRANTs only add;
 * - an index on an expression that calls an extension's function (e.g. `ll_to_earth` of
 *   earthdistance, whose body names the type `earth` without its schema) cannot be built under
 *   pg_restore's empty search path; it is built afterwards.
 */
export async function planRestore(
  pgRestore: string,
  archive: string,
  login: string,
  work: string,
): Promise<RestorePlan> {
  const listed = await run(pgRestore, ['--list', archive]);
  if (listed.code !== 0) throw new CliError(`${archive} is not a readable backup: ${listed.stderr.trim()}`);
  const entries = listed.stdout.split('\n');
  const extensions = entries.filter((line) => / EXTENSION - /.test(line));
  const foreignDefaults = entries.filter((line) => {
    const owner = / DEFAULT ACL .* (\S+)$/.exec(line)?.[1];
    return owner !== undefined && owner !== login;
  });
  const indexes = entries.filter((line) => INDEX_ENTRY.test(line));
  const relationAcls = entries.filter((line) => RELATION_ACL_ENTRY.test(line));
  const revokes = entries.flatMap((line) => {
    const [, kind, schema, name] = RELATION_ENTRY.exec(line) ?? [];
    return kind ? [`REVOKE ALL ON ${kind} ${quote(schema!)}.${quote(name!)} FROM ${APP_ROLE}`] : [];
  });

  const scratch = (name: string) => path.join(work, name);
  const createExtensions = (await scriptOf(pgRestore, archive, extensions, scratch('ext.list'))).filter(
    (line) => line.startsWith('CREATE EXTENSION IF NOT EXISTS '),
  );
  const defaultPrivileges = (
    await scriptOf(pgRestore, archive, foreignDefaults, scratch('acl.list'))
  ).flatMap((line) => {
    const match = FOR_ROLE.exec(line);
    return match ? [`ALTER DEFAULT PRIVILEGES ${match[2]}`] : [];
  });
  const grants = (await scriptOf(pgRestore, archive, relationAcls, scratch('grants.list'))).filter((line) =>
    /^(GRANT|REVOKE) /.test(line),
  );
  const deferredIndexes = new Map<string, string>();
  for (const line of await scriptOf(pgRestore, archive, indexes, scratch('index.list'))) {
    const name = CREATE_INDEX.exec(line)?.[1];
    if (name && QUALIFIED_CALL.test(line.slice(line.indexOf(' ON ')))) deferredIndexes.set(name, line);
  }

  const keep = entries.filter(
    (line) =>
      !/ COMMENT - EXTENSION /.test(line) &&
      !extensions.includes(line) &&
      !foreignDefaults.includes(line) &&
      !relationAcls.includes(line) &&
      !deferredIndexes.has(INDEX_ENTRY.exec(line)?.[1] ?? ''),
  );
  const listFile = scratch('restore.list');
  await fs.writeFile(listFile, keep.join('\n'));
  return {
    listFile,
    before: createExtensions,
    after: [...deferredIndexes.values(), ...revokes, ...grants, ...defaultPrivileges],
  };
}
