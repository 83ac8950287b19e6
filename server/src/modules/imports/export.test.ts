import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { parseCsv } from '../../../test/imports-fixtures.ts';

let t: TestContext;
let tenant: TestTenant;
const FORMULA = "=cmd|' /C calc'!A0";

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  const create = (body: Record<string, unknown>) =>
    t.request('POST', '/api/v1/leads', {
      token: tenant.tokens.tenant_admin,
      body: { cityId: tenant.units.city, ...body },
    });
  await create({
    name: FORMULA,
    phone: '13812345678',
    address: '+86 大街',
    lat: -33.9,
    lng: 151.2,
    tags: ['chain'],
  });
  await create({ name: '川味小馆', phone: '13887654321', category: 'food', attrs: { cuisine: 'sichuan' } });
  await create({ name: '@渠道门店', phone: '010-68118189', category: 'food' });
  // The BD owns one lead: its phone is shown in full to the BD, masked to everyone else.
  const mine = await create({ name: '我的门店', phone: '13900001111' });
  expect(
    (await t.request('POST', `/api/v1/leads/${mine.body.id}/claim`, { token: tenant.tokens.bd })).status,
  ).toBe(200);
});
afterAll(() => t.close());

const exportAs = (token: string, query: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/leads/export?${query}`,
    headers: { authorization: `Bearer ${token}` },
  });

describe('lead export', () => {
  it('writes CSV with a BOM, Chinese headers, masked phones and formulas defused', async () => {
    const reply = await exportAs(tenant.tokens.bd, 'format=csv');
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(reply.headers['content-disposition']).toMatch(/attachment; filename="leads-\d{8}\.csv"/);
    expect(reply.body.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = parseCsv(reply.body.slice(1));
    expect(header!.slice(0, 4)).toEqual(['ID', '名称', '状态', '电话']);
    expect(header).toContain('菜系');
    const byName = new Map(rows.map((r) => [r[1], r]));
    expect([...byName.keys()].sort()).toEqual([`'${FORMULA}`, "'@渠道门店", '川味小馆', '我的门店'].sort());
    const formula = byName.get(`'${FORMULA}`)!;
    expect(formula[3]).toBe('138****5678');
    expect(formula[4]).toBe("'+86 大街");
    expect(formula[6]).toBe('-33.9'); // numbers are not formulas
    expect(formula[2]).toBe('公海');
    expect(byName.get('我的门店')![3]).toBe('13900001111');
    expect(byName.get('我的门店')![2]).toBe('私海');
    expect(byName.get('川味小馆')![header!.indexOf('菜系')]).toBe('川菜');
  });

  it('honours the list filters and the caller’s visibility', async () => {
    const food = parseCsv(
      (await exportAs(tenant.tokens.tenant_admin, 'category=food&lang=en')).body.slice(1),
    );
    expect(food[0]!.slice(0, 3)).toEqual(['ID', 'Name', 'Status']);
    expect(
      food
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual(["'@渠道门店", '川味小馆']);
    const search = parseCsv((await exportAs(tenant.tokens.tenant_admin, 'q=川味')).body.slice(1));
    expect(search.slice(1).map((r) => r[1])).toEqual(['川味小馆']);
    // Custom fields filter the export as they filter the list.
    const byField = parseCsv(
      (await exportAs(tenant.tokens.tenant_admin, 'category=food&attr.cuisine=sichuan')).body.slice(1),
    );
    expect(byField.slice(1).map((r) => r[1])).toEqual(['川味小馆']);
    const noMatch = parseCsv(
      (await exportAs(tenant.tokens.tenant_admin, 'attr.cuisine=cantonese')).body.slice(1),
    );
    expect(noMatch).toHaveLength(1);
    const mine = parseCsv((await exportAs(tenant.tokens.bd, 'scope=mine')).body.slice(1));
    expect(mine.slice(1).map((r) => r[1])).toEqual(['我的门店']);
    const other = parseCsv((await exportAs(tenant.tokens.bd_b, 'scope=mine')).body.slice(1));
    expect(other).toHaveLength(1);
  });

  it('answers problem+json before streaming when the query is refused', async () => {
    const reply = await exportAs(tenant.tokens.bd, 'scope=team');
    expect(reply.statusCode).toBe(403);
    expect(reply.headers['content-type']).toContain('application/problem+json');
    expect((await exportAs(tenant.tokens.bd, 'format=pdf')).statusCode).toBe(400);
  });

  it('writes XLSX with the same content, text cells defused and numbers as numbers', async () => {
    const reply = await exportAs(tenant.tokens.bd, 'format=xlsx');
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(reply.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('名称');
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(2).value), row);
    });
    expect(rows.size).toBe(4);
    const formula = rows.get(`'${FORMULA}`)!;
    expect(formula.getCell(4).value).toBe('138****5678');
    expect(formula.getCell(7).value).toBe(-33.9);
    expect(rows.has("'@渠道门店")).toBe(true);
    expect(rows.get('我的门店')!.getCell(4).value).toBe('13900001111');
  });
});
