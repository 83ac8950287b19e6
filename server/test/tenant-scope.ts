import { type Group, type Item, isOp, isPunct, isQuery, isWord, nameOf, splitAt } from './sql-tokens.ts';

/** One query level of the tenant-predicate check: its table references and what ties them to a tenant. */

export interface Context {
  /** Names of the common table expressions in reach: their bodies are checked on their own. */
  ctes: Set<string>;
  /** Aliases of enclosing queries: a predicate on them ties a correlated subquery to its row. */
  outer: Set<string>;
  problems: Set<string>;
}

export interface Ref {
  alias: string;
  table: string;
  tenant: boolean;
  node: number;
}

/** The references of one query level and which of them are tied to one tenant. */
export class Scope {
  readonly refs: Ref[] = [];
  private readonly parent: number[] = [0];
  constructor(readonly ctx: Context) {}

  add(table: string, alias: string, tenant: boolean): Ref {
    const ref = { alias, table, tenant, node: this.parent.length };
    this.parent.push(ref.node);
    this.refs.push(ref);
    return ref;
  }
  private find(node: number): number {
    while (this.parent[node] !== node) node = this.parent[node]!;
    return node;
  }
  link(a: number, b: number) {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The anchor (node 0) stays the root of whatever joins it.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  anchor(node: number) {
    this.link(0, node);
  }
  /** For subqueries: every alias in reach from inside this level. */
  inner(): Context {
    return { ...this.ctx, outer: new Set([...this.ctx.outer, ...this.refs.map((r) => r.alias)]) };
  }
  report(statement: string) {
    for (const ref of this.refs) {
      if (ref.tenant && this.find(ref.node) !== 0) {
        const named = ref.alias === ref.table ? ref.table : `${ref.table} (as ${ref.alias})`;
        this.ctx.problems.add(
          `${statement}: ${named} is not restricted to one tenant by a tenant_id predicate`,
        );
      }
    }
  }
}

type Term =
  | { k: 'const' }
  | { k: 'other' }
  | { k: 'col'; qualifier: string | undefined; name: string }
  | { k: 'row'; terms: Term[] };

const CONSTANT_WORDS = new Set([
  'true',
  'false',
  'null',
  'current_date',
  'current_timestamp',
  'localtimestamp',
]);
const OPERATOR_WORDS = new Set([
  'and',
  'or',
  'not',
  'in',
  'exists',
  'any',
  'all',
  'some',
  'is',
  'when',
  'then',
]);

/**
 * Reads a WHERE / ON / HAVING condition: `=` and `IN` comparisons that tie a tenant table's
 * `tenant_id` to a value or to another reference. Subqueries go to `subquery`.
 */
export function scanPredicate(
  items: Item[],
  scope: Scope,
  subquery: (items: Item[], ctx: Context) => void,
): void {
  items.forEach((item, j) => {
    if (item.type === 'group') {
      if (isQuery(item)) subquery(item.items, scope.inner());
      else scanPredicate(item.items, scope, subquery);
    } else if (isOp(item, '=')) {
      compare(operandBefore(items, j), operandAfter(items, j), scope);
    } else if (isWord(item, 'in') && !isWord(items[j - 1], 'not') && items[j + 1]?.type === 'group') {
      compare(operandBefore(items, j), { k: 'const' }, scope);
    }
  });
}

function operandBefore(items: Item[], j: number): Term {
  let k = j - 1;
  for (;;) {
    if (isPunct(items[k], ']') && isPunct(items[k - 1], '[')) k -= 2;
    else if (nameOf(items[k]) !== undefined && isOp(items[k - 1], '::')) k -= 2;
    else break;
  }
  const item = items[k];
  if (item === undefined) return { k: 'other' };
  if (item.type === 'group') {
    const before = items[k - 1];
    if (before?.type === 'word' && !OPERATOR_WORDS.has(before.name)) return { k: 'const' }; // f(…)
    if (before?.type === 'ident') return { k: 'const' };
    return isQuery(item) ? { k: 'const' } : rowOf(item);
  }
  if (nameOf(item) !== undefined) {
    if (isPunct(items[k - 1], '.')) return { k: 'col', qualifier: nameOf(items[k - 2]), name: nameOf(item)! };
    return columnOrConstant(item);
  }
  return item.type === 'param' || item.type === 'string' || item.type === 'number'
    ? { k: 'const' }
    : { k: 'other' };
}

function operandAfter(items: Item[], j: number): Term {
  const item = items[j + 1];
  if (item === undefined) return { k: 'other' };
  if (isWord(item, 'any', 'all', 'some', 'array')) return { k: 'const' };
  if (item.type === 'group') return isQuery(item) ? { k: 'const' } : rowOf(item);
  if (nameOf(item) !== undefined) {
    if (items[j + 2]?.type === 'group') return { k: 'const' }; // f(…)
    if (isPunct(items[j + 2], '.') && nameOf(items[j + 3]) !== undefined) {
      // schema.table.column names the column last
      const third = isPunct(items[j + 4], '.') && nameOf(items[j + 5]) !== undefined;
      return third
        ? { k: 'col', qualifier: nameOf(items[j + 3]), name: nameOf(items[j + 5])! }
        : { k: 'col', qualifier: nameOf(item), name: nameOf(items[j + 3])! };
    }
    return columnOrConstant(item);
  }
  return item.type === 'param' || item.type === 'string' || item.type === 'number' || isOp(item, '-')
    ? { k: 'const' }
    : { k: 'other' };
}

function columnOrConstant(item: Item): Term {
  if (item.type === 'word' && CONSTANT_WORDS.has(item.name)) return { k: 'const' };
  return { k: 'col', qualifier: undefined, name: nameOf(item)! };
}

function rowOf(groupItem: Group): Term {
  const terms = splitAt(groupItem.items, (item) => isPunct(item, ',')).map((part) =>
    part.length === 0 ? ({ k: 'other' } as Term) : operandBefore(part, part.length),
  );
  return terms.length === 1 ? terms[0]! : { k: 'row', terms };
}

type Resolved = { k: 'anchor' } | { k: 'nodes'; nodes: number[] } | { k: 'none' };

function resolve(term: Term, scope: Scope): Resolved {
  if (term.k === 'const') return { k: 'anchor' };
  if (term.k !== 'col' || term.name !== 'tenant_id') return { k: 'none' };
  if (term.qualifier !== undefined) {
    const ref = [...scope.refs].reverse().find((r) => r.alias === term.qualifier);
    if (ref) return ref.tenant ? { k: 'nodes', nodes: [ref.node] } : { k: 'anchor' };
    return scope.ctx.outer.has(term.qualifier) ? { k: 'anchor' } : { k: 'none' };
  }
  const tenantRefs = scope.refs.filter((r) => r.tenant);
  if (tenantRefs.length > 0) return { k: 'nodes', nodes: tenantRefs.map((r) => r.node) };
  return scope.refs.length > 0 || scope.ctx.outer.size > 0 ? { k: 'anchor' } : { k: 'none' };
}

function compare(a: Term, b: Term, scope: Scope): void {
  if (a.k === 'row' && b.k === 'row') {
    a.terms.forEach((term, i) => {
      const other = b.terms[i];
      if (other) compare(term, other, scope);
    });
    return;
  }
  if (a.k === 'row') {
    for (const term of a.terms) compare(term, b, scope);
    return;
  }
  if (b.k === 'row') {
    for (const term of b.terms) compare(a, term, scope);
    return;
  }
  const [ra, rb] = [resolve(a, scope), resolve(b, scope)];
  if (ra.k === 'nodes' && rb.k === 'anchor') for (const node of ra.nodes) scope.anchor(node);
  if (rb.k === 'nodes' && ra.k === 'anchor') for (const node of rb.nodes) scope.anchor(node);
  if (ra.k === 'nodes' && rb.k === 'nodes') {
    for (const x of ra.nodes) for (const y of rb.nodes) scope.link(x, y);
  }
}
