import { describe, expect, it } from 'vitest';
import {
  bd09ToGcj02,
  bd09ToWgs84,
  EARTH_RADIUS_M,
  gcj02ToBd09,
  gcj02ToWgs84,
  greatCircleMeters,
  isHotline,
  nameSimilarity,
  normalizePhones,
  normalizeText,
  splitName,
  toWgs84,
  wgs84ToGcj02,
} from './normalize.ts';

describe('normalizeText', () => {
  it('folds full-width letters, digits, brackets and spaces and lower-cases Latin', () => {
    expect(normalizeText('ＫＦＣ（阜成路店）')).toBe('kfc(阜成路店)');
    expect(normalizeText('３５号食府')).toBe('35号食府');
    expect(normalizeText('海底捞\u3000\u3000火锅')).toBe('海底捞 火锅');
  });

  it('unifies bracket kinds, collapses whitespace and trims', () => {
    for (const s of ['【望京店】', '[望京店]', '〔望京店〕', '（望京店）', '(望京店)']) {
      expect(normalizeText(s)).toBe('(望京店)');
    }
    expect(normalizeText('  西贝 \t 莜面村 \n')).toBe('西贝 莜面村');
  });

  it('drops invisible characters that copy-paste leaves behind', () => {
    expect(normalizeText('鸭\u200b匠\ufeff')).toBe('鸭匠');
  });

  it('gives an empty string for nothing, and keeps emoji', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(null)).toBe('');
    expect(normalizeText(undefined)).toBe('');
    expect(normalizeText('  ')).toBe('');
    expect(normalizeText('🍲火锅')).toBe('🍲火锅');
  });

  it('handles very long input', () => {
    const out = normalizeText(`${'ａ　'.repeat(50_000)}店`);
    expect(out.length).toBe(100_001);
    expect(out.endsWith('a 店')).toBe(true);
  });
});

