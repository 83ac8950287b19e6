/**
 * The tag rule language (docs/competitors.md, "Tag rules"): a JSON condition over a lead's fields
 * and aggregates, checked here with precise error paths and compiled to one SQL condition.
 */
import { type RawBuilder, sql } from 'kysely';
import { DomainError } from '../../errors.ts';
import { salesPerLead } from '../deals/center.ts';
import { leadsWhere, RULE_COLUMNS, rankedLeads } from '../leads/tags.ts';
import { visitsPerLead } from '../visits/service.ts';

export type FieldOp = 'eq' | 'ne' | 'in' | 'exists' | 'contains' | 'gt' | 'gte' | 'lt' | 'lte';
export type Scalar = string | number | boolean;
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { field: string; op: FieldOp; value?: Scalar | Scalar[] }
  | { metric: 'sales' | 'visits'; op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq'; value: number; days?: number }
  | { top: 'sales'; percent: number; per?: 'city' | 'tenant' };

export const LEAD_FIELDS = ['category', 'cityId', 'kind', 'channel', 'status', 'tags'] as const;
const TEXT_OPS: FieldOp[] = ['eq', 'ne', 'in', 'exists'];
const NUMBER_OPS = ['gt', 'gte', 'lt', 'lte', 'eq'] as const;
const ATTR_KEY = /^attr\.[a-zA-Z][a-zA-Z0-9_]{0,39}$/;
const MAX_NODES = 40;
const MAX_DEPTH = 6;
export const TAG_PATTERN = /^[\p{L}\p{N}_-]{1,40}$/u;

type Problem = { path: string; message: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isScalar = (v: unknown): v is Scalar =>
  (typeof v === 'string' && v.length <= 200) ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v));

function checkNode(node: unknown, path: string, depth: number, count: { n: number }, out: Problem[]) {
  if (++count.n > MAX_NODES)
    return void out.push({ path, message: `a rule has at most ${MAX_NODES} conditions` });
  if (depth > MAX_DEPTH) return void out.push({ path, message: `conditions nest at most ${MAX_DEPTH} deep` });
  if (!isObject(node)) return void out.push({ path, message: 'must be an object' });
  const keys = Object.keys(node);
  const allowed = (names: string[]) => {
    const extra = keys.filter((k) => !names.includes(k));
    if (extra.length > 0) out.push({ path, message: `unknown member(s): ${extra.join(', ')}` });
  };
  if ('all' in node || 'any' in node) {
    const key = 'all' in node ? 'all' : 'any';
    allowed([key]);
    const list = node[key];
    if (!Array.isArray(list) || list.length === 0)
      return void out.push({ path: `${path}/${key}`, message: 'must be a non-empty array of conditions' });
    for (const [i, child] of list.entries()) checkNode(child, `${path}/${key}/${i}`, depth + 1, count, out);
    return;
  }
  if ('not' in node) {
    allowed(['not']);
    return checkNode(node.not, `${path}/not`, depth + 1, count, out);
  }
  if ('field' in node) {
    allowed(['field', 'op', 'value']);
    const field = node.field;
    const isAttr = typeof field === 'string' && ATTR_KEY.test(field);
    if (!isAttr && !(LEAD_FIELDS as readonly unknown[]).includes(field))
      return void out.push({
        path: `${path}/field`,
        message: `must be one of ${LEAD_FIELDS.join(', ')} or attr.<key>`,
      });
    const ops: FieldOp[] = isAttr
      ? ['eq', 'ne', 'in', 'exists', 'contains', 'gt', 'gte', 'lt', 'lte']
      : field === 'tags'
        ? ['contains', 'exists']
        : TEXT_OPS;
    if (!ops.includes(node.op as FieldOp))
      return void out.push({ path: `${path}/op`, message: `for ${field} must be one of ${ops.join(', ')}` });
    const v = node.value;
    if (node.op === 'exists') {
      if (v !== undefined && typeof v !== 'boolean')
        out.push({ path: `${path}/value`, message: 'must be true or false' });
    } else if (node.op === 'in') {
      if (!Array.isArray(v) || v.length === 0 || v.length > 100 || !v.every(isScalar))
        out.push({ path: `${path}/value`, message: 'must be a list of 1–100 values' });
    } else if (['gt', 'gte', 'lt', 'lte'].includes(node.op as string)) {
      if (typeof v !== 'number' || !Number.isFinite(v))
        out.push({ path: `${path}/value`, message: 'must be a number' });
    } else if (!isScalar(v))
      out.push({ path: `${path}/value`, message: 'must be a string, number or boolean' });
    if (field === 'cityId' && v !== undefined && ![v].flat().every((x) => /^[1-9]\d{0,17}$/.test(String(x))))
      out.push({ path: `${path}/value`, message: 'must be city ids' });
    return;
  }
  if ('metric' in node) {
    allowed(['metric', 'op', 'value', 'days']);
    if (node.metric !== 'sales' && node.metric !== 'visits')
      return void out.push({ path: `${path}/metric`, message: 'must be sales or visits' });
    if (!(NUMBER_OPS as readonly unknown[]).includes(node.op))
      out.push({ path: `${path}/op`, message: `must be one of ${NUMBER_OPS.join(', ')}` });
    if (typeof node.value !== 'number' || !Number.isFinite(node.value) || node.value < 0)
      out.push({ path: `${path}/value`, message: 'must be a number ≥ 0' });
    if (node.metric === 'visits') {
      const days = node.days ?? 30;
      if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > 365)
        out.push({ path: `${path}/days`, message: 'must be a whole number of days, 1–365' });
    } else if (node.days !== undefined) out.push({ path: `${path}/days`, message: 'applies to visits only' });
    return;
  }
  if ('top' in node) {
    allowed(['top', 'percent', 'per']);
    if (node.top !== 'sales') out.push({ path: `${path}/top`, message: 'must be sales' });
    if (typeof node.percent !== 'number' || !(node.percent > 0 && node.percent <= 100))
      out.push({ path: `${path}/percent`, message: 'must be a number above 0 and at most 100' });
    if (node.per !== undefined && node.per !== 'city' && node.per !== 'tenant')
      out.push({ path: `${path}/per`, message: 'must be city or tenant' });
    return;
  }
  out.push({ path, message: 'must have one of all, any, not, field, metric or top' });
}

