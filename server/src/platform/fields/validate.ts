import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { DomainError } from '../../errors.ts';
import type { FieldOption, FieldType } from './repo.ts';

const addFormats = addFormatsPlugin.default;
const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
addFormats(ajv);

export interface FieldRule {
  key: string;
  type: FieldType;
  required: boolean;
  active: boolean;
  options: FieldOption[];
}

function valueSchema(field: FieldRule): object {
  const values = field.options.map((o) => o.value);
  switch (field.type) {
    case 'text':
      return { type: 'string', maxLength: 2000 };
    case 'number':
      return { type: 'number', minimum: -1e12, maximum: 1e12 };
    case 'money':
      return { type: 'number', minimum: 0, maximum: 1e12 };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'bool':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: values };
    case 'multi_enum':
      return {
        type: 'array',
        items: { type: 'string', enum: values },
        uniqueItems: true,
        maxItems: values.length,
      };
    case 'phone':
      return { type: 'string', pattern: '^[0-9+()\\- ]{3,32}$' };
  }
}

/** Compiles the tenant's definitions into one validator: unknown keys are refused, `null` clears. */
export function compileAttrsValidator(fields: FieldRule[]): {
  create: ValidateFunction;
  update: ValidateFunction;
} {
  const active = fields.filter((f) => f.active);
  const properties = Object.fromEntries(
    active.map((f) => [f.key, { anyOf: [valueSchema(f), { type: 'null' }] }]),
  );
  const base = { type: 'object', properties, additionalProperties: false };
  return {
    create: ajv.compile({
      ...base,
      properties: Object.fromEntries(
        active.map((f) => [
          f.key,
          f.required ? valueSchema(f) : { anyOf: [valueSchema(f), { type: 'null' }] },
        ]),
      ),
      required: active.filter((f) => f.required).map((f) => f.key),
    }),
    update: ajv.compile(base),
  };
}

export function assertValid(validate: ValidateFunction, attrs: unknown, pathPrefix = '/body/attrs'): void {
  if (validate(attrs)) return;
  const errors = (validate.errors ?? []).map((e) => {
    const key = e.keyword === 'additionalProperties' ? `/${String(e.params.additionalProperty)}` : '';
    const message =
      e.keyword === 'additionalProperties' ? 'is not a field of this tenant' : (e.message ?? 'is not valid');
    return { path: `${pathPrefix}${e.instancePath}${key}`, message };
  });
  throw new DomainError('validation_failed', errors.map((e) => `${e.path} ${e.message}`).join('; '), {
    errors,
  });
}

/** Turns the text of an `attr.<key>=` query parameter into the JSON value stored for that field. */
export function parseFilterValue(field: FieldRule, raw: string): unknown {
  switch (field.type) {
    case 'number':
    case 'money': {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) throw badFilter(field.key, 'a number');
      return value;
    }
    case 'bool':
      if (raw === 'true') return true;
      if (raw === 'false') return false;
      throw badFilter(field.key, 'true or false');
    case 'enum':
    case 'multi_enum':
      if (!field.options.some((o) => o.value === raw)) throw badFilter(field.key, 'one of its options');
      return field.type === 'multi_enum' ? [raw] : raw;
    default:
      return raw;
  }
}

function badFilter(key: string, expected: string) {
  const message = `must be ${expected}`;
  return new DomainError('validation_failed', `attr.${key} ${message}`, {
    errors: [{ path: `/querystring/attr.${key}`, message }],
  });
}
