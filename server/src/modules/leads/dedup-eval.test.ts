/**
 * Precision and recall of duplicateReason on the 50 real sample stores, each also reported the way
 * other channels would report it, against every pair of distinct stores plus look-alike neighbours.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEDUP_RADIUS_M, type DedupCandidate, duplicateReason, NAME_THRESHOLD } from './dedup.ts';
import {
  bd09ToWgs84,
  type CoordinateSystem,
  gcj02ToBd09,
  greatCircleMeters,
  type LatLng,
  normalizePhones,
  toWgs84,
  wgs84ToGcj02,
} from './normalize.ts';

interface Poi {
  name: string;
  lat: number;
  lng: number;
  phone: string | null;
}

const pois: Poi[] = JSON.parse(
  readFileSync(new URL('../../demo/data/beijing-haidian-pois.json', import.meta.url), 'utf8'),
);

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// DEDUP_EVAL_SEED draws another set of variants; the assertions below hold for the default one.
const random = mulberry32(Number(process.env.DEDUP_EVAL_SEED ?? 20261125));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;

function moved(at: LatLng, meters: number, bearingRad: number): LatLng {
  const R = 6378168;
  const dLat = (meters * Math.cos(bearingRad)) / R;
  const dLng = (meters * Math.sin(bearingRad)) / (R * Math.cos((at.lat * Math.PI) / 180));
  return { lat: at.lat + (dLat * 180) / Math.PI, lng: at.lng + (dLng * 180) / Math.PI };
}

// What another channel's record turns into once the pipeline converts it: every side goes through
// toWgs84 with its own system, as ingestion would.
function asReported(wgs: LatLng, system: CoordinateSystem): LatLng {
  const gcj = wgs84ToGcj02(wgs.lat, wgs.lng);
  const raw = system === 'wgs84' ? wgs : system === 'gcj02' ? gcj : gcj02ToBd09(gcj.lat, gcj.lng);
  const round = (x: number) => Math.round(x * 1e6) / 1e6; // map services publish 6 decimals
  return toWgs84(round(raw.lat), round(raw.lng), system);
}

const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）' };
const toFullWidth = (s: string) =>
  s.replace(/[0-9A-Za-z()]/g, (c) => FULL_WIDTH[c] ?? String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// Pinyin input makes homophones the commonest typo in names typed in the street (红番茄 for 红蕃茄).
const HOMOPHONES: Record<string, string> = Object.fromEntries(
  '蕃番 莜筱 汇会 晟盛 府付 珍真 舫坊 盐岩 栈站 辣腊 瘾隐 燕雁 兰蓝 顺舜 旺望 阁格 饼并 榴留 玲灵 珑龙 春纯 鱼渔 乡香 满曼 翠萃 湘香 贤闲 鸟袅 匠酱 串窜 淮怀 紫子 宅窄 牌排'
    .split(' ')
    .map((pair) => [pair[0]!, pair[1]!]),
);

function typo(name: string): string {
  const at = [...name].flatMap((c, i) => (HOMOPHONES[c] ? [i] : []));
  if (!at.length) return name;
  const chars = [...name];
  const i = pick(at);
  chars[i] = HOMOPHONES[chars[i]!]!;
  return chars.join('');
}

function nameVariant(name: string): string {
  const m = /^(.*)\((.*)\)$/.exec(name);
  const head = m ? m[1]! : name;
  const branch = m ? m[2]! : null;
  const place = branch?.replace(/(店|餐厅)$/, '') ?? null;
  const withBranch = (h: string, b: string | null) => (b ? `${h}(${b})` : h);
  const options: Array<() => string> = [
    () => toFullWidth(name),
    () => name.replace('(', '【').replace(')', '】'),
    () => head,
    () => (place ? `${head} ${place}店` : ` ${head} `),
    () => (place ? `${head}-${place}店` : `${head}  `),
    () => withBranch(head, place ? pick([place, `${place}店`, `${place}餐厅`, `${place}分店`]) : null),
    // 大董烤鸭店 ↔ 大董烤鸭, 石榴花开餐厅 ↔ 石榴花开, 辣尚瘾 ↔ 辣尚瘾店 (but 亿万饭店 stays whole).
    () => {
      if (/[^饭酒](店|餐厅)$/.test(head)) return withBranch(head.replace(/(店|餐厅)$/, ''), branch);
      return /店$/.test(head) ? `北京${name}` : withBranch(`${head}店`, branch);
    },
    () => {
      const chars = [...head];
      const at = 1 + Math.floor(random() * (chars.length - 1));
      return withBranch(
        `${chars.slice(0, at).join('')}${pick([' ', '·', '  '])}${chars.slice(at).join('')}`,
        branch,
      );
    },
    () => (head.startsWith('北京') ? name.slice(2) : `北京${name}`),
    () => name.toLowerCase(),
    () => typo(name),
  ];
  let out = pick(options)();
  if (chance(0.3)) out = `${out} `.replace(/\(/g, '（').replace(/\)/g, '）');
  return out;
}

function numberVariant(phone: string): string {
  if (/^1\d{10}$/.test(phone)) {
    return pick([
      phone,
      `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`,
      `+86 ${phone}`,
      `86${phone}`,
    ]);
  }
  if (/^400\d{7}$/.test(phone)) return pick([phone, `400-${phone.slice(3, 6)}-${phone.slice(6)}`]);
  const local = phone.replace(/^\(010\)/, '');
  return pick([
    `(010)${local}`,
    `010-${local}`,
    `010 ${local.slice(0, 4)} ${local.slice(4)}`,
    `010${local}`,
    local,
    `+86 10 ${local}`,
    toFullWidth(`010-${local}`),
    `010-${local}转${100 + Math.floor(random() * 900)}`,
  ]);
}

function phoneVariant(phone: string | null): string | null {
  if (!phone) return null;
  let numbers = phone.split(',');
  if (numbers.length > 1 && chance(0.5)) numbers = [pick(numbers)];
  else if (chance(0.3)) numbers.reverse();
  return numbers.map(numberVariant).join(pick([',', '，', ';', '；', '/', '、', ' ']));
}

interface Lead extends DedupCandidate {
  store: number; // records of one store are duplicates of each other, of nothing else
}

const VARIANTS_PER_STORE = 8;
const leads: Lead[] = [];
pois.forEach((poi, store) => {
  const truth = bd09ToWgs84(poi.lat, poi.lng);
  leads.push({ store, name: poi.name, phone: poi.phone, ...truth });
  for (let k = 0; k < VARIANTS_PER_STORE; k++) {
    const jittered = moved(truth, 60 * Math.sqrt(random()), random() * 2 * Math.PI);
    const at = asReported(jittered, pick(['wgs84', 'gcj02', 'bd09'] as const));
    const phone = chance(0.15) ? null : phoneVariant(poi.phone);
    // A call-centre lead without a position is only findable through a complete phone number.
    const noPosition = phone !== null && /^\(010\)/.test(phone) && chance(0.3);
    leads.push({ store, name: nameVariant(poi.name), phone, ...(noPosition ? {} : at) });
  }
});

// Different shops right next to a sample store, named to tempt a name matcher.
const neighbours: Array<[anchor: string, name: string, meters: number]> = [
  ['老北京炸酱面(玉渊潭南路)', '老北京涮肉', 80],
  ['海底捞火锅(印象城店)', '小龙坎火锅(印象城店)', 20],
  ['大董烤鸭店(阜成路店)', '全聚德烤鸭店(阜成路店)', 150],
  ['西贝莜面村(印象城店)', '西贝莜面村(翠微店)', 180],
  ['麦当劳(航天桥餐厅)', '麦当劳(阜成路餐厅)', 120],
  ['KFC(阜成路店)', 'KFC(航天桥店)', 150],
  ['必胜客(航天桥餐厅)', '必胜客(西三环店)', 190],
  ['翠清酒家(翠微店)', '翠微酒家', 60],
  ['翠满楼饭庄(翠微店)', '翠满园饭庄', 100],
  ['湘水之珠(万寿路店)', '湘水人家', 90],
  ['柳林烤鸭店(公主坟店)', '柳林涮肉(公主坟店)', 70],
  ['玲珑居老北京涮羊肉(玲珑路店)', '老北京涮羊肉', 50],
  ['四川仁火锅(新兴桥店)', '重庆火锅', 50],
  ['鸭匠', '鸭王', 70],
  ['呷哺呷哺(翠微百货店)', '凑凑火锅(翠微百货店)', 30],
  ['东来顺(城乡华懋商场店)', '东来顺饺子馆(城乡华懋商场店)', 40],
  ['北京菜香根酒楼(车公庄店)', '菜香园酒楼', 120],
];
neighbours.forEach(([anchor, name, meters], i) => {
  const poi = pois.find((p) => p.name === anchor);
  if (!poi) throw new Error(`sample store ${anchor} missing`);
  const at = moved(bd09ToWgs84(poi.lat, poi.lng), meters, i);
  leads.push({ store: 1000 + i, name, phone: `(010)6${String(7000000 + i * 131).padStart(7, '0')}`, ...at });
});

function evaluate(threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let blindMisses = 0;
  const falsePositives: string[] = [];
  const misses: string[] = [];
  for (let i = 0; i < leads.length; i++) {
    for (let j = i + 1; j < leads.length; j++) {
      const a = leads[i]!;
      const b = leads[j]!;
      const same = a.store === b.store;
      const found = duplicateReason(a, b, threshold) !== null;
      if (found && same) tp++;
      else if (found) {
        fp++;
        falsePositives.push(`${a.name} | ${b.name}`);
      } else if (same) {
        fn++;
        // One side without a position and one without a phone: no rule may match these by design.
        const phonesB = new Set(normalizePhones(b.phone).map((p) => p.slice(-8)));
        const blind =
          (a.lat === undefined || b.lat === undefined) &&
          !normalizePhones(a.phone).some((p) => phonesB.has(p.slice(-8)));
        if (blind) blindMisses++;
        misses.push(`${blind ? '(no evidence) ' : ''}${a.name} [${a.phone}] | ${b.name} [${b.phone}]`);
      }
    }
  }
  return {
    tp,
    fp,
    fn,
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    blindMisses,
    falsePositives,
    misses,
  };
}

describe('de-duplication on the Haidian sample', () => {
  it('finds the variants of each store and nothing else (precision ≥ 0.98, recall ≥ 0.95)', () => {
    const pairs = (leads.length * (leads.length - 1)) / 2;
    for (const t of [0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9]) {
      const r = evaluate(t);
      console.log(
        `threshold ${t.toFixed(2)}: precision ${r.precision.toFixed(4)} recall ${r.recall.toFixed(4)} ` +
          `(tp ${r.tp}, fp ${r.fp}, fn ${r.fn} of which ${r.blindMisses} without any shared evidence)`,
      );
    }
    const r = evaluate(NAME_THRESHOLD);
    console.log(
      `NAME_THRESHOLD ${NAME_THRESHOLD}: ${leads.length} leads, ${pairs} pairs, ${r.tp + r.fn} duplicate pairs; ` +
        `precision ${r.precision.toFixed(4)}, recall ${r.recall.toFixed(4)}`,
    );
    if (r.falsePositives.length) console.log('false positives:\n', r.falsePositives.slice(0, 20).join('\n'));
    if (r.misses.length) console.log('missed:\n', r.misses.slice(0, 20).join('\n'));
    expect(r.precision).toBeGreaterThanOrEqual(0.98);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
  });

  const real = (name: string): DedupCandidate => {
    const poi = pois.find((p) => p.name === name)!;
    return { name: poi.name, phone: poi.phone, ...bd09ToWgs84(poi.lat, poi.lng) };
  };

  it('keeps the two 必胜客 apart', () => {
    const a = real('必胜客(航天桥餐厅)');
    const b = real('必胜客(城乡餐厅)');
    expect(duplicateReason(a, b)).toBeNull();
    // Even when a channel drops one branch name, nearly 2 km is not "the same place".
    expect(duplicateReason({ ...a, name: '必胜客' }, b)).toBeNull();
  });

  it('keeps the two 红蕃茄楚珍舫 apart', () => {
    const a = real('红蕃茄楚珍舫(阜成路店)');
    const b = real('红蕃茄楚珍舫(万寿路店)');
    expect(duplicateReason(a, b)).toBeNull();
    expect(duplicateReason(a, { ...b, name: '红蕃茄楚珍舫' })).toBeNull();
  });

  it('keeps two branches of one chain apart even next to each other or sharing a booking line', () => {
    const a = real('西贝莜面村(印象城店)');
    const b = { ...a, name: '西贝莜面村(翠微店)', lat: a.lat! + 0.0005 };
    expect(duplicateReason(a, b)).toBeNull();
  });

  it('ignores a shared 400 hotline but accepts a shared landline nearby', () => {
    const a = real('南京大牌档(凯德晶品购物中心店)');
    const elsewhere = { name: '南京大牌档', phone: '400-187-7177', lat: a.lat! + 0.004, lng: a.lng };
    expect(duplicateReason(a, elsewhere)).toBeNull();
    const b = real('鱼米之乡(北洼路店)');
    const sameLine = { name: '鱼米之乡家常菜', phone: '010-6847 1995', lat: b.lat! + 0.003, lng: b.lng };
    expect(duplicateReason(b, sameLine)).toMatchObject({ reason: 'phone' });
  });

  it('does not take a shared landline of stores more than 2 km apart as sameness', () => {
    const a = real('红蕃茄楚珍舫(阜成路店)');
    const far = { name: '红蕃茄楚珍舫', phone: '010-68458123', lat: a.lat! + 0.03, lng: a.lng };
    expect(duplicateReason(a, far)).toBeNull();
    expect(duplicateReason(a, { ...far, lat: null, lng: null })).toMatchObject({ reason: 'phone' });
    // Without area code or position the number could be any city's, unless the name agrees.
    expect(duplicateReason(a, { name: '红蕃茄楚珍舫', phone: '68458123' })).toMatchObject({
      reason: 'phone',
    });
    expect(duplicateReason(a, { name: '金百万', phone: '68458123' })).toBeNull();
  });

  it('never matches on generic words alone, but forgives a typo', () => {
    const a = real('大董烤鸭店(阜成路店)');
    expect(duplicateReason(a, { ...a, name: '柳林烤鸭店(阜成路店)', phone: null })).toBeNull();
    expect(duplicateReason(a, { ...a, name: '烤鸭店', phone: null })).toBeNull();
    const b = real('老北京炸酱面(玉渊潭南路)');
    expect(duplicateReason(b, { ...b, name: '老北京涮肉', phone: null })).toBeNull();
    expect(duplicateReason(b, { ...b, name: '老北京炸酱面馆', phone: null })).toMatchObject({
      reason: 'name',
    });
    const c = real('西贝莜面村(印象城店)');
    expect(duplicateReason(c, { ...c, name: '西贝莜面村(印像城店)', phone: null })).toMatchObject({
      reason: 'name',
    });
  });

  it('matches by name only within the radius, and only on coordinates of one system', () => {
    const poi = pois.find((p) => p.name === '鸭匠')!; // no phone: name and place are all there is
    const truth = bd09ToWgs84(poi.lat, poi.lng);
    const gcj = wgs84ToGcj02(truth.lat, truth.lng);
    const fromGcj = { name: '鸭匠 ', ...toWgs84(gcj.lat, gcj.lng, 'gcj02') };
    expect(duplicateReason({ name: poi.name, ...truth }, fromGcj)).toMatchObject({ reason: 'name' });
    // Comparing BD-09 with WGS-84 unconverted puts the same door hundreds of metres away.
    expect(greatCircleMeters(poi.lat, poi.lng, truth.lat, truth.lng)).toBeGreaterThan(DEDUP_RADIUS_M);
    expect(duplicateReason({ name: poi.name, lat: poi.lat, lng: poi.lng }, fromGcj)).toBeNull();
    const far = moved(truth, DEDUP_RADIUS_M + 30, 1);
    expect(duplicateReason({ name: poi.name, ...truth }, { name: '鸭匠', ...far })).toBeNull();
  });
});
