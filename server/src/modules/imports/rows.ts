import type { FieldDef } from '../../platform/fields/service.ts';
import {
  type CoordinateSystem,
  normalizePhones,
  normalizeText,
  splitName,
  toWgs84,
} from '../leads/normalize.ts';
import type { Column } from './columns.ts';
import type { SourceRow } from './read.ts';

/** A checked, normalised row, ready for the staging table. */
export interface StageRow {
  rowNo: number;
  name: string;
  normalizedName: string;
  coreName: string;
  phone: string | null;
  phones: string[];
  address: string | null;
  cityId: string;
  lat: number | null;
  lng: number | null;
  category: string | null;
  tags: string[];
  attrs: Record<string, unknown>;
  poolId: string | null;
}

export interface City {
  id: string;
  path: string;
}

export interface RowContext {
  columns: Column[];
  coordSystem: CoordinateSystem;
  defaultCity: City | null;
  /** A city by its id or its name (北京 and 北京市 alike). */
  findCity: (text: string) => City | undefined;
  /** The cities the uploader may create leads in; null: all. */
  territory: Set<string> | null;
  poolOf: (city: City) => string | null;
  checkAttrs: (attrs: Record<string, unknown>) => Array<{ path: string; message: string }>;
}

export type Checked = { ok: true; row: StageRow } | { ok: false; error: string };

// The same bounds as a lead created through the API (leads/schema.ts).
const MAX = { name: 200, phone: 100, address: 300, category: 40 } as const;
const TAG = /^[\p{L}\p{N}_-]{1,40}$/u;
const MAX_TAGS = 30;

const cityKey = (text: string) => normalizeText(text).replace(/市$/u, '');

export function cityIndex(cities: Array<City & { name: string }>) {
  const byName = new Map<string, City>();
  const byId = new Map<string, City>();
  for (const c of cities) {
    byId.set(c.id, c);
    if (!byName.has(cityKey(c.name))) byName.set(cityKey(c.name), c);
  }
  return (text: string) => byId.get(text.trim()) ?? byName.get(cityKey(text));
}

