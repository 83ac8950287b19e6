import ExcelJS from 'exceljs';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorStatus } from '../src/errors.ts';
import { type ApiRoute, apiRoutes } from './api-routes.ts';
import { claimedLead } from './contracts-fixtures.ts';
import { dealBody, signedLead } from './deals-fixtures.ts';
import { casesFor, type FuzzCase, type IdsByTable } from './fuzz-cases.ts';
import { HOSTILE_TEXT, stringLeaves } from './fuzz-values.ts';
import { createTestContext, type Reply, type TestContext, type TestTenant } from './harness.ts';
import { parseCsv } from './imports-fixtures.ts';
import { publicLead } from './leads-fixtures.ts';

/**
 * Every route of the OpenAPI document, fed valid, half-valid and hostile requests by several roles
 * (fast-check, fixed seed). Whatever comes in: never a 5xx; every refusal a problem document with a
 * known code; a refused request changes nothing; accepted text reads back exactly as sent.
 * GROUNDWORK_FUZZ_RUNS (requests per route, default below) makes a longer run; GROUNDWORK_FUZZ_SEED
 * another seed.
 */
const RUNS = Number(process.env.GROUNDWORK_FUZZ_RUNS ?? 20);
const SEED = Number(process.env.GROUNDWORK_FUZZ_SEED ?? 20261126);

let t: TestContext;
let tenant: TestTenant;
/** A second tenant the route fuzz never touches: the focused properties run there, on known settings. */
let quiet: TestTenant;
let quietLead: string;
let owner: pg.Client;
let tables: string[];

/** Every row of the tenant, hashed per table, and the tenant row: any write shows. */
async function fingerprint(): Promise<string> {
  const parts = tables.map(
    (table) =>
      `select '${table}' as t, count(*)::int as n, coalesce(sum(hashtext(x::text)::numeric), 0)::text as h from "${table}" x where tenant_id = $1`,
  );
  parts.push(
    `select 'tenant', count(*)::int, coalesce(sum(hashtext(x::text)::numeric), 0)::text from tenant x where id = $1`,
  );
  const rows = await owner.query(parts.join(' union all '), [tenant.id]);
  return rows.rows.map((r) => `${r.t}:${r.n}:${r.h}`).join(' ');
}

/** The tables whose ids appear in paths and id fields (fuzz-cases.ts maps names to them). */
const ID_TABLES = new Set([
  'lead',
  'deal',
  'contract',
  'contact',
  'opportunity',
  'task',
  'job',
  'pool',
  'org_unit',
  'app_user',
  'api_key',
  'field_def',
  'contract_attachment',
]);

async function idsByTable(): Promise<IdsByTable> {
  const out: IdsByTable = {};
  for (const table of tables) {
    if (!ID_TABLES.has(table)) continue;
    const rows = await owner.query(
      `select id::text from "${table}" where tenant_id = $1 order by id desc limit 20`,
      [tenant.id],
    );
    out[table] = rows.rows.map((r) => r.id);
  }
  // The people the fuzz acts as keep their accounts: another user is edited, never them.
  const actors = new Set([tenant.userIds.tenant_admin, tenant.userIds.bd, tenant.userIds.ops]);
  out.app_user = (out.app_user ?? []).filter((id) => !actors.has(id));
  return out;
}

beforeAll(async () => {
  t = await createTestContext();
  // Takeaway approves new leads at once: the fixtures' merchants reach the pool without review.
  tenant = await t.createTenant('takeaway');
  owner = new pg.Client({ connectionString: t.url });
  await owner.connect();
  const found = await owner.query(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id' order by 1`,
  );
  tables = found.rows.map((r) => r.table_name);
  const signed = await signedLead(t, tenant);
  const bd = await t.login(tenant.slug, 'bd');
  await t.request('POST', `/api/v1/leads/${signed.id}/deals`, { token: bd, body: dealBody(t) });
  await t.request('POST', `/api/v1/leads/${signed.id}/contacts`, {
    token: bd,
    body: { name: '张老板', phone: '13912345678' },
  });
  await t.request('POST', `/api/v1/leads/${signed.id}/opportunities`, { token: bd, body: { title: '续约' } });
  await publicLead(t, tenant);
  quiet = await t.createTenant('takeaway');
  quietLead = (await claimedLead(t, quiet)).id;
}, 120_000);
afterAll(async () => {
  await owner?.end();
  await t?.close();
});

