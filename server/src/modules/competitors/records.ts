/**
 * One competitor record (a store, optionally with one of its deals) as it arrives from a file or
 * the JSON API, checked and normalised. Both doors use checkRecord, so they accept the same data.
 */
import { DomainError } from '../../errors.ts';
import { headerKey } from '../imports/columns.ts';
import { type CoordinateSystem, normalizeText, splitName, toWgs84 } from '../leads/normalize.ts';

export interface RecordInput {
  platform: string;
  storeName: string;
  address?: string | null;
  lat?: number | null;
  lng?: number | null;
  city?: string | null;
  category?: string | null;
  title?: string | null;
  price?: number | null;
  sales?: number | null;
  observedAt?: string | null;
}

export interface CheckedRecord {
  platform: string;
  storeName: string;
  storeKey: string;
  address: string | null;
  lat: number | null;
  lng: number | null;
  city: string | null;
  category: string | null;
  deal: { title: string; titleKey: string; price: number; sales: number | null; observedAt: Date } | null;
}

type Field = keyof RecordInput;
const HEADERS: Record<string, Field> = {};
const synonyms: Array<[Field, string[]]> = [
  ['platform', ['platform', '平台', '竞对平台']],
  ['storeName', ['storename', 'store_name', 'store', 'name', '门店', '门店名称', '店名', '商户名称', '名称']],
  ['address', ['address', '地址', '门店地址']],
  ['lat', ['lat', 'latitude', '纬度']],
  ['lng', ['lng', 'lon', 'longitude', '经度']],
  ['city', ['city', '城市']],
  ['category', ['category', '品类', '分类', '类目']],
  ['title', ['title', 'deal', 'dealtitle', 'deal_title', '团购', '团单', '团购名称', '套餐名称', '商品名称']],
  ['price', ['price', '价格', '售价', '团购价']],
  ['sales', ['sales', 'monthlysales', 'monthly_sales', '销量', '月销量', '月售']],
  ['observedAt', ['observedat', 'observed_at', '采集时间', '观测时间', '抓取时间', '日期', 'date']],
];
for (const [field, names] of synonyms) for (const name of names) HEADERS[headerKey(name)] = field;

/** The fields of a file's columns (null: ignored), refusing a file that lacks the essentials. */
export function mapCompetitorHeader(header: unknown[]): { fields: Array<Field | null>; ignored: string[] } {
  const seen = new Set<Field>();
  const ignored: string[] = [];
  const fields = header.map((raw) => {
    const field = HEADERS[headerKey(raw)];
    if (!field) {
      if (headerKey(raw) !== '') ignored.push(String(raw));
      return null;
    }
    if (seen.has(field)) throw refuseFile(`Two columns hold the same field: "${String(raw)}"`);
    seen.add(field);
    return field;
  });
  const missing = (['platform', 'storeName'] as const).filter((f) => !seen.has(f));
  if (missing.length > 0)
    throw refuseFile(`Required columns are missing: ${missing.join(', ')} (平台 / 门店名称)`);
  if (seen.has('title') !== seen.has('price')) throw refuseFile('A deal needs both its title and its price');
  if (seen.has('lat') !== seen.has('lng'))
    throw refuseFile('Latitude and longitude come together (纬度 + 经度)');
  return { fields, ignored };
}

function refuseFile(message: string) {
  return new DomainError('validation_failed', message, { errors: [{ path: '/body/file', message }] });
}

/** A file row as a record input; numbers stay text until checkRecord. */
export function rowToInput(fields: Array<Field | null>, values: string[]): Record<Field, string> {
  const out = {} as Record<Field, string>;
  fields.forEach((field, i) => {
    if (field) out[field] = (values[i] ?? '').trim();
  });
  return out;
}

function number(value: unknown): number | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = String(value).replace(/[\s,，¥￥元]/gu, '');
  if (text === '') return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : undefined;
}

function text(value: unknown, max: number, errors: string[], label: string): string | null {
  const s = value === null || value === undefined ? '' : String(value).trim();
  if (s.length > max) errors.push(`${label} 超过 ${max} 个字符 (too long)`);
  return s === '' ? null : s;
}

function observedAt(value: unknown, now: Date): Date | undefined {
  const s = value === null || value === undefined ? '' : String(value).trim();
  if (s === '') return now;
  const day = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(s);
  const iso = day ? `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}T00:00:00Z` : s;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  // A date in the future is a typo, not an observation.
  return d.getTime() > now.getTime() + 24 * 3600_000 ? undefined : d;
}

/** Checks one record; every problem is reported at once so that one round of corrections is enough. */
export function checkRecord(
  input: Partial<Record<Field, unknown>>,
  coordSystem: CoordinateSystem,
  now: Date,
): { ok: true; record: CheckedRecord } | { ok: false; error: string } {
  const errors: string[] = [];
  const platform = text(input.platform, 40, errors, 'platform');
  if (!platform) errors.push('缺少平台 (platform is missing)');
  const storeName = text(input.storeName, 200, errors, 'storeName');
  if (!storeName || !splitName(storeName).normalized) errors.push('缺少门店名称 (store name is missing)');
  const address = text(input.address, 300, errors, 'address');
  const city = text(input.city, 40, errors, 'city');
  const category = text(input.category, 40, errors, 'category');

  let lat = number(input.lat);
  let lng = number(input.lng);
  if (lat === undefined || lng === undefined) errors.push('经纬度不是数字 (coordinates must be numbers)');
  else if ((lat === null) !== (lng === null))
    errors.push('经纬度须同时填写 (give both latitude and longitude)');
  else if (lat !== null && lng !== null) {
    if (Math.abs(lat) > 90 || Math.abs(lng) > 180) errors.push('经纬度超出范围 (coordinates out of range)');
    else ({ lat, lng } = toWgs84(lat, lng, coordSystem));
  }

  const title = text(input.title, 200, errors, 'title');
  const price = number(input.price);
  const sales = number(input.sales);
  if ((title === null) !== (price === null))
    errors.push('团购名称和价格须同时填写 (a deal needs both title and price)');
  if (price === undefined || (price !== null && (price < 0 || price > 1e9)))
    errors.push('价格须为非负数 (price must be a number ≥ 0)');
  if (sales === undefined || (sales !== null && (sales < 0 || !Number.isInteger(sales) || sales > 2e9)))
    errors.push('销量须为非负整数 (sales must be a whole number ≥ 0)');
  const at = observedAt(input.observedAt, now);
  if (at === undefined) errors.push('采集时间无效 (observedAt must be a past date or ISO time)');

  if (errors.length > 0) return { ok: false, error: errors.join('; ') };
  const normalizedPlatform = normalizeText(platform);
  const place =
    lat !== null && lng !== null
      ? `${(lat as number).toFixed(4)},${(lng as number).toFixed(4)}`
      : `@${normalizeText(address)}|${normalizeText(city)}`;
  return {
    ok: true,
    record: {
      platform: normalizedPlatform,
      storeName: storeName!,
      storeKey: `${normalizedPlatform}|${splitName(storeName).normalized}|${place}`,
      address,
      lat: lat ?? null,
      lng: lng ?? null,
      city,
      category,
      deal:
        title !== null && typeof price === 'number'
          ? { title, titleKey: normalizeText(title), price, sales: sales ?? null, observedAt: at! }
          : null,
    },
  };
}
