import fc from 'fast-check';
import type { ApiRoute, JsonSchema } from './api-routes.ts';
import {
  BAD_IDS,
  hostileString,
  hostileValue,
  type Known,
  pathsOf,
  RAW_BODIES,
  replaceAt,
  validOf,
} from './fuzz-values.ts';

export type Actor = 'tenant_admin' | 'bd' | 'ops';

export interface FuzzCase {
  actor: Actor;
  url: string;
  /** A JSON value to send, or raw text sent as JSON. */
  body: { json: unknown } | { raw: string } | undefined;
  /** How the body was made, for the report of a failure. */
  kind: 'none' | 'valid' | 'mutated' | 'raw' | 'hostile';
}

/** What the tenant holds, by the table an id of a route or a field refers to. */
export type IdsByTable = Record<string, string[]>;

/** The table an `{id}` of a route refers to: the path segment before it. */
const TABLE_OF_SEGMENT: Record<string, string> = {
  'org-units': 'org_unit',
  users: 'app_user',
  'api-keys': 'api_key',
  '{object}': 'field_def',
  pools: 'pool',
  leads: 'lead',
  contacts: 'contact',
  jobs: 'job',
  opportunities: 'opportunity',
  contracts: 'contract',
  attachments: 'contract_attachment',
  tasks: 'task',
  deals: 'deal',
};

/** The table an id field of a body or query refers to, by the field's name. */
function tableOfField(name: string): string | undefined {
  if (/^(userId|ownerId|opsUserId|assigneeId|actorId|approverId|toUserId)$/.test(name)) return 'app_user';
  if (/(UnitId|UnitIds|^cityId|^parentId)$/.test(name)) return 'org_unit';
  if (/^(leadId|leadIds|intoId)$/.test(name)) return 'lead';
  if (name === 'contractId') return 'contract';
  if (name === 'contactId') return 'contact';
  if (name === 'poolId' || name === 'rotateToPoolId') return 'pool';
  return undefined;
}

/** Encodes a query or path value; a lone surrogate has no UTF-8 form and goes as the bytes a broken client sends. */
export function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value].map((c) => (/[\ud800-\udfff]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c))).join('');
  }
}

/** Ids for a schema: the id fields get ids of the table they name. */
function knownFor(known: Known, ids: IdsByTable, field: string | undefined): Known {
  const table = field ? tableOfField(field) : undefined;
  const list = table ? ids[table] : undefined;
  return list && list.length > 0 ? { ...known, ids: list } : known;
}

/** validOf, with id fields of objects getting ids of the right table. */
function validBody(schema: JsonSchema, known: Known, ids: IdsByTable, field?: string): fc.Arbitrary<unknown> {
  if (schema.type === 'object' && schema.properties) {
    const required = new Set<string>(schema.required ?? []);
    return fc.record(
      Object.fromEntries(
        Object.entries<JsonSchema>(schema.properties).map(([k, s]) => [k, validBody(s, known, ids, k)]),
      ),
      { requiredKeys: Object.keys(schema.properties).filter((k) => required.has(k)) },
    );
  }
  if (schema.type === 'array' && schema.items?.type === 'object') {
    const max = Math.min(schema.maxItems ?? 3, 3);
    return fc.array(validBody(schema.items, known, ids), {
      minLength: Math.min(schema.minItems ?? 0, max),
      maxLength: max,
    });
  }
  return validOf(schema, knownFor(known, ids, field));
}

interface Parts<T> {
  valid: fc.Arbitrary<T>;
  mutated: fc.Arbitrary<T>;
}

type Body = Pick<FuzzCase, 'body' | 'kind'>;

function bodyOf(
  route: ApiRoute,
  known: Known,
  ids: IdsByTable,
): Parts<Body> & { hostile: fc.Arbitrary<Body> } {
  if (route.bodyTypes.length === 0) {
    const none = fc.constant<Body>({ body: undefined, kind: 'none' });
    return { valid: none, mutated: none, hostile: none };
  }
  const schema = route.body ?? { type: 'object', properties: {} };
  const valid = validBody(schema, known, ids);
  const mutated = valid.chain((v) =>
    fc.constantFrom(...pathsOf(v)).chain((path) =>
      fc.oneof(
        hostileValue.map((h) => replaceAt(v, path, h)),
        fc.constant(replaceAt(v, path, undefined)),
        hostileValue.map((h) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, isAdmin: h } : h)),
      ),
    ),
  );
  return {
    valid: valid.map((json) => ({ body: { json }, kind: 'valid' as const })),
    mutated: mutated.map((json) => ({ body: { json }, kind: 'mutated' as const })),
    hostile: fc.oneof(
      fc.constantFrom(...RAW_BODIES).map((raw) => ({ body: { raw }, kind: 'raw' as const })),
      hostileValue.map((json) => ({ body: { json }, kind: 'hostile' as const })),
    ),
  };
}

