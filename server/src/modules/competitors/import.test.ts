import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { parseCsv, waitForJob, xlsxOf } from '../../../test/imports-fixtures.ts';
import { publicLead } from '../../../test/leads-fixtures.ts';
import { multipartBody } from '../../../test/multipart.ts';
import { type JobRunner, startJobRunner } from '../../jobs/runner.ts';
import { processCompetitorImport } from './import.ts';

let t: TestContext;
let tenant: TestTenant;
let runner: JobRunner;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'gw-competitors-'));
  t = await createTestContext({ GROUNDWORK_DATA: dataDir });
  runner = await startJobRunner(t.app.deps, {
    connectionString: t.url,
    workers: true,
    pollingIntervalSeconds: 0.5,
  });
  tenant = await t.createTenant('takeaway');
});
afterAll(async () => {
  await runner.stop();
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function upload(
  token: string,
  file: { name: string; content: Buffer | string },
  fields: Record<string, string> = {},
) {
  const { payload, headers } = multipartBody([
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    { name: 'file', filename: file.name, content: file.content },
  ]);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/competitors/import',
    headers: { ...headers, authorization: `Bearer ${token}` },
    payload,
  });
  return { status: response.statusCode, body: response.json() };
}

const storesOf = () =>
  t.ownerQuery<{ name: string; match_status: string; lead_id: string | null; deals: number }>(
    `select s.name, s.match_status, s.lead_id::text,
            (select count(*)::int from competitor_deal d where d.tenant_id = s.tenant_id and d.store_id = s.id) as deals
     from competitor_store s where s.tenant_id = $1 order by s.id`,
    [tenant.id],
  );

describe('competitor file import', () => {
  it('imports the good rows, matches them, and reports a bad row with all its values', async () => {
    const lead = await publicLead(t, tenant, { name: '眉州东坡(紫竹桥店)', lat: 39.9432, lng: 116.3105 });
    const csv = [
      '\ufeff平台,门店名称,地址,纬度,经度,城市,品类,团购名称,价格,月销量,采集时间,备注',
      '美团,眉州东坡（紫竹桥店）,紫竹院路,39.9433,116.3106,北京,川菜,双人套餐,158,320,2026-11-20,',
      '美团,眉州东坡（紫竹桥店）,紫竹院路,39.9433,116.3106,北京,川菜,四人套餐,298,120,2026-11-20,',
      '大众点评,远处的店,,40.2,116.9,北京,,单人餐,39,5,2026-11-21,',
      '美团,价格写错的店,,39.95,116.32,北京,,双人餐,一百元,10,2026-11-21,人工录入',
    ].join('\n');
    const started = await upload(tenant.tokens.hq, { name: '竞对.csv', content: csv });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(started.body.ignoredColumns).toEqual(['备注']);
    const job = await waitForJob(t, tenant.tokens.hq, started.body.jobId);
    expect(job).toMatchObject({
      status: 'done',
      kind: 'competitor_import',
      processed: 4,
      succeeded: 3,
      failed: 1,
    });

    expect(await storesOf()).toEqual([
      { name: '眉州东坡（紫竹桥店）', match_status: 'matched', lead_id: lead.id, deals: 2 },
      { name: '远处的店', match_status: 'unmatched', lead_id: null, deals: 1 },
    ]);
    const tags = (await t.request('GET', `/api/v1/leads/${lead.id}`, { token: tenant.tokens.tenant_admin }))
      .body.tags;
    expect(tags).toContain('competitor_online');

    const report = await t.app.inject({
      method: 'GET',
      url: job.errorReportUrl,
      headers: { authorization: `Bearer ${tenant.tokens.hq}` },
    });
    const rows = parseCsv(report.body.replace(/^\ufeff/, ''));
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 2)).toEqual(['5', expect.stringContaining('price')]);
    expect(rows[1]!.slice(2)).toEqual([
      '美团',
      '价格写错的店',
      '',
      '39.95',
      '116.32',
      '北京',
      '',
      '双人餐',
      '一百元',
      '10',
      '2026-11-21',
      '人工录入',
    ]);
  });

  it('reads XLSX and refuses a file without the essential columns before starting a job', async () => {
    const noPlatform = await upload(tenant.tokens.hq, {
      name: 'a.xlsx',
      content: await xlsxOf([
        ['门店名称', '价格'],
        ['某店', '10'],
      ]),
    });
    expect(noPlatform.status).toBe(400);
    expect(noPlatform.body.detail).toMatch(/platform/);
    const titleWithoutPrice = await upload(tenant.tokens.hq, {
      name: 'b.csv',
      content: '平台,门店名称,团购名称\n美团,某店,套餐\n',
    });
    expect(titleWithoutPrice.status).toBe(400);
    expect(
      (await upload(tenant.tokens.bd, { name: 'c.csv', content: '平台,门店名称\n美团,某店\n' })).status,
    ).toBe(403);

    const ok = await upload(
      tenant.tokens.tenant_admin,
      {
        name: 'd.xlsx',
        content: await xlsxOf([
          ['platform', 'storeName', 'lat', 'lng', 'title', 'price'],
          ['eleme', '表格里的店', 39.91, 116.33, '午市套餐', 35],
        ]),
      },
      { coordSystem: 'gcj02' },
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(202);
    expect(await waitForJob(t, tenant.tokens.tenant_admin, ok.body.jobId)).toMatchObject({
      status: 'done',
      succeeded: 1,
    });
    expect((await storesOf()).map((s) => s.name)).toContain('表格里的店');
  });

  it('resumes after a crash between chunks without doing a chunk twice', async () => {
    const lines = ['平台,门店名称,纬度,经度,团购名称,价格'];
    for (let i = 1; i <= 7; i++) lines.push(`美团,续传测试店${i}号,39.8${i},116.2${i},套餐,${10 + i}`);
    lines.push('美团,,39.8,116.2,套餐,10');
    // No job runner: the upload is refused (503), not left waiting forever.
    await runner.stop();
    const refused = await upload(tenant.tokens.hq, { name: 'resume.csv', content: `${lines.join('\n')}\n` });
    expect(refused.status).toBe(503);
    // A runner that only queues, so that this test runs the job itself and crashes it.
    runner = await startJobRunner(t.app.deps, { connectionString: t.url, workers: false });
    const queued = await upload(tenant.tokens.hq, { name: 'resume.csv', content: `${lines.join('\n')}\n` });
    expect(queued.status).toBe(202);
    const ref = { tenantId: tenant.id, jobId: queued.body.jobId };
    const crash = new Error('crash after the second chunk');
    await expect(
      processCompetitorImport(t.app.deps, ref, {
        chunkSize: 3,
        afterChunk: (n) => {
          if (n === 6) throw crash;
        },
      }),
    ).rejects.toBe(crash);
    expect(await processCompetitorImport(t.app.deps, ref, { chunkSize: 3 })).toBe('done');
    const job = (await t.request('GET', `/api/v1/jobs/${ref.jobId}`, { token: tenant.tokens.hq })).body;
    expect(job).toMatchObject({ status: 'done', processed: 8, succeeded: 7, failed: 1 });
    const names = (await storesOf()).map((s) => s.name).filter((n) => n.startsWith('续传测试店'));
    expect(names).toHaveLength(7);
    const deals = await t.ownerQuery<{ n: number }>(
      `select count(*)::int as n from competitor_deal d join competitor_store s on s.tenant_id = d.tenant_id and s.id = d.store_id
       where d.tenant_id = $1 and s.name like '续传测试店%'`,
      [tenant.id],
    );
    expect(deals[0]!.n).toBe(7);
  });
});