describe('splitName', () => {
  it('separates a bracketed branch', () => {
    expect(splitName('海底捞火锅(印象城店)')).toEqual({
      normalized: '海底捞火锅(印象城店)',
      core: '海底捞火锅',
      branch: '印象城店',
    });
    expect(splitName('必胜客(航天桥餐厅)')).toMatchObject({ core: '必胜客', branch: '航天桥餐厅' });
    expect(splitName('西贝莜面村【印象城店】')).toMatchObject({ core: '西贝莜面村', branch: '印象城店' });
    expect(splitName('亿万饭店(万寿路)')).toMatchObject({ core: '亿万饭店', branch: '万寿路' });
  });

  it('separates a branch written after a space or dash', () => {
    for (const name of [
      '西贝莜面村 望京店',
      '西贝莜面村-望京店',
      '西贝莜面村 - 望京店',
      '西贝莜面村　望京店',
    ]) {
      expect(splitName(name)).toMatchObject({ core: '西贝莜面村', branch: '望京店' });
    }
    expect(splitName('必胜客 航天桥餐厅')).toMatchObject({ core: '必胜客', branch: '航天桥餐厅' });
    expect(splitName('海底捞 印象城分店')).toMatchObject({ core: '海底捞', branch: '印象城分店' });
  });

  it('does not take a stray space for a branch', () => {
    expect(splitName('大董 烤鸭店')).toMatchObject({ core: '大董烤鸭店', branch: null });
    expect(splitName('九 花山烤鸭店')).toMatchObject({ core: '九花山烤鸭店', branch: null });
    expect(splitName('海底捞 火锅')).toMatchObject({ core: '海底捞火锅', branch: null });
  });

  it('drops spaces and decorative punctuation from the core but keeps letters and digits', () => {
    expect(splitName('老北京·炸酱面').core).toBe(splitName('老北京炸酱面').core);
    expect(splitName('K F C').core).toBe('kfc');
    expect(splitName('35号食府(增光路店)').core).toBe('35号食府');
    expect(splitName("McDonald's").core).toBe('mcdonalds');
  });

  it('copes with names without a branch, with only a qualifier, empty or with emoji', () => {
    expect(splitName('合兴居')).toEqual({ normalized: '合兴居', core: '合兴居', branch: null });
    expect(splitName('(望京店)')).toMatchObject({ core: '望京店', branch: null });
    expect(splitName('')).toEqual({ normalized: '', core: '', branch: null });
    expect(splitName(null)).toEqual({ normalized: '', core: '', branch: null });
    expect(splitName('🔥海底捞火锅🍲(印象城店)')).toMatchObject({ core: '海底捞火锅', branch: '印象城店' });
  });

  it('stays fast on very long names', () => {
    const started = performance.now();
    expect(splitName(`${'海'.repeat(200_000)}(望京店)`).branch).toBe('望京店');
    expect(splitName(`${'海 '.repeat(100_000)}`).branch).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('normalizePhones', () => {
  it.each([
    ['(010)68118189', ['01068118189']],
    ['010-68118189', ['01068118189']],
    ['010 6811 8189', ['01068118189']],
    ['０１０－６８１１８１８９', ['01068118189']],
    ['+86 10 6811 8189', ['01068118189']],
    ['68118189', ['68118189']],
    ['+86 138 1234 5678', ['13812345678']],
    ['8613812345678', ['13812345678']],
    ['0086 13812345678', ['13812345678']],
    ['13716411148', ['13716411148']],
    ['4001877177', ['4001877177']],
    ['400-187-7177', ['4001877177']],
    ['0571-87654321', ['057187654321']],
    ['0571-8765432', ['05718765432']],
    ['010-12345678转123', ['01012345678']],
    ['010-68118189 分机 8001', ['01068118189']],
  ])('%s → %j', (raw, expected) => {
    expect(normalizePhones(raw)).toEqual(expected);
  });

  it('finds every number in a field, whatever separates them', () => {
    expect(normalizePhones('(010)68298783,(010)68298784')).toEqual(['01068298783', '01068298784']);
    for (const sep of [',', '，', ';', '；', '/', '、', ' ', ' / ']) {
      expect(normalizePhones(`010-68283482${sep}13716411148`)).toEqual(['01068283482', '13716411148']);
    }
    expect(normalizePhones('13716411148 13812345678')).toEqual(['13716411148', '13812345678']);
    expect(normalizePhones('电话：010-68118189 手机：138 1234 5678')).toEqual(['01068118189', '13812345678']);
  });

  it('gives a number written without area code the area code of the number before it', () => {
    expect(normalizePhones('(010)68283482/68277309')).toEqual(['01068283482', '01068277309']);
    expect(normalizePhones('68277309, (010)68283482')).toEqual(['68277309', '01068283482']);
  });

  it('removes repeats and keeps the order written', () => {
    expect(normalizePhones('010-68118189, (010)68118189, 4001877177')).toEqual(['01068118189', '4001877177']);
  });

  it('returns nothing when there is no valid number', () => {
    for (const raw of [
      null,
      undefined,
      '',
      '   ',
      '暂无',
      '123',
      '12345',
      '📞',
      '0000000000',
      '1'.repeat(100_000),
    ]) {
      expect(normalizePhones(raw)).toEqual([]);
    }
    expect(normalizePhones('📞 138 1234 5678 ☎️')).toEqual(['13812345678']);
  });

  it('handles a very long field in linear time', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `010-6${String(1000000 + i)}`).join('，');
    const started = performance.now();
    const phones = normalizePhones(many);
    expect(phones).toHaveLength(5000);
    expect(phones[4999]).toBe('01061004999');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('isHotline', () => {
  it('recognises 400 and 800 numbers in any writing', () => {
    expect(isHotline('4001877177')).toBe(true);
    expect(isHotline('400-187-7177')).toBe(true);
    expect(isHotline('8008101234')).toBe(true);
  });

  it('does not take landlines, mobiles or nothing for hotlines', () => {
    for (const p of ['01068118189', '68118189', '13812345678', '40018771', '', null, undefined]) {
      expect(isHotline(p)).toBe(false);
    }
  });
});

describe('nameSimilarity', () => {
  it('is 1 for the same core however written', () => {
    expect(nameSimilarity('海底捞火锅(印象城店)', '海底捞火锅')).toBe(1);
    expect(nameSimilarity('KFC(阜成路店)', 'ｋ ｆ ｃ')).toBe(1);
    expect(nameSimilarity('老北京·炸酱面', '老北京炸酱面')).toBe(1);
  });

  it('scores containment at least 0.9 when the shorter core has two characters or more', () => {
    expect(nameSimilarity('海底捞', '海底捞火锅')).toBe(0.9);
    expect(nameSimilarity('菜香根(航天桥店)', '北京菜香根酒楼(车公庄店)')).toBe(0.9);
    expect(nameSimilarity('鸭', '鸭匠')).toBeCloseTo(2 / 3, 10); // one character: no containment bonus
  });

  it('keeps different shops with shared words low', () => {
    expect(nameSimilarity('老北京炸酱面', '老北京涮肉')).toBeCloseTo(4 / 9, 10);
    expect(nameSimilarity('大董烤鸭店', '柳林烤鸭店')).toBe(0.5);
    expect(nameSimilarity('鸭匠', '鸭王')).toBe(0);
    expect(nameSimilarity('红蕃茄楚珍舫', '红番茄楚珍舫')).toBeCloseTo(0.6, 10);
  });

  it('is 0 for empty names and stays in [0,1] and symmetric', () => {
    expect(nameSimilarity('', '海底捞')).toBe(0);
    expect(nameSimilarity('', '')).toBe(0);
    const names = [
      '呷哺呷哺',
      '呷哺',
      '哺呷哺呷哺',
      '麦当劳(航天桥餐厅)',
      '🍲',
      'a',
      'ab',
      '紫玉饭店',
      '九花山烤鸭店',
    ];
    for (const a of names) {
      for (const b of names) {
        const s = nameSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(nameSimilarity(b, a)).toBe(s);
      }
    }
  });
});

describe('geography', () => {
  it('uses the earthdistance radius for great-circle distances', () => {
    expect(EARTH_RADIUS_M).toBe(6378168);
    expect(greatCircleMeters(39.9, 116.3, 40.9, 116.3)).toBeCloseTo((EARTH_RADIUS_M * Math.PI) / 180, 3);
    expect(greatCircleMeters(0, 0, 0, 180)).toBeCloseTo(EARTH_RADIUS_M * Math.PI, 3);
    expect(greatCircleMeters(39.91, 116.31, 39.91, 116.31)).toBe(0);
    // The two 必胜客 of the sample are nearly 2 km apart.
    const d = greatCircleMeters(39.932081, 116.317257, 39.914979, 116.314268);
    expect(d).toBeGreaterThan(1800);
    expect(d).toBeLessThan(2000);
  });

  it('matches published reference values of the GCJ-02 and BD-09 transforms', () => {
    const bd = gcj02ToBd09(39.915, 116.404);
    expect(bd.lng).toBeCloseTo(116.41036949371029, 9);
    expect(bd.lat).toBeCloseTo(39.92133699351021, 9);
    const gcj = wgs84ToGcj02(39.915, 116.404);
    expect(gcj.lng).toBeCloseTo(116.41024449916938, 9);
    expect(gcj.lat).toBeCloseTo(39.91640428150164, 9);
    // Beijing railway station, GCJ-02 (39.90245, 116.42703) and BD-09 (39.90851, 116.43351).
    const station = bd09ToGcj02(39.90851, 116.43351);
    expect(greatCircleMeters(station.lat, station.lng, 39.90245, 116.42703)).toBeLessThan(2);
  });

  it('inverts GCJ-02 and BD-09 to within half a metre', () => {
    for (const [lat, lng] of [
      [39.918588, 116.310432],
      [31.2304, 121.4737],
      [22.5431, 114.0579],
      [45.75, 126.65],
    ] as const) {
      const g = wgs84ToGcj02(lat, lng);
      const back = gcj02ToWgs84(g.lat, g.lng);
      expect(greatCircleMeters(lat, lng, back.lat, back.lng)).toBeLessThan(0.5);
      const b = gcj02ToBd09(g.lat, g.lng);
      const w = bd09ToWgs84(b.lat, b.lng);
      expect(greatCircleMeters(lat, lng, w.lat, w.lng)).toBeLessThan(0.5);
      const viaToWgs = toWgs84(b.lat, b.lng, 'bd09');
      expect(viaToWgs).toEqual(w);
      // The obfuscation itself is hundreds of metres: not converting would break the 200 m rule.
      expect(greatCircleMeters(lat, lng, b.lat, b.lng)).toBeGreaterThan(300);
    }
  });

  it('leaves coordinates outside mainland China as they are in GCJ-02', () => {
    expect(wgs84ToGcj02(48.8566, 2.3522)).toEqual({ lat: 48.8566, lng: 2.3522 });
    expect(gcj02ToWgs84(35.6762, 139.6503)).toEqual({ lat: 35.6762, lng: 139.6503 });
    expect(toWgs84(-33.8688, 151.2093, 'gcj02')).toEqual({ lat: -33.8688, lng: 151.2093 });
    expect(toWgs84(39.9, 116.3, 'wgs84')).toEqual({ lat: 39.9, lng: 116.3 });
  });
});