/** A short printable form of a case or an answer (a deeply nested one is not printed whole). */
function show(value: unknown): string {
  try {
    return String(JSON.stringify(value)).slice(0, 300);
  } catch {
    return '[too deep to print]';
  }
}

const isJson = (value: unknown) => value !== null && typeof value === 'object';

function send(c: FuzzCase, method: ApiRoute['method']): Promise<Reply> {
  if (c.body && 'raw' in c.body) {
    return t.app
      .inject({
        method,
        url: c.url,
        headers: { authorization: `Bearer ${tenant.tokens[c.actor]}`, 'content-type': 'application/json' },
        payload: c.body.raw,
      })
      .then((r) => {
        let body: unknown = r.body;
        try {
          body = JSON.parse(r.body);
        } catch {}
        return { status: r.statusCode, headers: r.headers, body };
      });
  }
  const json = c.body?.json;
  // A body that is not an object goes as JSON text: inject sends objects only.
  return t.app
    .inject({
      method,
      url: c.url,
      headers: {
        authorization: `Bearer ${tenant.tokens[c.actor]}`,
        ...(c.body ? { 'content-type': 'application/json' } : {}),
      },
      ...(c.body ? { payload: JSON.stringify(json) } : {}),
    })
    .then((r) => {
      let body: unknown = r.body;
      try {
        body = r.body ? JSON.parse(r.body) : undefined;
      } catch {}
      return { status: r.statusCode, headers: r.headers, body };
    });
}

/** The route that reads back what a write made or changed: GET <collection>/{id}. */
function readBackPath(route: ApiRoute, routes: ApiRoute[], reply: Reply): string | undefined {
  const id = (reply.body as { id?: unknown })?.id;
  if (typeof id !== 'string') return undefined;
  const literal = route.path.split('/').filter((s) => s && !s.startsWith('{'));
  const collection = route.path.endsWith('{id}')
    ? route.path.slice(0, -'/{id}'.length)
    : `/api/v1/${literal.at(-1)}`;
  if (!routes.some((r) => r.method === 'GET' && r.path === `${collection}/{id}`)) return undefined;
  return `${collection}/${id}`;
}

const at = (value: unknown, path: string) =>
  path === ''
    ? value
    : path
        .split('/')
        .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as any)[k] : undefined), value);

/** Text that was sent and came back at the same place, changed. Masked phones are shown masked by design. */
function mangled(sent: unknown, got: unknown): string[] {
  const out: string[] = [];
  for (const [path, value] of stringLeaves(sent)) {
    if (/(^|\/)(phone|password)$/.test(path)) continue;
    const back = at(got, path);
    // Names and titles lose surrounding white space by design (docs/decisions/0008); nothing else changes.
    const trimmed = /(^|\/)(name|title)$/.test(path) && back === value.trim();
    if (typeof back === 'string' && back !== value && !trimmed)
      out.push(`${path}: sent ${JSON.stringify(value)}, got ${JSON.stringify(back)}`);
  }
  return out;
}

interface Tally {
  requests: number;
  byStatus: Record<string, number>;
  failures: string[];
}

async function check(route: ApiRoute, routes: ApiRoute[], c: FuzzCase, tally: Tally): Promise<boolean> {
  const before = await fingerprint();
  const reply = await send(c, route.method);
  tally.requests++;
  tally.byStatus[reply.status] = (tally.byStatus[reply.status] ?? 0) + 1;
  const body = reply.body as { code?: string; status?: number } | undefined;
  const what = `${route.method} ${c.url.slice(0, 300)} as ${c.actor} (${c.kind} body ${show(c.body ?? null)}) → ${reply.status} ${show(reply.body)}`;
  const fail = (why: string) => {
    tally.failures.push(`${why}: ${what}`);
    return false;
  };
  if (reply.status >= 500) return fail('server error');
  if (reply.status >= 400) {
    if (!String(reply.headers['content-type']).startsWith('application/problem+json'))
      return fail('not problem+json');
    const code = body?.code as keyof typeof errorStatus | undefined;
    if (!code || errorStatus[code] !== reply.status || body?.status !== reply.status)
      return fail('unknown code or status mismatch');
    if ((await fingerprint()) !== before) return fail('a refused request changed data');
    return true;
  }
  if (route.method === 'GET' || !c.body || !('json' in c.body) || !isJson(c.body.json)) return true;
  const echoed = mangled(c.body.json, reply.body);
  if (echoed.length > 0) return fail(`answer changed the text: ${echoed.join('; ')}`);
  const back = readBackPath(route, routes, reply);
  if (back) {
    const read = await send({ ...c, url: back, body: undefined, kind: 'none' }, 'GET');
    if (read.status === 200) {
      const stored = mangled(c.body.json, read.body);
      if (stored.length > 0) return fail(`read back changed: ${stored.join('; ')}`);
    }
  }
  return true;
}

