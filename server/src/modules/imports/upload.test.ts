import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { upload, waitForJob, xlsxOf } from '../../../test/imports-fixtures.ts';
import { type JobRunner, startJobRunner } from '../../jobs/runner.ts';

let t: TestContext;
let tenant: TestTenant;
let other: TestTenant;
let runner: JobRunner;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'gw-upload-'));
  t = await createTestContext({ GROUNDWORK_DATA: dataDir });
  runner = await startJobRunner(t.app.deps, {
    connectionString: t.url,
    workers: true,
    pollingIntervalSeconds: 0.5,
  });
  tenant = await t.createTenant('groupbuy');
  other = await t.createTenant('groupbuy');
});
afterAll(async () => {
  await runner.stop();
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const jobCount = async () =>
  Number(
    (await t.ownerQuery<{ n: string }>('select count(*) as n from job where tenant_id = $1', [tenant.id]))[0]!
      .n,
  );
const uploadsLeft = async () => {
  const dir = path.join(dataDir, 'uploads', tenant.id);
  return (await readdir(dir).catch(() => [])).filter((f) => f.startsWith('upload-'));
};

describe('the upload refuses at once what it cannot import, and creates no job', () => {
  const good = '名称,城市\n好店,北京市\n';
  const cases: Array<[string, () => Promise<{ status: number; body: any; headers: any }>, number, RegExp]> = [
    [
      'a JSON body',
      async () => {
        const r = await t.request('POST', '/api/v1/leads/import', {
          token: tenant.tokens.tenant_admin,
          body: { a: 1 },
        });
        return r;
      },
      415,
      /multipart/,
    ],
    ['no file', () => upload(t, tenant.tokens.tenant_admin, null, { coordSystem: 'wgs84' }), 400, /file/],
    [
      'a .txt file',
      () => upload(t, tenant.tokens.tenant_admin, { name: 'a.txt', content: good }),
      415,
      /\.csv or \.xlsx/,
    ],
    [
      'text named .xlsx',
      () => upload(t, tenant.tokens.tenant_admin, { name: 'a.xlsx', content: good }),
      415,
      /zip/,
    ],
    [
      'a workbook named .csv',
      async () => upload(t, tenant.tokens.tenant_admin, { name: 'a.csv', content: await xlsxOf([['名称']]) }),
      415,
      /zip/,
    ],
    [
      'an empty file',
      () => upload(t, tenant.tokens.tenant_admin, { name: 'a.csv', content: '' }),
      400,
      /empty/,
    ],
    [
      'only a BOM',
      () => upload(t, tenant.tokens.tenant_admin, { name: 'a.csv', content: '\ufeff\r\n' }),
      400,
      /empty/,
    ],
    [
      'a header without a name column',
      () => upload(t, tenant.tokens.tenant_admin, { name: 'a.csv', content: '电话,地址\n138,x\n' }),
      400,
      /name/,
    ],
    [
      'a header and no rows',
      () => upload(t, tenant.tokens.tenant_admin, { name: 'a.csv', content: '名称,城市\n' }),
      400,
      /no rows/,
    ],
    [
      'an unknown attr column',
      () => upload(t, tenant.tokens.tenant_admin, { name: 'a.csv', content: '名称,attr.nope\nx,1\n' }),
      400,
      /not a field/,
    ],
    [
      'a bad coordinate system',
      () => upload(t, tenant.tokens.tenant_admin, { name: 'a.csv', content: good }, { coordSystem: 'mars' }),
      400,
      /coordSystem/,
    ],
    [
      'another tenant’s city',
      () =>
        upload(t, tenant.tokens.tenant_admin, { name: 'a.csv', content: good }, { cityId: other.units.city }),
      400,
      /cityId/,
    ],
    ['a BD', () => upload(t, tenant.tokens.bd, { name: 'a.csv', content: good }), 403, /import/],
  ];
  for (const [what, send, status, message] of cases) {
    it(`refuses ${what} (${status})`, async () => {
      const before = await jobCount();
      const reply = await send();
      expect(reply.status).toBe(status);
      expect(String(reply.headers['content-type'])).toContain('application/problem+json');
      expect(reply.body.detail).toMatch(message);
      expect(await jobCount()).toBe(before);
      expect(await uploadsLeft()).toEqual([]);
    });
  }
});

describe('large uploads', () => {
  it('streams a file far above the 1 MB JSON body limit to disk', async () => {
    const note = '备'.repeat(100_000); // 300 KB of UTF-8 per row
    const rows = Array.from({ length: 10 }, (_, i) => `大文件门店${i}号,北京市,${note}`);
    const content = ['名称,城市,备注', ...rows].join('\n');
    expect(Buffer.byteLength(content)).toBeGreaterThan(3_000_000);
    const reply = await upload(t, tenant.tokens.tenant_admin, { name: 'big.csv', content });
    expect(reply.status).toBe(202);
    expect(reply.body.ignoredColumns).toEqual(['备注']);
    const job = await waitForJob(t, tenant.tokens.tenant_admin, reply.body.jobId);
    expect(job).toMatchObject({ status: 'done', succeeded: 10 });
  });
});

describe('jobs', () => {
  it('are seen by their creator and tenant admins only; another tenant’s job is 404', async () => {
    const reply = await upload(t, tenant.tokens.city_manager, {
      name: 'a.csv',
      content: '名称,城市\n好店,北京市\n,北京市\n',
    });
    expect(reply.status).toBe(202);
    const job = await waitForJob(t, tenant.tokens.city_manager, reply.body.jobId);
    expect(job).toMatchObject({ kind: 'lead_import', succeeded: 1, failed: 1 });
    expect(job.startedAt).not.toBeNull();
    expect(job.finishedAt).not.toBeNull();
    const get = (token: string, suffix = '') =>
      t.request('GET', `/api/v1/jobs/${job.id}${suffix}`, { token });
    expect((await get(tenant.tokens.tenant_admin)).status).toBe(200);
    expect((await get(tenant.tokens.tenant_admin, '/errors')).status).toBe(200);
    for (const token of [tenant.tokens.hq, tenant.tokens.reviewer, other.tokens.tenant_admin]) {
      expect((await get(token)).status).toBe(404);
      expect((await get(token, '/errors')).status).toBe(404);
    }
  });

  it('have no error report when every row went in', async () => {
    const reply = await upload(t, tenant.tokens.tenant_admin, {
      name: 'a.csv',
      content: '名称,城市\n好店二号,北京市\n',
    });
    const job = await waitForJob(t, tenant.tokens.tenant_admin, reply.body.jobId);
    expect(job).toMatchObject({ status: 'done', succeeded: 1, failed: 0, errorReportUrl: null });
    expect(
      (await t.request('GET', `/api/v1/jobs/${job.id}/errors`, { token: tenant.tokens.tenant_admin })).status,
    ).toBe(404);
  });

  it('import uses the form’s default city and fails the job, not the server, on a broken file', async () => {
    const ok = await upload(
      t,
      tenant.tokens.tenant_admin,
      { name: 'a.csv', content: '名称\n无城市的店\n' },
      { cityId: tenant.units.city },
    );
    expect((await waitForJob(t, tenant.tokens.tenant_admin, ok.body.jobId)).succeeded).toBe(1);
    const broken = await upload(t, tenant.tokens.tenant_admin, {
      name: 'a.csv',
      content: `名称,城市\n好店三号,北京市\n"未闭合的引号,北京市\n`,
    });
    expect(broken.status).toBe(202);
    const job = await waitForJob(t, tenant.tokens.tenant_admin, broken.body.jobId);
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/cannot be read/);
  });
});
