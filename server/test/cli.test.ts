import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from './harness.ts';
import {
  adminQuery,
  appOn,
  cleanEnv,
  createEmptyDatabase,
  runCli,
  type ScratchDatabase,
  STACK_FRAME,
  scratchDir,
} from './run-cli.ts';

const PASSWORD = 'tenant-admin-password';
let database: ScratchDatabase;
let env: NodeJS.ProcessEnv;
let t: TestContext | undefined;

beforeAll(async () => {
  database = await createEmptyDatabase();
  env = cleanEnv({ DATABASE_URL: database.url });
});
afterAll(async () => {
  await t?.close();
  await database.drop();
});

/** The app on the CLI's database; built once the schema exists. */
async function app(): Promise<TestContext> {
  t ??= await appOn(database.url);
  return t;
}

const cli = (args: string[], stdin?: string) => runCli(args, env, stdin);

function expectRefusal(result: { code: number | null; stdout: string; stderr: string }, code: number) {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^groundwork: /);
  expect(result.stderr).not.toMatch(STACK_FRAME);
}

describe('groundwork help and command-line mistakes', () => {
  it('lists every command with help and with no arguments', async () => {
    for (const args of [['help'], []]) {
      const result = await cli(args);
      expect(result.code, result.stderr).toBe(0);
      for (const command of ['migrate', 'tenant create', 'user create', 'user set-password', 'seed demo']) {
        expect(result.stdout).toContain(`groundwork ${command}`);
      }
      expect(result.stdout).toContain('groundwork restore --file F [--clean]');
    }
  });

  it('refuses unknown commands, unknown flags, missing and malformed flags with exit code 2', async () => {
    const unknown = await cli(['frobnicate']);
    expectRefusal(unknown, 2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');

    const missing = await cli(['tenant', 'create', '--slug', 'acme']);
    expectRefusal(missing, 2);
    expect(missing.stderr).toContain('--name, --template, --admin-username, --admin-password');
    expect(missing.stderr).toContain('Usage: groundwork tenant create');

    const extra = await cli(['user', 'set-password', '--tenant', 'a', '--username', 'b', '--pasword', 'x']);
    expectRefusal(extra, 2);
    expect(extra.stderr).toContain("'--pasword'");

    const malformed = await cli([
      'tenant',
      'create',
      '--slug=Acme Inc',
      '--name=Acme',
      '--template=pizza',
      '--admin-username=boss',
      '--admin-password=short',
    ]);
    expectRefusal(malformed, 2);
    expect(malformed.stderr).toContain('--slug must be');
    expect(malformed.stderr).toContain('--template must be groupbuy, hotel, takeaway');
    expect(malformed.stderr).toContain('--admin-password must be 8 to 128 characters');
    expect(malformed.stderr).not.toContain('--admin-username must');
  });

  it('says which database it cannot reach, without a stack trace', async () => {
    const result = await runCli(
      ['user', 'set-password', '--tenant', 'demo', '--username', 'admin', '--password', PASSWORD],
      cleanEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere' }),
    );
    expectRefusal(result, 1);
    expect(result.stderr).toContain('cannot connect to the database at 127.0.0.1:1/nowhere');
  });

  it('does not create an empty embedded database where the data folder holds none', async () => {
    const scratch = await scratchDir('groundwork-cli-');
    try {
      const result = await runCli(
        ['backup', '--file', `${scratch.dir}/backup.dump`],
        cleanEnv({ GROUNDWORK_DATA: scratch.dir }),
      );
      expectRefusal(result, 1);
      expect(result.stderr).toContain(`There is no Groundwork database in ${scratch.dir}`);
      expect(await import('node:fs/promises').then((fs) => fs.readdir(scratch.dir))).toEqual([]);
    } finally {
      await scratch.remove();
    }
  });
});

describe('groundwork on a database server', () => {
  it('asks for migrate before working on a database without the schema', async () => {
    const result = await cli(['seed', 'demo']);
    expectRefusal(result, 1);
    expect(result.stderr).toContain('run "groundwork migrate" first');
  });

  it('migrate creates the schema once and then has nothing to do', async () => {
    const first = await cli(['migrate']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/migration \S+_foundation applied/);
    const [table] = await adminQuery<{ found: boolean }>(
      `select to_regclass('app_user') is not null as found`,
      [],
      database.url,
    );
    expect(table?.found).toBe(true);

    const second = await cli(['migrate']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('was up to date already');
  });

  it('tenant create makes the platform (password shown once) and a tenant whose admin can sign in', async () => {
    const result = await cli([
      'tenant',
      'create',
      '--slug=acme',
      '--name=Acme 外卖',
      '--template=takeaway',
      '--admin-username=boss',
      `--admin-password=${PASSWORD}`,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Tenant "acme" created');
    const platformPassword = /tenant: platform\s+username: admin\s+password: (\S+)/.exec(result.stdout)?.[1];
    expect(platformPassword).toBeDefined();

    const a = await app();
    await a.login('platform', 'admin', platformPassword);
    const me = await a.request('GET', '/api/v1/auth/me', { token: await a.login('acme', 'boss', PASSWORD) });
    expect(me.body).toMatchObject({ role: 'tenant_admin', tenant: { slug: 'acme', template: 'takeaway' } });

    const again = await cli([
      'tenant',
      'create',
      '--slug=acme',
      '--name=Acme',
      '--template=hotel',
      '--admin-username=boss',
      `--admin-password=${PASSWORD}`,
    ]);
    expectRefusal(again, 1);
    expect(again.stderr).toContain('A tenant with the slug "acme" exists');
  });

  it('user create puts the user in the HQ unit unless told another unit', async () => {
    const a = await app();
    const adminToken = await a.login('acme', 'boss', PASSWORD);
    const hq = (await a.request('GET', '/api/v1/auth/me', { token: adminToken })).body.user.orgUnitId;
    const region = await a.request('POST', '/api/v1/org-units', {
      token: adminToken,
      body: { name: '华东大区', kind: 'region', parentId: hq },
    });
    expect(region.status).toBe(201);

    const atHq = await cli([
      'user',
      'create',
      '--tenant=acme',
      '--username=chen',
      `--password=${PASSWORD}`,
      '--role=hq',
    ]);
    expect(atHq.code, atHq.stderr).toBe(0);
    const inRegion = await cli([
      'user',
      'create',
      '--tenant=acme',
      '--username=li',
      `--password=${PASSWORD}`,
      '--role=city_manager',
      `--org-unit=${region.body.id}`,
      '--display-name=李经理',
    ]);
    expect(inRegion.code, inRegion.stderr).toBe(0);

    const chen = await a.request('GET', '/api/v1/auth/me', {
      token: await a.login('acme', 'chen', PASSWORD),
    });
    expect(chen.body.user).toMatchObject({ role: 'hq', orgUnitId: hq });
    const li = await a.request('GET', '/api/v1/auth/me', { token: await a.login('acme', 'li', PASSWORD) });
    expect(li.body.user).toMatchObject({
      role: 'city_manager',
      orgUnitId: region.body.id,
      displayName: '李经理',
    });

    const log = await a.request('GET', `/api/v1/audit-log?action=user.created&objectId=${li.body.user.id}`, {
      token: adminToken,
    });
    expect(log.body.items[0]).toMatchObject({
      action: 'user.created',
      actorKind: 'system',
      actorName: expect.stringMatching(/^cli/),
    });
  });

  it('user create explains an unknown tenant, a taken username and an org unit of another tenant', async () => {
    const user = (tenant: string, username: string, extra: string[] = []) =>
      cli([
        'user',
        'create',
        `--tenant=${tenant}`,
        `--username=${username}`,
        `--password=${PASSWORD}`,
        '--role=bd',
        ...extra,
      ]);

    const noTenant = await user('nosuch', 'wang');
    expectRefusal(noTenant, 1);
    expect(noTenant.stderr).toContain('There is no tenant with the slug "nosuch"');

    const taken = await user('acme', 'CHEN');
    expectRefusal(taken, 1);
    expect(taken.stderr).toContain('The username "CHEN" is taken');

    // Unit 1 is the platform's own root unit: row-level security hides it from tenant "acme".
    const foreignUnit = await user('acme', 'wang', ['--org-unit=1']);
    expectRefusal(foreignUnit, 1);
    expect(foreignUnit.stderr).toContain('The tenant "acme" has no org unit 1');
  });

  it('user set-password lets a locked-out administrator back in, and the old password stops working', async () => {
    const a = await app();
    for (let i = 0; i < 10; i++) {
      await a.request('POST', '/api/v1/auth/login', {
        body: { tenant: 'acme', username: 'boss', password: 'a-wrong-guess' },
      });
    }
    const locked = await a.request('POST', '/api/v1/auth/login', {
      body: { tenant: 'acme', username: 'boss', password: PASSWORD },
    });
    expect(locked.body.code).toBe('account_locked');

    // "-" reads the password from standard input, out of sight of `ps` and shell history.
    const result = await cli(
      ['user', 'set-password', '--tenant=acme', '--username=boss', '--password', '-'],
      'a-brand-new-password\n',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Password of "boss" in tenant "acme" set');

    const token = await a.login('acme', 'boss', 'a-brand-new-password');
    const old = await a.request('POST', '/api/v1/auth/login', {
      body: { tenant: 'acme', username: 'boss', password: PASSWORD },
    });
    expect(old.status).toBe(401);

    const log = await a.request('GET', '/api/v1/audit-log?action=user.updated', { token });
    const entry = log.body.items[0];
    expect(entry.detail.changes.password).toEqual(['[redacted]', '[changed]']);
    expect(entry.detail.changes.locked_until[1]).toBeNull();
    expect(JSON.stringify(log.body)).not.toContain('a-brand-new-password');

    const ghost = await cli([
      'user',
      'set-password',
      '--tenant=acme',
      '--username=ghost',
      `--password=${PASSWORD}`,
    ]);
    expectRefusal(ghost, 1);
    expect(ghost.stderr).toContain('The tenant "acme" has no user "ghost"');
  });

  it('seed demo creates the demo tenant once and prints who can sign in', async () => {
    const result = await cli(['seed', 'demo', '--password=demo-password']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('password: demo-password');
    for (const username of ['admin', 'hq', 'city', 'bdm', 'bd']) expect(result.stdout).toContain(username);

    const a = await app();
    const me = await a.request('GET', '/api/v1/auth/me', {
      token: await a.login('demo', 'bd', 'demo-password'),
    });
    expect(me.body).toMatchObject({ role: 'bd', tenant: { slug: 'demo' } });

    const again = await cli(['seed', 'demo', '--password=another-password']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('exists already; nothing was changed');
    await a.login('demo', 'bd', 'demo-password');
  });
});