describe('fuzzing every route of the OpenAPI document', () => {
  it('never answers 5xx, refuses with problem documents, writes nothing when refusing and keeps text exactly', async () => {
    const { routes } = await apiRoutes(t);
    const tally: Tally = { requests: 0, byStatus: {}, failures: [] };
    const started = performance.now();
    for (const [i, route] of routes.entries()) {
      const ids = await idsByTable();
      const known = { ids: Object.values(ids).flat().concat(['1']), now: t.clock.now() };
      const result = await fc.check(
        fc.asyncProperty(casesFor(route, known, ids, tenant.slug), (c) => check(route, routes, c, tally)),
        { seed: SEED + i, numRuns: RUNS, endOnFailure: true },
      );
      if (result.failed)
        tally.failures.push(
          `  (seed ${SEED + i}, ${route.method} ${route.path})${result.errorInstance instanceof Error && !/Property failed by returning false/.test(result.errorInstance.message) ? ` threw ${result.errorInstance.stack?.slice(0, 800)} on ${show(result.counterexample)}` : ''}`,
        );
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `fuzz: ${tally.requests} requests over ${routes.length} routes in ${seconds.toFixed(0)} s; statuses ${JSON.stringify(tally.byStatus)}`,
    );
    expect(tally.failures).toEqual([]);
  }, 3_600_000);
});

/** The first `max` characters (code points) of a text, or undefined when that leaves it empty. */
const clip = (text: string, max: number) => [...text].slice(0, max).join('') || undefined;

describe('keeping hostile text', () => {
  it('stores what people type, payloads and all, and reads it back unchanged', async () => {
    const [admin, bd] = [quiet.tokens.tenant_admin, quiet.tokens.bd];
    const text = fc.oneof(
      fc.constantFrom(...HOSTILE_TEXT),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    );
    const same = (got: unknown, sent: string | undefined, trims = false) =>
      sent === undefined || got === sent || (trims && got === sent.trim());
    await fc.assert(
      fc.asyncProperty(text, async (raw) => {
        const checks: Array<[string, boolean]> = [];
        const lead = await t.request('POST', '/api/v1/leads', {
          token: admin,
          body: {
            name: clip(raw, 200),
            address: clip(raw, 300),
            category: clip(raw, 40),
            cityId: quiet.units.city,
          },
        });
        // A name without one letter or digit is refused by design; anything else is kept.
        if (lead.status === 400) expect(lead.body.errors[0].path).toBe('/body/name');
        else {
          expect(lead.status).toBe(201);
          const back = (await t.request('GET', `/api/v1/leads/${lead.body.id}`, { token: admin })).body;
          checks.push(['lead name', same(back.name, clip(raw, 200), true)]);
          checks.push(['lead address', same(back.address, clip(raw, 300))]);
          checks.push(['lead category', same(back.category, clip(raw, 40))]);
        }
        const contact = await t.request('POST', `/api/v1/leads/${quietLead}/contacts`, {
          token: bd,
          body: { name: clip(raw, 100), title: clip(raw, 100) },
        });
        expect(contact.status, JSON.stringify(contact.body)).toBe(201);
        const contacts = (await t.request('GET', `/api/v1/leads/${quietLead}/contacts`, { token: bd })).body;
        const stored = contacts.items.find((c: { id: string }) => c.id === contact.body.id);
        checks.push(['contact name', same(stored.name, clip(raw, 100))]);
        checks.push(['contact title', same(stored.title, clip(raw, 100))]);
        const visit = await t.request('POST', `/api/v1/leads/${quietLead}/visits`, {
          token: bd,
          body: { lat: 39.9, lng: 116.3, kind: 'follow_up', result: clip(raw, 200), notes: raw },
        });
        expect(visit.status, JSON.stringify(visit.body)).toBe(201);
        const visits = (await t.request('GET', `/api/v1/visits?leadId=${quietLead}&limit=200`, { token: bd }))
          .body;
        const seen = visits.items.find((v: { id: string }) => v.id === visit.body.id);
        checks.push(['visit result', same(seen.result, clip(raw, 200))]);
        checks.push(['visit notes', same(seen.notes, raw)]);
        const unit = await t.request('POST', '/api/v1/org-units', {
          token: admin,
          body: { name: clip(raw, 100), kind: 'team', parentId: quiet.units.city },
        });
        expect(unit.status, JSON.stringify(unit.body)).toBe(201);
        const unitBack = (await t.request('GET', `/api/v1/org-units/${unit.body.id}`, { token: admin })).body;
        checks.push(['org unit name', same(unitBack.name, clip(raw, 100))]);
        expect(
          checks.filter(([, ok]) => !ok).map(([what]) => what),
          JSON.stringify(raw),
        ).toEqual([]);
      }),
      { seed: SEED, numRuns: HOSTILE_TEXT.length + RUNS * 2 },
    );
  }, 600_000);
});