function queryOf(route: ApiRoute, known: Known, ids: IdsByTable): Parts<string> {
  const params = route.parameters.filter((p) => p.in === 'query');
  const pair = (name: string, value: unknown) => `${encode(name)}=${encode(String(value))}`;
  const valid = fc
    .tuple(
      ...params.map((p) =>
        fc.option(
          validOf(p.schema, knownFor(known, ids, p.name)).map((v) => pair(p.name, v)),
          {
            freq: 2,
            nil: undefined,
          },
        ),
      ),
    )
    .map((p) => p.filter((x): x is string => x !== undefined));
  const names = params.map((p) => p.name);
  const bad = fc.oneof(
    fc
      .tuple(names.length > 0 ? fc.constantFrom(...names) : fc.constant('limit'), hostileString)
      .map(([k, v]) => [pair(k, v)]),
    fc
      .tuple(names.length > 0 ? fc.constantFrom(...names) : fc.constant('q'), hostileString)
      .map(([k, v]) => [pair(k, 'a'), pair(k, v)]),
    fc
      .tuple(fc.constantFrom('evil', 'attr.name', 'attr.x y', 'limit[$gt]', '__proto__', ''), hostileString)
      .map(([k, v]) => [pair(k, v)]),
    fc.constantFrom(['%E0%A4%A'], ['%'], ['a=%00'], ['=&&=']),
  );
  return {
    valid: valid.map((p) => p.join('&')),
    mutated: fc.tuple(valid, bad).map(([p, b]) => [...p, ...b].join('&')),
  };
}

function pathOf(route: ApiRoute, ids: IdsByTable, slug: string): Parts<string> {
  const segments = route.path.split('/');
  const params = segments.flatMap((segment, i) => (/^\{.+\}$/.test(segment) ? [i] : []));
  const real = (i: number): string[] => {
    const name = segments[i]!.slice(1, -1);
    if (name === 'object') return ['lead'];
    if (name === 'tenantSlug') return [slug];
    const table = TABLE_OF_SEGMENT[name === 'id' ? segments[i - 1]! : `${name.replace('Id', '')}s`];
    const list = table ? ids[table] : undefined;
    return list && list.length > 0 ? list : ['1'];
  };
  const valid = fc.tuple(...params.map((i) => fc.constantFrom(...real(i)))).map((values) => {
    const out = [...segments];
    params.forEach((i, k) => {
      out[i] = values[k]!;
    });
    return out;
  });
  const mutated =
    params.length === 0
      ? valid
      : fc
          .tuple(valid, fc.constantFrom(...params), fc.oneof(fc.constantFrom(...BAD_IDS), hostileString))
          .map(([out, i, bad]) => out.map((s, j) => (j === i ? encode(bad) : s)));
  return { valid: valid.map((s) => s.join('/')), mutated: mutated.map((s) => s.join('/')) };
}

/**
 * Requests for one route. Most are valid but for one thing (a body field, a query parameter or a
 * path parameter made hostile), so that the hostile value reaches past the first check into the
 * service; some are valid throughout, some hostile throughout.
 */
export function casesFor(
  route: ApiRoute,
  known: Known,
  ids: IdsByTable,
  slug: string,
): fc.Arbitrary<FuzzCase> {
  const body = bodyOf(route, known, ids);
  const query = queryOf(route, known, ids);
  const path = pathOf(route, ids, slug);
  const mode = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(path.valid, query.valid, body.valid) },
    {
      weight: route.bodyTypes.length > 0 ? 4 : 0,
      arbitrary: fc.tuple(path.valid, query.valid, body.mutated),
    },
    { weight: 2, arbitrary: fc.tuple(path.valid, query.mutated, body.valid) },
    { weight: 1, arbitrary: fc.tuple(path.mutated, query.valid, body.valid) },
    { weight: 1, arbitrary: fc.tuple(path.mutated, query.mutated, body.hostile) },
  );
  return fc
    .record({
      actor: fc.oneof(
        { weight: 3, arbitrary: fc.constant<Actor>('tenant_admin') },
        { weight: 2, arbitrary: fc.constant<Actor>('bd') },
        { weight: 1, arbitrary: fc.constant<Actor>('ops') },
      ),
      parts: mode,
    })
    .map(({ actor, parts: [p, q, b] }) => ({ actor, url: q ? `${p}?${q}` : p, body: b.body, kind: b.kind }));
}