function number(text: string): number | null {
  const cleaned = text.replace(/[\s,，¥￥元]/gu, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  return Number(cleaned);
}

function date(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:T00:00:00(?:\.000)?Z)?$/u.exec(text.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

const TRUE = new Set(['是', 'true', 'yes', 'y', '1', '√', '有']);
const FALSE = new Set(['否', 'false', 'no', 'n', '0', '×', '无']);

function option(field: FieldDef, text: string): string | null {
  const key = normalizeText(text);
  const found = field.options.find(
    (o) =>
      normalizeText(o.value) === key || normalizeText(o.labelZh) === key || normalizeText(o.labelEn) === key,
  );
  return found?.value ?? null;
}

/** The text of a cell as the JSON value the field stores, or an error message. */
function fieldValue(field: FieldDef, text: string): { value: unknown } | { error: string } {
  const label = field.label_zh;
  switch (field.type) {
    case 'number':
    case 'money': {
      const n = number(text);
      return n === null ? { error: `${label}不是数字 (${field.key} must be a number)` } : { value: n };
    }
    case 'date': {
      const d = date(text);
      return d === null
        ? { error: `${label}不是日期 (${field.key} must be a date YYYY-MM-DD)` }
        : { value: d };
    }
    case 'bool': {
      const key = text.trim().toLowerCase();
      if (TRUE.has(key)) return { value: true };
      if (FALSE.has(key)) return { value: false };
      return { error: `${label}应为是或否 (${field.key} must be yes or no)` };
    }
    case 'enum': {
      const v = option(field, text);
      return v === null
        ? { error: `${label}没有选项“${text}” (${field.key} has no option "${text}")` }
        : { value: v };
    }
    case 'multi_enum': {
      const values: string[] = [];
      for (const part of text.split(/[,，、;；|]/u).filter((p) => p.trim() !== '')) {
        const v = option(field, part);
        if (v === null)
          return { error: `${label}没有选项“${part.trim()}” (${field.key} has no option "${part.trim()}")` };
        if (!values.includes(v)) values.push(v);
      }
      return { value: values };
    }
    default:
      return { value: text.trim() };
  }
}

function coordinate(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const n = number(text);
  return n === null ? undefined : n;
}

/**
 * Checks one record and normalises it exactly like a lead created through the API (splitName,
 * normalizePhones, coordinates converted to WGS-84). Every problem of the row is reported at once,
 * so that one round of corrections is enough.
 */
export function checkRow(ctx: RowContext, source: SourceRow): Checked {
  const errors: string[] = [];
  const text: Partial<Record<Column['kind'], string>> = {};
  const attrs: Record<string, unknown> = {};
  if (source.values.length > ctx.columns.length) {
    errors.push(`值比表头多 (${source.values.length} values, ${ctx.columns.length} columns): 列可能错位`);
  }
  ctx.columns.forEach((column, i) => {
    const value = (source.values[i] ?? '').trim();
    if (column.kind === 'ignored') return;
    if (column.kind !== 'attr') {
      text[column.kind] = value;
      return;
    }
    if (value === '') return;
    const parsed = fieldValue(column.field, value);
    if ('error' in parsed) errors.push(parsed.error);
    else attrs[column.field.key] = parsed.value;
  });

  const name = text.name ?? '';
  const { normalized, core } = splitName(name);
  if (!normalized) errors.push('缺少名称 (name is missing)');
  for (const key of ['name', 'phone', 'address', 'category'] as const) {
    if ((text[key] ?? '').length > MAX[key]) errors.push(`${key} 超过 ${MAX[key]} 个字符 (too long)`);
  }

  let lat = coordinate(text.lat ?? '');
  let lng = coordinate(text.lng ?? '');
  if (lat === undefined || lng === undefined) {
    errors.push('经纬度不是数字 (coordinates must be numbers)');
  } else if ((lat === null) !== (lng === null)) {
    errors.push('经纬度须同时填写 (give both latitude and longitude)');
  } else if (lat !== null && lng !== null) {
    if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      errors.push('经纬度超出范围 (coordinates out of range; latitude and longitude swapped?)');
    } else {
      ({ lat, lng } = toWgs84(lat, lng, ctx.coordSystem));
    }
  }

  const cityText = text.city ?? '';
  const city = cityText === '' ? ctx.defaultCity : (ctx.findCity(cityText) ?? null);
  if (!city) {
    errors.push(cityText === '' ? '缺少城市 (no city given)' : `未知城市“${cityText}” (unknown city)`);
  } else if (ctx.territory && !ctx.territory.has(city.id)) {
    errors.push(`城市“${cityText}”不在您的辖区 (city outside your territory)`);
  }

  const tags = [...new Set((text.tags ?? '').split(/[,，、;；|\s]+/u).filter((t) => t !== ''))];
  if (tags.length > MAX_TAGS) errors.push(`标签超过 ${MAX_TAGS} 个 (too many tags)`);
  const badTag = tags.find((t) => !TAG.test(t));
  if (badTag !== undefined) errors.push(`标签“${badTag}”只能含字母、数字、_ 和 - (invalid tag)`);

  for (const e of ctx.checkAttrs(attrs)) errors.push(`${e.path.replace(/^\//, '')} ${e.message}`);

  if (errors.length > 0 || !city) return { ok: false, error: errors.join('; ') };
  const phone = text.phone ? text.phone : null;
  return {
    ok: true,
    row: {
      rowNo: source.rowNo,
      name: name.trim(),
      normalizedName: normalized,
      coreName: core || normalized,
      phone,
      phones: normalizePhones(phone),
      address: text.address || null,
      cityId: city.id,
      lat: lat ?? null,
      lng: lng ?? null,
      category: text.category || null,
      tags,
      attrs,
      poolId: ctx.poolOf(city),
    },
  };
}
