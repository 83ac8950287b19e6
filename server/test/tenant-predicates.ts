import {
  type Group,
  group,
  type Item,
  isPunct,
  isQuery,
  isWord,
  nameOf,
  splitAt,
  tokenize,
} from './sql-tokens.ts';
import { REFERENCE_TABLES, SCRATCH_TABLES } from './tenancy-rules.ts';
import { type Context, type Ref, Scope, scanPredicate } from './tenant-scope.ts';

/**
 * Finds the tenant tables a statement reads or writes without restricting them to one tenant.
 * Each reference of a tenant table must have its `tenant_id` equal to a value (a parameter, a
 * literal, a function such as current_setting(), a subquery), to a CTE's or an outer query's
 * `tenant_id`, or to the `tenant_id` of another reference that is so restricted (join keys,
 * `USING (tenant_id, …)`); an INSERT or COPY must set `tenant_id`. This is the rule Citus needs to
 * send a statement to one tenant's shards (docs/scale-out.md), and what the repositories promise
 * (docs/architecture.md, "two walls"). It reads SQL, it does not run it: an OR that lets other
 * rows in, or a predicate hidden in a function body, is not seen.
 */
export function tenantPredicateProblems(sql: string): string[] {
  const problems = new Set<string>();
  for (const statement of splitAt(group(tokenize(sql)), (item) => isPunct(item, ';'))) {
    if (statement.length > 0) checkStatement(statement, { ctes: new Set(), outer: new Set(), problems });
  }
  return [...problems];
}

function isTenantTable(schema: string | undefined, name: string, ctx: Context): boolean {
  if (schema !== undefined && schema !== 'public') return false; // pgboss, pg_catalog, pg_temp …
  if (schema === undefined && ctx.ctes.has(name)) return false;
  if (name.startsWith('pg_')) return false;
  return !(name in REFERENCE_TABLES) && !(name in SCRATCH_TABLES);
}

function checkStatement(items: Item[], ctx: Context): void {
  const rest = items;
  if (isWord(rest[0], 'with')) {
    const ctes = new Set(ctx.ctes);
    const bodies: Group[] = [];
    let i = isWord(rest[1], 'recursive') ? 2 : 1;
    while (i < rest.length) {
      const name = nameOf(rest[i]);
      if (name === undefined) break;
      ctes.add(name);
      i++;
      if (rest[i]?.type === 'group') i++; // column names
      if (isWord(rest[i], 'as')) i++;
      if (isWord(rest[i], 'not')) i++;
      if (isWord(rest[i], 'materialized')) i++;
      const body = rest[i];
      if (body?.type === 'group') bodies.push(body);
      i++;
      if (!isPunct(rest[i], ',')) break;
      i++;
    }
    const inner = { ...ctx, ctes };
    for (const body of bodies) checkStatement(body.items, inner);
    checkStatement(rest.slice(i), inner);
    return;
  }
  const parts = splitAt(rest, (item) => isWord(item, 'union', 'intersect', 'except'));
  if (parts.length > 1) {
    for (const part of parts) checkStatement(isWord(part[0], 'all', 'distinct') ? part.slice(1) : part, ctx);
    return;
  }
  const first = rest[0];
  if (first?.type === 'group') {
    checkStatement(first.items, ctx);
    scanForQueries(rest.slice(1), ctx);
  } else if (isWord(first, 'select')) checkSelect(rest, ctx);
  else if (isWord(first, 'insert')) checkInsert(rest, ctx);
  else if (isWord(first, 'update')) checkUpdate(rest, ctx);
  else if (isWord(first, 'delete')) checkDelete(rest, ctx);
  else if (isWord(first, 'copy')) checkCopy(rest, ctx);
  else scanForQueries(rest, ctx); // values, set, begin, create temp table …
}

/** Splits a query level at its clause keywords. */
function clauses(items: Item[], keywords: readonly string[]): Map<string, Item[]> {
  const found = new Map<string, Item[]>([['', []]]);
  let current = found.get('')!;
  items.forEach((item, i) => {
    const word = item.type === 'word' ? item.name : '';
    const starts =
      keywords.includes(word) &&
      !(word === 'from' && isWord(items[i - 1], 'distinct')) && // is distinct from
      !(word === 'group' && isWord(items[i - 1], 'within')) &&
      !(word === 'for' && !isWord(items[i + 1], 'update', 'share', 'no', 'key'));
    if (starts) {
      current = found.get(word) ?? [];
      found.set(word, current);
    } else current.push(item);
  });
  return found;
}

