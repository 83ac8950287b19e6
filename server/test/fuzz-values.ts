import fc from 'fast-check';
import type { JsonSchema } from './api-routes.ts';

/** Text people really type or paste, and text attackers send: every one must be stored as given or refused. */
export const HOSTILE_TEXT = [
  "' or 1=1 --",
  "'; drop table lead; --",
  '1; select pg_sleep(10)',
  '" onmouseover="alert(1)',
  '<script>alert(1)</script>',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://x","y")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2f',
  '\u202e\u0645\u0637\u0639\u0645 \u05d7\u05e0\u05d5\u05ea',
  '👨‍👩‍👧‍👦🇨🇳🏳️‍🌈',
  'e\u0301\u0301\u0301\u0308\u0308 Z\u0336\u0337',
  '火锅\u200b店\ufeff',
  '  前后有空格  ',
  'line\nbreak\r\nand\ttab',
  'NaN',
  'Infinity',
  '1e309',
  '-0',
  '99999999999999999999999',
  '0x1F',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is literal text
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '\\',
  '\\N',
  '%s%s%n',
  'ｆｕｌｌｗｉｄｔｈ　全角',
];

/** Text PostgreSQL cannot hold as it is given: it must be refused, never half-stored or a 500. */
export const UNSTORABLE_TEXT = [
  'nul\u0000byte',
  '\u0000',
  'lone \ud800 high',
  'lone \udfff low',
  '\udc00\ud800',
];

export const BAD_IDS = [
  '0',
  '-1',
  '1.5',
  '007',
  ' 1',
  '1 ',
  '١٢٣',
  '1e3',
  '9'.repeat(19),
  '1;drop table lead',
  '../1',
];
export const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '26-11-26',
  '2026-11-26T25:61:00Z',
  'yesterday',
];
export const EDGE_NUMBERS = [
  0,
  -0,
  -1,
  1.5,
  0.001,
  1e308,
  -1e308,
  2 ** 53 + 1,
  -(2 ** 63),
  1e21,
  123456789.123,
];

const lonelySurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 3,
});

/** Any hostile string: payloads, random Unicode of every plane, and very long ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.constantFrom(...UNSTORABLE_TEXT) },
  { weight: 1, arbitrary: lonelySurrogates },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_IDS, ...BAD_DATES) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', '长', '😀', "'"), fc.constantFrom(41, 65, 101, 201, 501, 4001, 70_000))
      .map(([c, n]) => c.repeat(n)),
  },
);

const deep = (depth: number, open: unknown): unknown => {
  let value = open;
  for (let i = 0; i < depth; i++) value = Array.isArray(open) ? [value] : { a: value };
  return value;
};

/** A value of any JSON type where another is expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(null, true, false, ...EDGE_NUMBERS, [], {}, [null], [[]]),
  },
  { weight: 1, arbitrary: fc.constantFrom(deep(200, []), deep(200, {}), deep(2_000, [])) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), hostileString, { maxKeys: 3 }) },
);

/** Bodies that are not a JSON object at all, sent as raw text with a JSON content type. */
export const RAW_BODIES = [
  '',
  'null',
  '"just a string"',
  '123',
  '[1,2,3]',
  '{',
  '{"a":1,,}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  '{"name":"a","name":"b"}',
  '\ufeff{}',
];

/** Within the length limits: hostile text the server should accept and keep exactly. */
function fittingText(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  const fit = (s: string) => {
    const cut = [...s].slice(0, max).join('');
    return cut.length >= min && cut.length <= max ? cut : `${cut}${'x'.repeat(min)}`.slice(0, max);
  };
  return fc.oneof(
    fc.constantFrom(...HOSTILE_TEXT).map(fit),
    fc.string({ unit: 'grapheme', minLength: Math.max(min, 1), maxLength: Math.min(max, 30) }),
    fc.constantFrom('朝阳门外大街1号', '海底捞火锅', 'Café Zoë').map(fit),
  );
}

export interface Known {
  /** Ids that exist in the tenant (of any kind): an id field gets one of these most of the time. */
  ids: string[];
  now: Date;
}

/** A value that satisfies the schema (as far as this generator understands it). */
export function validOf(schema: JsonSchema, known: Known, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s: JsonSchema) => validOf(s, known, depth)));
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? schema.exclusiveMinimum ?? -1_000_000;
      const max = schema.maximum ?? schema.exclusiveMaximum ?? 1_000_000;
      if (schema.type === 'integer' || schema.multipleOf === 1)
        return fc.oneof(fc.constantFrom(min, max), fc.integer({ min: Math.ceil(min), max: Math.floor(max) }));
      const step = schema.multipleOf ?? 0;
      return fc
        .double({ min, max, noNaN: true, noDefaultInfinity: true })
        .map((n) => (step ? Math.min(max, Math.max(min, Math.round(n / step) * step)) : n))
        .map((n) => (step ? Number(n.toFixed(2)) : n));
    }
    case 'string': {
      if (schema.format === 'date' || schema.format === 'date-time') {
        // Days around today for dates; hours around now for instants (a check-in may be synced late, not early).
        const [unit, min, max] = schema.format === 'date' ? [86_400_000, -400, 700] : [3_600_000, -40, 0];
        return fc.integer({ min, max }).map((n) => {
          const at = new Date(known.now.getTime() + n * unit);
          return schema.format === 'date' ? at.toISOString().slice(0, 10) : at.toISOString();
        });
      }
      if (schema.format === 'binary') return fc.constant('x');
      if (schema.pattern === '^[1-9][0-9]{0,17}$')
        return fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...known.ids) },
          { weight: 1, arbitrary: fc.constantFrom('999999999', '1') },
        );
      if (schema.pattern) {
        const flags = schema.pattern.includes('\\p') ? 'u' : '';
        return fc.stringMatching(new RegExp(schema.pattern, flags)).filter((s) => s.length <= 64);
      }
      return fittingText(schema);
    }
    case 'array': {
      const max = Math.min(schema.maxItems ?? 3, 3);
      const min = Math.min(schema.minItems ?? 0, max);
      return fc.array(validOf(schema.items ?? {}, known, depth + 1), { minLength: min, maxLength: max });
    }
    case 'object': {
      const properties: Record<string, JsonSchema> = schema.properties ?? {};
      // Free-form (custom field values): mostly none, since unknown keys are refused by design.
      if (Object.keys(properties).length === 0 || depth > 4)
        return fc.oneof(
          { weight: 3, arbitrary: fc.constant({}) },
          {
            weight: 1,
            arbitrary: fc.dictionary(
              fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,10}$/),
              fittingText({ maxLength: 40 }),
              {
                maxKeys: 2,
              },
            ),
          },
        );
      const required = new Set<string>(schema.required ?? []);
      return fc.record(
        Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, validOf(s, known, depth + 1)])),
        { requiredKeys: Object.keys(properties).filter((k) => required.has(k)) },
      );
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Every place in a JSON value where another value could go: [] is the value itself. */
export function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...pathsOf(v, [...prefix, i]));
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** A copy of the value with the thing at `path` replaced (or, for `undefined`, removed). */
export function replaceAt(value: unknown, path: Array<string | number>, next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  if (rest.length === 0 && next === undefined) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete copy[head!];
  } else copy[head!] = replaceAt(copy[head!], rest, next);
  return copy;
}

/** String leaves of a value with their paths, for comparing what was sent with what came back. */
export function stringLeaves(value: unknown, prefix: Array<string | number> = []): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix.join('/'), value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...prefix, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...prefix, k]));
  return [];
}
