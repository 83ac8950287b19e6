import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { xlsxOf } from '../../../test/imports-fixtures.ts';
import { publicLead } from '../../../test/leads-fixtures.ts';
import { multipartBody } from '../../../test/multipart.ts';

let t: TestContext;
let tenant: TestTenant;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'gw-attach-'));
  t = await createTestContext({ GROUNDWORK_DATA: dataDir, GROUNDWORK_ATTACHMENT_MAX_MB: '1' });
  tenant = await t.createTenant('takeaway');
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n'),
  Buffer.alloc(2000, 32),
]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(100, 1),
]);

async function upload(token: string, contractId: string, file: { name: string; content: Buffer } | null) {
  const { payload, headers } = multipartBody(
    file ? [{ name: 'file', filename: file.name, content: file.content }] : [],
  );
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/contracts/${contractId}/attachments`,
    headers: { ...headers, authorization: `Bearer ${token}` },
    payload,
  });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}

const post = (url: string, token: string, body?: unknown) => t.request('POST', url, { token, body });

async function draftContract() {
  const lead = await publicLead(t, tenant);
  await post(`/api/v1/leads/${lead.id}/claim`, tenant.tokens.bd);
  const created = await post(`/api/v1/leads/${lead.id}/contracts`, tenant.tokens.bd, {
    type: 'new',
    title: '合作协议',
    amount: 10_000,
    commissionRate: 5,
    startOn: '2026-12-01',
    endOn: '2027-11-30',
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const filesOnDisk = async () =>
  (await readdir(path.join(dataDir, 'attachments', tenant.id)).catch(() => [])).sort();
const rowCount = async () =>
  Number(
    (
      await t.ownerQuery<{ n: string }>(
        'select count(*) as n from contract_attachment where tenant_id = $1',
        [tenant.id],
      )
    )[0]!.n,
  );

describe('contract attachments', () => {
  it('store a PDF under a random name, list it and give back the same bytes', async () => {
    const id = await draftContract();
    const added = await upload(tenant.tokens.bd, id, { name: '../../etc/签约合同.pdf', content: PDF });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      contractId: id,
      fileName: '签约合同.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      uploadedBy: tenant.userIds.bd,
    });
    const files = await filesOnDisk();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(await readFile(path.join(dataDir, 'attachments', tenant.id, files[0]!))).toEqual(PDF);

    const list = await t.request('GET', `/api/v1/contracts/${id}/attachments`, {
      token: tenant.tokens.bd_manager,
    });
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([added.body.id]);

    const download = await t.app.inject({
      method: 'GET',
      url: added.body.downloadUrl,
      headers: { authorization: `Bearer ${tenant.tokens.city_manager}` },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('签约合同.pdf')}`,
    );
    expect(download.rawPayload).toEqual(PDF);

    // A BD of another team sees neither the contract nor its files.
    const foreign = await t.request('GET', added.body.downloadUrl, { token: tenant.tokens.bd_b });
    expect(foreign.status).toBe(404);
    expect((await upload(tenant.tokens.bd_b, id, { name: 'x.pdf', content: PDF })).status).toBe(404);

    const audit = await t.ownerQuery<{ action: string }>(
      "select action from audit_log where tenant_id = $1 and object = 'contract' and object_id = $2 order by id",
      [tenant.id, id],
    );
    expect(audit.map((a) => a.action)).toContain('contract.attachment_added');
  });

  it('check the type by content: a mismatch is refused and leaves no file and no row behind', async () => {
    const id = await draftContract();
    const [filesBefore, rowsBefore] = [await filesOnDisk(), await rowCount()];
    const refused: Array<[string, Buffer, RegExp]> = [
      ['photo.pdf', PNG, /named \.pdf but its content is PNG/],
      ['contract.pdf', Buffer.from('<html><script>alert(1)</script></html>'), /not a PDF/],
      ['terms.docx', Buffer.from('PK\u0003\u0004 an ordinary archive, not a document'), /not a DOCX/],
      ['setup.exe', Buffer.from('MZ\u0090\u0000'), /Attach a PDF/],
      ['noext', PDF, /no extension/],
    ];
    for (const [name, content, message] of refused) {
      const reply = await upload(tenant.tokens.bd, id, { name, content });
      expect(reply.status, name).toBe(415);
      expect(reply.headers['content-type']).toContain('application/problem+json');
      expect(reply.body).toMatchObject({ code: 'unsupported_media_type', errors: [{ path: '/body/file' }] });
      expect(reply.body.detail).toMatch(message);
    }
    const empty = await upload(tenant.tokens.bd, id, { name: 'empty.pdf', content: Buffer.alloc(0) });
    expect(empty.status).toBe(400);
    expect((await upload(tenant.tokens.bd, id, null)).status).toBe(400);
    const json = await post(`/api/v1/contracts/${id}/attachments`, tenant.tokens.bd, { file: 'x' });
    expect(json.status).toBe(415);
    expect(await filesOnDisk()).toEqual(filesBefore);
    expect(await rowCount()).toBe(rowsBefore);

    // A real workbook (a zip with the parts of one) and a PNG named as such are taken.
    const sheet = await upload(tenant.tokens.bd, id, {
      name: '报价单.xlsx',
      content: await xlsxOf([['a'], [1]]),
    });
    expect(sheet.body.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await upload(tenant.tokens.bd, id, { name: '门头照.PNG', content: PNG })).body.contentType).toBe(
      'image/png',
    );
  });

  it('refuse a file over the configured size, leaving nothing behind', async () => {
    const id = await draftContract();
    const filesBefore = await filesOnDisk();
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 32)]);
    const reply = await upload(tenant.tokens.bd, id, { name: 'scan.pdf', content: big });
    expect(reply.status).toBe(413);
    expect(reply.body.code).toBe('payload_too_large');
    expect(await filesOnDisk()).toEqual(filesBefore);
  });

  it('may be removed only while the contract is drafted; the signed scan is added after approval', async () => {
    const id = await draftContract();
    const first = await upload(tenant.tokens.bd, id, { name: 'draft.pdf', content: PDF });
    const storedBefore = await filesOnDisk();
    const removed = await t.request('DELETE', `/api/v1/contracts/${id}/attachments/${first.body.id}`, {
      token: tenant.tokens.bd,
    });
    expect(removed.status).toBe(204);
    expect((await filesOnDisk()).length).toBe(storedBefore.length - 1);
    expect((await t.request('GET', first.body.downloadUrl, { token: tenant.tokens.bd })).status).toBe(404);

    const kept = await upload(tenant.tokens.bd, id, { name: 'terms.pdf', content: PDF });
    await post(`/api/v1/contracts/${id}/submit`, tenant.tokens.bd);
    const during = await upload(tenant.tokens.bd, id, { name: 'late.pdf', content: PDF });
    expect(during).toMatchObject({ status: 409, body: { code: 'invalid_state' } });
    await post(`/api/v1/contracts/${id}/approve`, tenant.tokens.bd_manager);
    const scan = await upload(tenant.tokens.bd, id, { name: 'signed-scan.pdf', content: PDF });
    expect(scan.status).toBe(201);
    const locked = await t.request('DELETE', `/api/v1/contracts/${id}/attachments/${kept.body.id}`, {
      token: tenant.tokens.bd,
    });
    expect(locked.body.code).toBe('invalid_state');
    // Seeing a contract is not working on it: the city's ops person reads but does not attach.
    expect(
      (await t.request('GET', `/api/v1/contracts/${id}/attachments`, { token: tenant.tokens.ops })).status,
    ).toBe(200);
    expect((await upload(tenant.tokens.ops, id, { name: 'x.pdf', content: PDF })).status).toBe(403);
  });
});