const SELECT_CLAUSES = [
  'from',
  'where',
  'group',
  'having',
  'window',
  'order',
  'limit',
  'offset',
  'fetch',
  'for',
];
const JOIN_WORDS = ['join', 'inner', 'left', 'right', 'full', 'outer', 'cross', 'natural'];
/** Words that end a from-item rather than name its alias. */
const NOT_ALIAS = new Set([
  ...SELECT_CLAUSES,
  ...JOIN_WORDS,
  'on',
  'using',
  'as',
  'set',
  'returning',
  'union',
  'intersect',
  'except',
  'with',
  'tablesample',
  'lateral',
  'values',
]);

function checkSelect(items: Item[], ctx: Context): void {
  const scope = new Scope(ctx);
  const parts = clauses(items.slice(1), SELECT_CLAUSES);
  const predicates: Item[][] = [];
  const deferred: Item[][] = [];
  parseFromList(parts.get('from') ?? [], scope, predicates, deferred);
  predicates.push(parts.get('where') ?? [], parts.get('having') ?? []);
  finish(scope, predicates, [...deferred, parts.get('') ?? [], ...otherClauses(parts)], 'SELECT');
}

function otherClauses(parts: Map<string, Item[]>): Item[][] {
  return [...parts]
    .filter(([kw]) => !['', 'from', 'using', 'where', 'having'].includes(kw))
    .map(([, v]) => v);
}

function checkUpdate(items: Item[], ctx: Context): void {
  const scope = new Scope(ctx);
  const afterTarget = parseTarget(items, isWord(items[1], 'only') ? 2 : 1, scope);
  const parts = clauses(items.slice(afterTarget), ['set', 'from', 'where', 'returning']);
  const predicates: Item[][] = [parts.get('where') ?? []];
  const deferred: Item[][] = [];
  parseFromList(parts.get('from') ?? [], scope, predicates, deferred);
  finish(scope, predicates, [...deferred, ...otherClauses(parts)], 'UPDATE');
}

function checkDelete(items: Item[], ctx: Context): void {
  const scope = new Scope(ctx);
  let start = isWord(items[1], 'from') ? 2 : 1;
  if (isWord(items[start], 'only')) start++;
  const afterTarget = parseTarget(items, start, scope);
  const parts = clauses(items.slice(afterTarget), ['using', 'where', 'returning']);
  const predicates: Item[][] = [parts.get('where') ?? []];
  const deferred: Item[][] = [];
  parseFromList(parts.get('using') ?? [], scope, predicates, deferred);
  finish(scope, predicates, [...deferred, ...otherClauses(parts)], 'DELETE');
}

function checkInsert(items: Item[], ctx: Context): void {
  let i = isWord(items[1], 'into') ? 2 : 1;
  const [schema, table, next] = qualifiedName(items, i);
  i = next;
  if (isWord(items[i], 'as')) i += 2;
  const columns = items[i]?.type === 'group' ? (items[i] as Group).items.map(nameOf) : [];
  if (items[i]?.type === 'group') i++;
  if (table !== undefined && isTenantTable(schema, table, ctx) && !columns.includes('tenant_id')) {
    ctx.problems.add(`INSERT: ${table} is written without setting tenant_id`);
  }
  let end = items.findIndex(
    (item, k) =>
      k >= i && ((isWord(item, 'on') && isWord(items[k + 1], 'conflict')) || isWord(item, 'returning')),
  );
  if (end < 0) end = items.length;
  let body = items.slice(i, end);
  if (isWord(body[0], 'overriding')) body = body.slice(3);
  if (isWord(body[0], 'select', 'with') || body[0]?.type === 'group') checkStatement(body, ctx);
  else scanForQueries(body, ctx);
  scanForQueries(items.slice(end), ctx);
}

function checkCopy(items: Item[], ctx: Context): void {
  const [schema, table, next] = qualifiedName(items, 1);
  const columns = items[next]?.type === 'group' ? (items[next] as Group).items.map(nameOf) : [];
  if (table !== undefined && isTenantTable(schema, table, ctx) && !columns.includes('tenant_id')) {
    ctx.problems.add(`COPY: ${table} is written without setting tenant_id`);
  }
}

