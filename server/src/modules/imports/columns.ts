import { DomainError } from '../../errors.ts';
import type { FieldDef } from '../../platform/fields/service.ts';

/** What a column of an import file holds. */
export type Column =
  | { kind: 'name' | 'phone' | 'address' | 'lat' | 'lng' | 'city' | 'category' | 'tags' }
  | { kind: 'attr'; field: FieldDef }
  | { kind: 'ignored' };

/** Header names understood for the lead's own fields, Chinese or English, any letter case. */
const HEADERS: Record<string, Exclude<Column['kind'], 'attr' | 'ignored'>> = {};
const synonyms: Array<[Exclude<Column['kind'], 'attr' | 'ignored'>, string[]]> = [
  ['name', ['name', '名称', '门店名称', '店名', '商户名称', '门店']],
  ['phone', ['phone', 'tel', 'telephone', '电话', '联系电话', '手机', '手机号']],
  ['address', ['address', '地址', '详细地址', '门店地址']],
  ['lat', ['lat', 'latitude', '纬度']],
  ['lng', ['lng', 'lon', 'long', 'longitude', '经度']],
  ['city', ['city', 'cityid', '城市', '所在城市']],
  ['category', ['category', '品类', '类目', '分类']],
  ['tags', ['tags', 'tag', '标签']],
];
for (const [kind, names] of synonyms) for (const name of names) HEADERS[name] = kind;

export function headerKey(raw: unknown): string {
  return String(raw ?? '')
    .normalize('NFKC')
    .replace(/^\ufeff/, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

function refuse(message: string, path = '/body/file') {
  return new DomainError('validation_failed', message, { errors: [{ path, message }] });
}

export interface ColumnMap {
  columns: Column[];
  /** Header names that match nothing: their values are not imported. */
  ignored: string[];
}

/**
 * Matches the header row to the lead's fields and the tenant's custom fields (`attr.<key>`, or the
 * field's Chinese or English label). A file the import could only get wrong is refused up front:
 * no name column, a column named twice, an `attr.` that is no field, a required field missing.
 */
export function mapHeader(header: unknown[], fields: FieldDef[]): ColumnMap {
  const byLabel = new Map<string, FieldDef>();
  for (const field of fields.filter((f) => f.active)) {
    byLabel.set(headerKey(field.label_zh), field);
    byLabel.set(headerKey(field.label_en), field);
    byLabel.set(headerKey(`attr.${field.key}`), field);
  }
  const seen = new Set<string>();
  const ignored: string[] = [];
  const columns = header.map((raw): Column => {
    const key = headerKey(raw);
    if (key === '') return { kind: 'ignored' };
    const own = HEADERS[key];
    const field = own ? undefined : byLabel.get(key);
    const target = own ?? (field ? `attr.${field.key}` : undefined);
    if (target === undefined) {
      if (key.startsWith('attr.')) throw refuse(`Column "${String(raw)}" is not a field of this tenant`);
      ignored.push(String(raw));
      return { kind: 'ignored' };
    }
    if (seen.has(target)) throw refuse(`Two columns hold the same field: "${String(raw)}"`);
    seen.add(target);
    return own ? { kind: own } : { kind: 'attr', field: field! };
  });
  if (!seen.has('name')) {
    throw refuse('The first row must name the columns, one of them the store name (名称 / name)');
  }
  if (seen.has('lat') !== seen.has('lng')) throw refuse('Latitude and longitude come together (纬度 + 经度)');
  const missing = fields.filter((f) => f.active && f.required && !seen.has(`attr.${f.key}`));
  if (missing.length > 0) {
    throw refuse(`Required columns are missing: ${missing.map((f) => f.label_zh).join(', ')}`);
  }
  return { columns, ignored };
}
