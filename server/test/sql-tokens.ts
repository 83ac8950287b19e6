/** A small SQL reader for the tenant-predicate check: tokens, grouped by parentheses. */

export type Token =
  | { type: 'word'; name: string } // unquoted identifier or keyword, lower case
  | { type: 'ident'; name: string } // "quoted" identifier, as written
  | { type: 'param' | 'string' | 'number' | 'op' | 'punct'; text: string };

export interface Group {
  type: 'group';
  items: Item[];
}

export type Item = Token | Group;

const OPERATOR_CHARS = new Set('+-*/<>=~!@#%^&|`?');

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && next === '-') {
      while (i < n && sql[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || ((c === 'e' || c === 'E') && next === "'")) {
      const escapes = c !== "'";
      i += escapes ? 2 : 1;
      while (i < n) {
        if (escapes && sql[i] === '\\') i += 2;
        else if (sql[i] === "'" && sql[i + 1] === "'") i += 2;
        else if (sql[i] === "'") break;
        else i++;
      }
      i++;
      tokens.push({ type: 'string', text: "'…'" });
    } else if (c === '"') {
      let name = '';
      i++;
      while (i < n) {
        if (sql[i] === '"' && sql[i + 1] === '"') {
          name += '"';
          i += 2;
        } else if (sql[i] === '"') break;
        else name += sql[i++];
      }
      i++;
      tokens.push({ type: 'ident', name });
    } else if (c === '$' && next !== undefined && /\d/.test(next)) {
      const start = i++;
      while (i < n && /\d/.test(sql[i]!)) i++;
      tokens.push({ type: 'param', text: sql.slice(start, i) });
    } else if (c === '$') {
      // Dollar quoting: $tag$ … $tag$
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))?.[0] ?? '$';
      const end = sql.indexOf(tag, i + tag.length);
      i = end < 0 ? n : end + tag.length;
      tokens.push({ type: 'string', text: "'…'" });
    } else if (/\d/.test(c) || (c === '.' && next !== undefined && /\d/.test(next))) {
      const start = i;
      while (i < n && /[\d.eE]/.test(sql[i]!)) i++;
      tokens.push({ type: 'number', text: sql.slice(start, i) });
    } else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      const start = i;
      while (i < n && /[\w$\u0080-\uffff]/.test(sql[i]!)) i++;
      tokens.push({ type: 'word', name: sql.slice(start, i).toLowerCase() });
    } else if (c === ':' && next === ':') {
      tokens.push({ type: 'op', text: '::' });
      i += 2;
    } else if (OPERATOR_CHARS.has(c)) {
      const start = i;
      while (i < n && OPERATOR_CHARS.has(sql[i]!) && !(sql[i] === '-' && sql[i + 1] === '-')) i++;
      tokens.push({ type: 'op', text: sql.slice(start, i) });
    } else {
      tokens.push({ type: 'punct', text: c });
      i++;
    }
  }
  return tokens;
}

/** Nests the tokens by parentheses. Unbalanced input is closed at the end. */
export function group(tokens: Token[]): Item[] {
  const root: Item[] = [];
  const stack: Item[][] = [root];
  for (const token of tokens) {
    const top = stack[stack.length - 1]!;
    if (token.type === 'punct' && token.text === '(') {
      const inner: Group = { type: 'group', items: [] };
      top.push(inner);
      stack.push(inner.items);
    } else if (token.type === 'punct' && token.text === ')') {
      if (stack.length > 1) stack.pop();
    } else {
      top.push(token);
    }
  }
  return root;
}

export const isWord = (item: Item | undefined, ...names: string[]): boolean =>
  item?.type === 'word' && (names.length === 0 || names.includes(item.name));

export const isPunct = (item: Item | undefined, text: string): boolean =>
  item?.type === 'punct' && item.text === text;

export const isOp = (item: Item | undefined, text: string): boolean =>
  item?.type === 'op' && item.text === text;

/** An identifier, quoted or not: the name, else undefined. */
export const nameOf = (item: Item | undefined): string | undefined =>
  item?.type === 'word' || item?.type === 'ident' ? item.name : undefined;

export function isQuery(item: Item | undefined): boolean {
  if (item?.type !== 'group') return false;
  const first = item.items[0];
  return isWord(first, 'select', 'with', 'values') || isQuery(first);
}

/** Splits a list at top-level items for which `at` is true (the separators are dropped). */
export function splitAt(items: Item[], at: (item: Item, index: number) => boolean): Item[][] {
  const parts: Item[][] = [[]];
  items.forEach((item, index) => {
    if (at(item, index)) parts.push([]);
    else parts[parts.length - 1]!.push(item);
  });
  return parts;
}
