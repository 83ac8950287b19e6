import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { parseCsv, streamedXlsxOf, upload, waitForJob, xlsxOf } from '../../../test/imports-fixtures.ts';
import { type JobRunner, startJobRunner } from '../../jobs/runner.ts';
import { toWgs84 } from '../leads/normalize.ts';

let t: TestContext;
let tenant: TestTenant;
let runner: JobRunner;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'gw-import-'));
  t = await createTestContext({ GROUNDWORK_DATA: dataDir });
  runner = await startJobRunner(t.app.deps, {
    connectionString: t.url,
    workers: true,
    pollingIntervalSeconds: 0.5,
  });
  tenant = await t.createTenant('groupbuy');
});
afterAll(async () => {
  await runner.stop();
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const leadsOfJob = (jobId: string) =>
  t.ownerQuery<any>(
    `select l.*, s.status, s.pool_id, e.actor_id, e.actor_kind, e.detail
     from lead l join lead_state s on s.tenant_id = l.tenant_id and s.lead_id = l.id
     join lead_event e on e.tenant_id = l.tenant_id and e.lead_id = l.id and e.kind = 'created'
     where l.tenant_id = $1 and e.detail->>'jobId' = $2 order by (e.detail->>'row')::int`,
    [tenant.id, jobId],
  );

describe('CSV import', () => {
  it('imports good rows normalised into review, links duplicates, and reports bad rows with all their values', async () => {
    // An existing store the file repeats (same mobile number).
    const existing = await t.request('POST', '/api/v1/leads', {
      token: tenant.tokens.tenant_admin,
      body: { name: '老王烧烤', cityId: tenant.units.city, phone: '13900002222', lat: 39.95, lng: 116.45 },
    });
    expect(existing.status).toBe(201);
    const pools = await t.request('GET', '/api/v1/pools', { token: tenant.tokens.tenant_admin });
    const [bdLat, bdLng] = [39.99, 116.48];
    const csv = [
      '\ufeff名称,电话,地址,纬度,经度,城市,品类,标签,菜系,人均消费,备注',
      `海底捞火锅（望京店）,"010-6811 8189 / 13800001111",望京街9号,${bdLat},${bdLng},北京市,火锅,"chain,top_merchant",火锅,¥88,第一家`,
      `海底捞火锅(望京店),13800001111,望京街9号,${bdLat},${bdLng},北京,火锅,,hotpot,90,同一家`,
      ',13800003333,没有名字的店,,,北京市,,,,,缺名称',
      '坐标错误的店,,某地,abc,116.4,北京市,,,,,',
      '上海的店,,,,,上海市,,,,,',
      '菜系错误的店,,,,,北京市,,,不存在的菜系,,',
      `"=cmd|' /C calc'!A0",,"=1+2",,,北京市,,,,,公式`,
      '老王烧烤,13900002222,,,,北京市,烧烤,,bbq,-5,负数',
      '老王烧烤店,139-0000-2222,,,,北京市,烧烤,,bbq,60,',
    ].join('\r\n');
    const reply = await upload(
      t,
      tenant.tokens.city_manager,
      { name: '门店.csv', content: csv },
      { coordSystem: 'bd09' },
    );
    expect(reply.status).toBe(202);
    expect(reply.body.ignoredColumns).toEqual(['备注']);
    const job = await waitForJob(t, tenant.tokens.city_manager, reply.body.jobId);
    expect(job).toMatchObject({
      status: 'done',
      total: 9,
      processed: 9,
      succeeded: 4,
      failed: 5,
      error: null,
    });
    expect(job.errorReportUrl).toBe(`/api/v1/jobs/${job.id}/errors`);

    const leads = await leadsOfJob(job.id);
    expect(leads.map((l) => l.name)).toEqual([
      '海底捞火锅（望京店）',
      '海底捞火锅(望京店)',
      "=cmd|' /C calc'!A0",
      '老王烧烤店',
    ]);
    const [first, second, formula, wang] = leads;
    // The change feed got one lead.created per imported lead, in file order, in the chunk's transaction.
    const feed = await t.ownerQuery<{ subject_id: string; data: Record<string, unknown> }>(
      `select subject_id, data from event where tenant_id = $1 and type = 'lead.created'
        and data->>'channel' = 'import' order by id`,
      [tenant.id],
    );
    expect(feed.map((e) => e.subject_id)).toEqual(leads.map((l) => String(l.id)));
    expect(feed[0]!.data).toEqual({
      name: '海底捞火锅（望京店）',
      status: 'pending_review',
      channel: 'import',
      cityId: tenant.units.city,
    });
    const wgs = toWgs84(bdLat, bdLng, 'bd09');
    expect(first).toMatchObject({
      normalized_name: '海底捞火锅(望京店)',
      core_name: '海底捞火锅',
      phones: ['01068118189', '13800001111'],
      channel: 'import',
      status: 'pending_review',
      pool_id: pools.body.items[0].id,
      city_id: tenant.units.city,
      category: '火锅',
      tags: ['chain', 'top_merchant'],
      attrs: { cuisine: 'hotpot', avgSpend: 88 },
      created_by: tenant.userIds.city_manager,
      actor_kind: 'user',
      actor_id: tenant.userIds.city_manager,
    });
    expect(first.lat).toBeCloseTo(wgs.lat, 6);
    expect(first.lng).toBeCloseTo(wgs.lng, 6);
    expect(formula.address).toBe('=1+2');
    // Duplicates: the second row repeats the first; the last row repeats a store created before.
    const links = await t.ownerQuery<any>(
      'select lead_id::text, candidate_id::text, reason from lead_duplicate where tenant_id = $1 order by lead_id',
      [tenant.id],
    );
    expect(links).toEqual([
      { lead_id: second.id, candidate_id: first.id, reason: 'phone' },
      { lead_id: wang.id, candidate_id: existing.body.id, reason: 'phone' },
    ]);
    expect(second.detail).toMatchObject({ channel: 'import', row: 3, duplicates: 1 });

    const report = await t.app.inject({
      method: 'GET',
      url: job.errorReportUrl,
      headers: { authorization: `Bearer ${tenant.tokens.city_manager}` },
    });
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(report.body.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(report.body.slice(1));
    expect(rows[0]).toEqual([
      '行号 row',
      '错误 error',
      '名称',
      '电话',
      '地址',
      '纬度',
      '经度',
      '城市',
      '品类',
      '标签',
      '菜系',
      '人均消费',
      '备注',
    ]);
    expect(rows.map((r) => r[0])).toEqual(['行号 row', '4', '5', '6', '7', '9']);
    expect(rows[1]!.slice(2)).toEqual([
      '',
      '13800003333',
      '没有名字的店',
      '',
      '',
      '北京市',
      '',
      '',
      '',
      '',
      '缺名称',
    ]);
    expect(rows[1]![1]).toContain('name is missing');
    expect(rows[2]![1]).toContain('coordinates must be numbers');
    expect(rows[3]![1]).toContain('unknown city');
    expect(rows[4]![1]).toContain('cuisine has no option');
    expect(rows[5]![1]).toContain('avgSpend');
    expect(rows[5]!.slice(2, 4)).toEqual(['老王烧烤', '13900002222']);
  });

  it('reads GBK-encoded CSV as Chinese Excel saves it', async () => {
    // 名称,城市 / 北京烤鸭店,北京市 in GBK (Node has no GBK encoder; Python printed these bytes).
    const encoded = Buffer.from('c3fbb3c62cb3c7cad00d0ab1b1bea9bfbed1bcb5ea2cb1b1bea9cad00d0a', 'hex');
    const reply = await upload(t, tenant.tokens.tenant_admin, { name: 'gbk.csv', content: encoded });
    expect(reply.status).toBe(202);
    const job = await waitForJob(t, tenant.tokens.tenant_admin, reply.body.jobId);
    expect(job).toMatchObject({ status: 'done', succeeded: 1, failed: 0 });
    const [lead] = await leadsOfJob(job.id);
    expect(lead.name).toBe('北京烤鸭店');
  });
});

describe('XLSX import', () => {
  it('imports a workbook with numbers, dates-as-text and bad rows', async () => {
    const content = await xlsxOf([
      ['门店名称', '电话', '纬度', '经度', '城市', 'attr.cuisine', 'Average spend'],
      ['鼎泰丰(国贸店)', 13700001234, 39.91, 116.46, tenant.units.city, '粤菜', 120],
      ['无坐标小馆', '021-12345678', null, null, '北京市', 'other', null],
      ['只有纬度', null, 39.9, null, '北京市', null, null],
      [null, null, null, null, null, null, null],
      ['', '13700009999', null, null, '北京市', null, null],
    ]);
    const reply = await upload(t, tenant.tokens.reviewer, { name: 'stores.XLSX', content });
    expect(reply.status).toBe(202);
    const job = await waitForJob(t, tenant.tokens.reviewer, reply.body.jobId);
    expect(job).toMatchObject({ status: 'done', processed: 4, succeeded: 2, failed: 2 });
    const leads = await leadsOfJob(job.id);
    expect(leads.map((l) => [l.name, l.phone, l.lat, l.attrs])).toEqual([
      ['鼎泰丰(国贸店)', '13700001234', 39.91, { cuisine: 'cantonese', avgSpend: 120 }],
      ['无坐标小馆', '021-12345678', null, { cuisine: 'other' }],
    ]);
    const report = await t.request('GET', job.errorReportUrl, { token: tenant.tokens.reviewer });
    const rows = parseCsv(String(report.body).replace(/^\ufeff/, ''));
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['4', '只有纬度', ''],
      ['6', '', '13700009999'],
    ]);
  });
});

describe('XLSX laid out as Excel writes it', () => {
  it('reads a workbook whose shared strings come after the sheet, and refuses a broken one', async () => {
    const content = await streamedXlsxOf([
      ['名称', '城市', '标签'],
      ['串流门店甲', '北京市', 'chain'],
      ['串流门店乙', '北京', ''],
    ]);
    const reply = await upload(t, tenant.tokens.tenant_admin, { name: 'excel.xlsx', content });
    expect(reply.status).toBe(202);
    const job = await waitForJob(t, tenant.tokens.tenant_admin, reply.body.jobId);
    expect(job).toMatchObject({ status: 'done', succeeded: 2, failed: 0 });
    expect((await leadsOfJob(job.id)).map((l) => [l.name, l.tags])).toEqual([
      ['串流门店甲', ['chain']],
      ['串流门店乙', []],
    ]);
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    const refused = await upload(t, tenant.tokens.tenant_admin, { name: 'broken.xlsx', content: broken });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toMatch(/cannot be read as XLSX/);
  });
});

describe('export of an imported file', () => {
  it('streams every lead across many keyset pages, each once', async () => {
    const rows = Array.from({ length: 1_234 }, (_, i) => `批量门店${i}号,北京市,bulk`);
    const reply = await upload(t, tenant.tokens.tenant_admin, {
      name: 'bulk.csv',
      content: ['名称,城市,标签', ...rows].join('\n'),
    });
    const job = await waitForJob(t, tenant.tokens.tenant_admin, reply.body.jobId);
    expect(job).toMatchObject({ status: 'done', succeeded: 1_234 });
    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/v1/leads/export?tag=bulk',
      headers: { authorization: `Bearer ${tenant.tokens.tenant_admin}` },
    });
    const lines = parseCsv(exported.body.slice(1)).slice(1);
    expect(lines).toHaveLength(1_234);
    expect(new Set(lines.map((l) => l[0])).size).toBe(1_234);
    expect(new Set(lines.map((l) => l[1]))).toEqual(new Set(rows.map((r) => r.split(',')[0])));
  });
});