/** [schema, name, index after the name] of a possibly qualified table name at `i`. */
function qualifiedName(items: Item[], i: number): [string | undefined, string | undefined, number] {
  const first = nameOf(items[i]);
  if (first !== undefined && isPunct(items[i + 1], '.') && nameOf(items[i + 2]) !== undefined) {
    return [first, nameOf(items[i + 2]), i + 3];
  }
  return [undefined, first, first === undefined ? i : i + 1];
}

/** The table an UPDATE or DELETE changes, with its alias; returns the index after it. */
function parseTarget(items: Item[], start: number, scope: Scope): number {
  const [schema, table, next] = qualifiedName(items, start);
  let i = next;
  if (table === undefined) return i;
  if (isWord(items[i], 'as')) i++;
  let alias = table;
  const candidate = items[i];
  if (nameOf(candidate) !== undefined && !(candidate?.type === 'word' && NOT_ALIAS.has(candidate.name))) {
    alias = nameOf(candidate)!;
    i++;
  }
  scope.add(table, alias, isTenantTable(schema, table, scope.ctx));
  return i;
}

const isJoinStart = (items: Item[], i: number) =>
  isWord(items[i], ...JOIN_WORDS) && items[i + 1]?.type !== 'group'; // left(…) is a function

/**
 * Registers the from-items of a FROM (or USING) list in the scope; ON conditions go to
 * `predicates`, subqueries to `deferred` (checked once every alias of this level is known).
 */
function parseFromList(items: Item[], scope: Scope, predicates: Item[][], deferred: Item[][]): void {
  let previous: Ref | undefined;
  let i = 0;
  while (i < items.length) {
    const item = items[i]!;
    if (isPunct(item, ',') || isJoinStart(items, i) || isWord(item, 'lateral', 'only')) {
      i++;
      continue;
    }
    if (isWord(item, 'on')) {
      const start = ++i;
      while (i < items.length && !isPunct(items[i], ',') && !isJoinStart(items, i)) i++;
      predicates.push(items.slice(start, i));
      continue;
    }
    if (isWord(item, 'using') && items[i + 1]?.type === 'group') {
      const columns = (items[i + 1] as Group).items.map(nameOf);
      const current = scope.refs[scope.refs.length - 1];
      if (columns.includes('tenant_id') && previous && current && previous !== current) {
        scope.link(previous.node, current.node);
      }
      i += 2;
      continue;
    }
    let table: string;
    let tenant = false;
    if (item.type === 'group') {
      if (isQuery(item)) deferred.push([item]);
      else parseFromList(item.items, scope, predicates, deferred); // (a join b on …)
      table = '(subquery)';
      i++;
    } else {
      const [schema, name, next] = qualifiedName(items, i);
      if (name === undefined) {
        i++;
        continue;
      }
      table = name;
      i = next;
      if (items[i]?.type === 'group') {
        deferred.push([items[i]!]); // a function: its arguments may hold subqueries
        i++;
      } else tenant = isTenantTable(schema, name, scope.ctx);
    }
    if (isWord(items[i], 'with') && isWord(items[i + 1], 'ordinality')) i += 2;
    if (isWord(items[i], 'as')) i++;
    let alias = table;
    const candidate = items[i];
    if (nameOf(candidate) !== undefined && !(candidate?.type === 'word' && NOT_ALIAS.has(candidate.name))) {
      alias = nameOf(candidate)!;
      i++;
      if (items[i]?.type === 'group') i++; // column aliases
    }
    const current = scope.refs[scope.refs.length - 1];
    if (current !== undefined) previous = current;
    scope.add(table, alias, tenant);
  }
}

/** Applies the predicates, checks the subqueries of every clause, and reports what is left unbound. */
function finish(scope: Scope, predicates: Item[][], others: Item[][], statement: string): void {
  for (const predicate of predicates) scanPredicate(predicate, scope, checkStatement);
  for (const other of others) scanForQueries(other, scope.inner());
  scope.report(statement);
}

function scanForQueries(items: Item[], ctx: Context): void {
  for (const item of items) {
    if (item.type !== 'group') continue;
    if (isQuery(item)) checkStatement(item.items, ctx);
    else scanForQueries(item.items, ctx);
  }
}