/** What Excel would run as a formula: a cell that starts like one. */
const FORMULA_START = /^[=+\-@\t\r]/;

describe('exporting hostile text', () => {
  it('never exports a working formula, and loses nothing but the one apostrophe that defuses it', async () => {
    const admin = quiet.tokens.tenant_admin;
    const text = fc.oneof(
      fc.constantFrom(...HOSTILE_TEXT),
      fc
        .tuple(
          fc.constantFrom('=', '+', '-', '@', '\t', '\r', '＝', ' =', "'="),
          fc.string({ unit: 'grapheme', maxLength: 20 }),
        )
        .map(([start, rest]) => `${start}${rest}店`),
    );
    let batch = 0;
    const exported = (format: 'csv' | 'xlsx', tag: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/leads/export?tag=${tag}&format=${format}`,
        headers: { authorization: `Bearer ${admin}` },
      });
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 3 }), async (names) => {
        const tag = `fz${++batch}`;
        const stored = new Map<string, { name: string; address: string }>();
        for (const name of names) {
          const reply = await t.request('POST', '/api/v1/leads', {
            token: admin,
            body: { name, address: name, cityId: quiet.units.city, tags: [tag] },
          });
          if (reply.status === 201)
            stored.set(reply.body.id, { name: reply.body.name, address: reply.body.address });
          else expect(reply.status, JSON.stringify(reply.body)).toBe(400);
        }
        const defused = (cell: unknown, original: string) =>
          typeof cell === 'string' &&
          !FORMULA_START.test(cell) &&
          (cell === original || cell === `'${original}`);
        const [header, ...rows] = parseCsv((await exported('csv', tag)).body.slice(1));
        const [name, address] = [header!.indexOf('名称'), header!.indexOf('地址')];
        expect(rows.length).toBe(stored.size);
        for (const row of rows) {
          const lead = stored.get(row[0]!)!;
          expect(
            defused(row[name], lead.name),
            `CSV ${JSON.stringify(row[name])} for ${JSON.stringify(lead.name)}`,
          ).toBe(true);
          expect(defused(row[address], lead.address), `CSV ${JSON.stringify(row[address])}`).toBe(true);
        }
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await exported('xlsx', tag)).rawPayload as unknown as ArrayBuffer);
        workbook.worksheets[0]!.eachRow((row, n) => {
          if (n === 1) return;
          const lead = stored.get(String(row.getCell(1).value))!;
          // XML turns CR LF and a lone CR into LF, Excel's own line break in a cell (decision 0008).
          expect(
            defused(row.getCell(name + 1).value, lead.name.replace(/\r\n?/g, '\n')),
            `XLSX ${JSON.stringify(row.getCell(name + 1).value)}`,
          ).toBe(true);
        });
      }),
      { seed: SEED, numRuns: Math.max(5, Math.round(RUNS / 2)) },
    );
  }, 600_000);
});