/** Checks a condition; throws a validation problem listing every mistake with its JSON path. */
export function checkCondition(condition: unknown, basePath = '/body/condition'): Condition {
  const problems: Problem[] = [];
  checkNode(condition, basePath, 1, { n: 0 }, problems);
  if (problems.length > 0)
    throw new DomainError(
      'validation_failed',
      `The rule's condition is invalid: ${problems[0]!.path} ${problems[0]!.message}`,
      {
        errors: problems,
      },
    );
  return condition as Condition;
}

const COMPARE = { eq: sql`=`, gt: sql`>`, gte: sql`>=`, lt: sql`<`, lte: sql`<=` } as const;

/** The SQL query of the lead ids meeting a condition, as of `now` (visit windows end there). */
export function compileRule(tenantId: string, condition: Condition, now: Date): RawBuilder<{ id: string }> {
  const joins: RawBuilder<unknown>[] = [];
  let sales: string | null = null;
  const visits = new Map<number, string>();
  let n = 0;
  const compile = (c: Condition): RawBuilder<unknown> => {
    if ('all' in c) return sql`(${sql.join(c.all.map(compile), sql` and `)})`;
    if ('any' in c) return sql`(${sql.join(c.any.map(compile), sql` or `)})`;
    if ('not' in c) return sql`not coalesce(${compile(c.not)}, false)`;
    if ('metric' in c) {
      let column: RawBuilder<unknown>;
      if (c.metric === 'sales') {
        if (!sales) {
          sales = `sa${n++}`;
          joins.push(
            sql`left join (${salesPerLead(tenantId)}) ${sql.id(sales)} on ${sql.ref(`${sales}.lead_id`)} = l.id`,
          );
        }
        column = sql`coalesce(${sql.ref(`${sales}.sales`)}, 0)`;
      } else {
        const days = c.days ?? 30;
        if (!visits.has(days)) {
          const alias = `vi${n++}`;
          visits.set(days, alias);
          const since = new Date(now.getTime() - days * 86_400_000);
          joins.push(
            sql`left join (${visitsPerLead(tenantId, since)}) ${sql.id(alias)} on ${sql.ref(`${alias}.lead_id`)} = l.id`,
          );
        }
        column = sql`coalesce(${sql.ref(`${visits.get(days)!}.visits`)}, 0)`;
      }
      return sql`(${column} ${COMPARE[c.op]} ${c.value})`;
    }
    if ('top' in c) {
      const alias = `tp${n++}`;
      joins.push(
        sql`left join (${rankedLeads(tenantId, salesPerLead(tenantId), 'sales', c.per ?? 'city')}) ${sql.id(alias)} on ${sql.ref(`${alias}.id`)} = l.id`,
      );
      return sql`coalesce(${sql.ref(`${alias}.rk`)} <= ceil(${sql.ref(`${alias}.n`)} * ${c.percent}::numeric / 100), false)`;
    }
    return fieldCondition(c);
  };
  const where = compile(condition);
  return leadsWhere(tenantId, sql`coalesce(${where}, false)`, sql.join(joins, sql` `));
}

function fieldCondition(c: Extract<Condition, { field: string }>): RawBuilder<unknown> {
  if (c.field.startsWith('attr.')) {
    const value = sql`(${RULE_COLUMNS.attrs} -> ${c.field.slice(5)}::text)`;
    const json = (v: Scalar) => sql`${JSON.stringify(v)}::jsonb`;
    switch (c.op) {
      case 'exists':
        return c.value === false ? sql`${value} is null` : sql`${value} is not null`;
      case 'eq':
        return sql`${value} = ${json(c.value as Scalar)}`;
      case 'ne':
        return sql`${value} is distinct from ${json(c.value as Scalar)}`;
      case 'in':
        return sql`${value} = any(array[${sql.join((c.value as Scalar[]).map(json))}])`;
      case 'contains':
        return sql`(jsonb_typeof(${value}) = 'array' and ${value} @> ${JSON.stringify([c.value])}::jsonb)`;
      default:
        return sql`(case when jsonb_typeof(${value}) = 'number' then (${value})::text::numeric end ${COMPARE[c.op]} ${c.value as number})`;
    }
  }
  if (c.field === 'tags') {
    if (c.op === 'exists')
      return c.value === false ? sql`cardinality(l.tags) = 0` : sql`cardinality(l.tags) > 0`;
    return sql`(${RULE_COLUMNS.tags} @> array[${String(c.value)}::text])`;
  }
  const column = RULE_COLUMNS[c.field as Exclude<(typeof LEAD_FIELDS)[number], 'tags'>];
  const cast = c.field === 'cityId' ? sql`::bigint` : sql`::text`;
  switch (c.op) {
    case 'exists':
      return c.value === false ? sql`${column} is null` : sql`${column} is not null`;
    case 'eq':
      return sql`${column} = ${String(c.value)}${cast}`;
    case 'ne':
      return sql`${column} is distinct from ${String(c.value)}${cast}`;
    default:
      return sql`${column} = any(${(c.value as Scalar[]).map(String)}${c.field === 'cityId' ? sql`::bigint[]` : sql`::text[]`})`;
  }
}
