/**
 * Word lists from which store names are assembled the way Chinese merchants name their shops:
 * [style prefix] + [字号, the shop's own two-character name] + [core: what it sells] + (branch).
 *
 * Lists must stay free of overlaps that would let two different part combinations spell the same
 * name (for instance a 字号 ending in 老 before the core 火锅 versus the core 老火锅); the store tests
 * check uniqueness over large generations, so an unlucky addition shows up there.
 */

export const STORE_CATEGORIES = [
  { key: 'restaurant', zh: '餐厅', en: 'Restaurant', food: true },
  { key: 'hotpot', zh: '火锅', en: 'Hotpot', food: true },
  { key: 'bbq', zh: '烧烤', en: 'Barbecue', food: true },
  { key: 'fast_food', zh: '快餐小吃', en: 'Fast food & snacks', food: true },
  { key: 'cafe', zh: '咖啡', en: 'Café', food: true },
  { key: 'bakery', zh: '面包甜点', en: 'Bakery', food: true },
  { key: 'tea', zh: '奶茶饮品', en: 'Tea & drinks', food: true },
  { key: 'hotel', zh: '酒店', en: 'Hotel', food: false },
  { key: 'ktv', zh: 'KTV', en: 'KTV', food: false },
  { key: 'beauty', zh: '美容美发', en: 'Beauty & hair', food: false },
  { key: 'fitness', zh: '健身', en: 'Fitness', food: false },
  { key: 'supermarket', zh: '超市便利', en: 'Supermarket', food: false },
] as const;

export type StoreCategoryKey = (typeof STORE_CATEGORIES)[number]['key'];

export const CUISINES = [
  'sichuan',
  'cantonese',
  'hunan',
  'beijing',
  'hotpot',
  'bbq',
  'western',
  'japanese',
  'fast_food',
  'snacks',
  'other',
] as const;

export type Cuisine = (typeof CUISINES)[number];

/** Relative frequency of each kind of business on a busy Chinese street, independents only. */
export const CATEGORY_SHARE: Record<StoreCategoryKey, number> = {
  restaurant: 24,
  fast_food: 15,
  hotpot: 7,
  bbq: 6,
  cafe: 5,
  bakery: 4,
  tea: 8,
  hotel: 6,
  ktv: 2,
  beauty: 11,
  fitness: 4,
  supermarket: 8,
};

/**
 * Prefix groups say which regional or style words fit in front of a core: 川味 goes before 麻辣烫,
 * never before 烤鸭店. `city` stands for the store's own city (北京快捷酒店).
 */
export type PrefixStyle =
  | 'beijing'
  | 'sichuan'
  | 'hunan'
  | 'cantonese'
  | 'japanese'
  | 'northeast'
  | 'northwest'
  | 'bbq'
  | 'street'
  | 'city'
  | 'none';

export const PREFIXES: Record<PrefixStyle, readonly string[]> = {
  beijing: ['老北京', '京味', '胡同', '四九城'],
  sichuan: ['川味', '蜀香', '巴蜀', '重庆', '成都'],
  hunan: ['湘里', '湘味', '湖南', '湘西'],
  cantonese: ['港式', '粤式', '潮汕', '广式'],
  japanese: ['日式', '和风'],
  northeast: ['东北', '老东北'],
  northwest: ['兰州', '西北', '陕西'],
  bbq: ['东北', '锦州', '新疆', '淄博'],
  street: ['老街', '巷口', '街坊'],
  city: [], // filled in per store with the city's own name
  none: [],
};

export interface Core {
  word: string;
  cuisine: Cuisine | null;
  style: PrefixStyle;
  /** Typical spend per person in yuan (per night for hotels); absent where shoppers don't think so. */
  spend: readonly [number, number] | null;
  weight: number;
}

type CoreRow = [
  word: string,
  cuisine: Cuisine | null,
  style: PrefixStyle,
  min: number,
  max: number,
  weight: number,
];

const rows = (list: CoreRow[]): Core[] =>
  list.map(([word, cuisine, style, min, max, weight]) => ({
    word,
    cuisine,
    style,
    spend: max > 0 ? ([min, max] as const) : null,
    weight,
  }));

export const CORES: Record<StoreCategoryKey, readonly Core[]> = {
  restaurant: rows([
    ['烤鸭店', 'beijing', 'beijing', 100, 220, 3],
    ['京味菜', 'beijing', 'beijing', 60, 120, 2],
    ['家常菜', 'other', 'street', 40, 80, 4],
    ['私房菜', 'other', 'street', 80, 160, 2],
    ['川菜馆', 'sichuan', 'sichuan', 50, 100, 4],
    ['水煮鱼', 'sichuan', 'sichuan', 60, 110, 2],
    ['湘菜馆', 'hunan', 'hunan', 50, 100, 3],
    ['剁椒鱼头', 'hunan', 'hunan', 60, 120, 1],
    ['茶餐厅', 'cantonese', 'cantonese', 40, 80, 2],
    ['粤菜馆', 'cantonese', 'cantonese', 80, 180, 1],
    ['烧腊', 'cantonese', 'cantonese', 30, 60, 1],
    ['日料', 'japanese', 'japanese', 100, 250, 2],
    ['寿司', 'japanese', 'japanese', 60, 150, 1],
    ['西餐厅', 'western', 'none', 90, 200, 2],
    ['牛排馆', 'western', 'none', 120, 260, 1],
    ['饺子馆', 'other', 'northeast', 30, 60, 3],
    ['酒家', 'other', 'none', 70, 150, 2],
    ['饭庄', 'other', 'none', 60, 120, 2],
    ['食府', 'other', 'none', 60, 130, 1],
    ['酒楼', 'other', 'none', 80, 180, 1],
    ['鱼头泡饼', 'other', 'street', 60, 100, 1],
  ]),
  fast_food: rows([
    ['炸酱面', 'beijing', 'beijing', 20, 40, 3],
    ['卤煮', 'beijing', 'beijing', 25, 40, 1],
    ['麻辣烫', 'snacks', 'sichuan', 20, 35, 4],
    ['牛肉面', 'fast_food', 'northwest', 18, 35, 3],
    ['黄焖鸡米饭', 'fast_food', 'street', 20, 32, 3],
    ['快餐', 'fast_food', 'street', 18, 30, 3],
    ['盖浇饭', 'fast_food', 'street', 18, 30, 2],
    ['包子铺', 'snacks', 'street', 10, 25, 2],
    ['煎饼果子', 'snacks', 'street', 8, 15, 2],
    ['米线', 'snacks', 'street', 18, 30, 2],
    ['肉夹馍', 'snacks', 'northwest', 12, 25, 2],
    ['凉皮', 'snacks', 'northwest', 10, 20, 1],
    ['汉堡', 'fast_food', 'none', 20, 40, 1],
  ]),
  hotpot: rows([
    ['火锅', 'hotpot', 'sichuan', 70, 140, 5],
    ['铜锅涮肉', 'hotpot', 'beijing', 70, 130, 3],
    ['串串香', 'hotpot', 'sichuan', 50, 90, 3],
    ['牛肉火锅', 'hotpot', 'cantonese', 80, 140, 2],
    ['羊蝎子', 'hotpot', 'beijing', 60, 110, 1],
  ]),
  bbq: rows([
    ['烧烤', 'bbq', 'bbq', 60, 120, 5],
    ['烤串', 'bbq', 'bbq', 50, 100, 3],
    ['烤肉', 'bbq', 'northeast', 70, 130, 3],
    ['烤鱼', 'sichuan', 'sichuan', 60, 110, 2],
  ]),
  cafe: rows([
    ['咖啡', 'western', 'none', 25, 45, 4],
    ['咖啡馆', 'western', 'none', 30, 50, 2],
    ['咖啡屋', 'western', 'none', 25, 40, 1],
  ]),
  bakery: rows([
    ['面包房', 'western', 'none', 15, 35, 3],
    ['烘焙', 'western', 'none', 20, 40, 3],
    ['蛋糕店', 'western', 'none', 25, 60, 2],
    ['西点', 'western', 'none', 15, 35, 1],
  ]),
  tea: rows([
    ['奶茶', 'other', 'none', 12, 22, 4],
    ['茶饮', 'other', 'none', 15, 25, 2],
    ['鲜果茶', 'other', 'none', 15, 25, 1],
    ['茶铺', 'other', 'none', 15, 30, 1],
  ]),
  hotel: rows([
    ['酒店', null, 'city', 250, 600, 3],
    ['快捷酒店', null, 'city', 150, 260, 3],
    ['宾馆', null, 'city', 120, 220, 2],
    ['商务酒店', null, 'city', 200, 400, 2],
    ['精品酒店', null, 'city', 300, 700, 1],
  ]),
  ktv: rows([
    ['KTV', null, 'none', 60, 150, 3],
    ['量贩KTV', null, 'city', 60, 120, 2],
    ['歌城', null, 'none', 70, 150, 1],
  ]),
  beauty: rows([
    ['美发', null, 'none', 40, 120, 4],
    ['美容美发', null, 'none', 60, 200, 2],
    ['美甲', null, 'none', 80, 200, 2],
    ['造型', null, 'none', 50, 150, 2],
    ['美容院', null, 'none', 150, 400, 1],
  ]),
  fitness: rows([
    ['健身', null, 'none', 50, 120, 3],
    ['健身房', null, 'none', 50, 100, 2],
    ['瑜伽馆', null, 'none', 80, 150, 2],
    ['健身中心', null, 'none', 60, 120, 1],
  ]),
  supermarket: rows([
    ['超市', null, 'none', 0, 0, 3],
    ['便利店', null, 'none', 0, 0, 4],
    ['生鲜超市', null, 'none', 0, 0, 2],
    ['果蔬店', null, 'none', 0, 0, 1],
  ]),
};

/**
 * First and second characters of a 字号 (聚福, 鑫源, 顺香); the two sets share no character. The
 * first SHOP_NAME_NEUTRAL second characters suit any business; the rest (园, 阁, 香…) only eateries.
 */
export const SHOP_NAME_FIRST = [
  ...'聚福顺兴鑫德盛和祥瑞嘉悦荣旺泰同仁安乐喜金华新康宏鸿明天君星锦汇恒永万满佳益合昌裕富春云百',
];
export const SHOP_NAME_SECOND = [
  ...('源缘来达隆丰林海亨升发利成禧都雅尚辉晟通翔' + '园轩阁居坊斋苑府堂楼庄香味鲜宴家湾'),
];
export const SHOP_NAME_NEUTRAL = 21;

/** Family-run eateries are named after the owner: 王记, 老张家, 刘姐. */
export const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶潘杜戴夏钟汪田任姜范方石姚谭廖邹熊陆郝孔白崔',
];
export const SURNAME_STYLES = ['{}记', '老{}家', '{}姐'] as const;

const PAIRS = SHOP_NAME_FIRST.length * SHOP_NAME_SECOND.length;
/** How many 字号 shopName can spell for any trade, and for eateries (which may also be 园, 阁, 王记…). */
export const SHOP_NAMES_ANY_TRADE = SHOP_NAME_FIRST.length * SHOP_NAME_NEUTRAL;
export const SHOP_NAMES_EATERY = PAIRS + SURNAMES.length * SURNAME_STYLES.length;

/** The index-th 字号. Pairs come second-character-major, so the first ones suit a hotel or a gym too. */
export function shopName(index: number): string {
  if (index < PAIRS) {
    const first = SHOP_NAME_FIRST[index % SHOP_NAME_FIRST.length]!;
    return first + SHOP_NAME_SECOND[Math.floor(index / SHOP_NAME_FIRST.length)]!;
  }
  const family = index - PAIRS;
  const style = SURNAME_STYLES[Math.floor(family / SURNAMES.length)]!;
  return style.replace('{}', SURNAMES[family % SURNAMES.length]!);
}

export const MOBILE_PREFIXES =
  '130 131 132 135 136 137 138 139 150 151 152 155 156 158 159 166 176 177 180 181 185 186 187 188 189 199'.split(
    ' ',
  );
export const FLOORS = ['B1', 'F1', 'F2', 'F3', 'F4', 'F5', '1层', '2层', '3层', '4层'];

export interface Chain {
  name: string;
  category: StoreCategoryKey;
  cuisine: Cuisine | null;
  spend: readonly [number, number] | null;
  /** Relative number of branches. */
  weight: number;
  /** Fast-food chains call their branches 餐厅: 麦当劳(航天桥餐厅). */
  branchWord: '店' | '餐厅';
}

const chain = (
  name: string,
  category: StoreCategoryKey,
  cuisine: Cuisine | null,
  spend: [number, number] | null,
  weight: number,
  branchWord: '店' | '餐厅' = '店',
): Chain => ({ name, category, cuisine, spend, weight, branchWord });

/**
 * The first ten are real nationwide chains, which any real city is full of; the rest are invented so
 * that the demo does not put words in the mouth of real companies.
 */
export const CHAINS: readonly Chain[] = [
  chain('肯德基', 'fast_food', 'fast_food', [30, 45], 10, '餐厅'),
  chain('麦当劳', 'fast_food', 'fast_food', [28, 40], 9, '餐厅'),
  chain('必胜客', 'restaurant', 'western', [70, 100], 5, '餐厅'),
  chain('海底捞火锅', 'hotpot', 'hotpot', [110, 150], 3),
  chain('呷哺呷哺', 'hotpot', 'hotpot', [55, 80], 4),
  chain('西贝莜面村', 'restaurant', 'other', [80, 110], 3),
  chain('庆丰包子铺', 'fast_food', 'beijing', [18, 30], 4),
  chain('瑞幸咖啡', 'cafe', 'western', [15, 25], 8),
  chain('蜜雪冰城', 'tea', 'other', [8, 15], 7),
  chain('如家酒店', 'hotel', null, [200, 350], 3),
  chain('牛犇犇火锅', 'hotpot', 'hotpot', [80, 120], 2),
  chain('串门儿烧烤', 'bbq', 'bbq', [60, 100], 2),
  chain('湘遇小馆', 'restaurant', 'hunan', [50, 90], 2),
  chain('粤来粤好茶餐厅', 'restaurant', 'cantonese', [45, 80], 2),
  chain('面面俱到牛肉面', 'fast_food', 'fast_food', [20, 35], 3),
  chain('麦田时光烘焙', 'bakery', 'western', [20, 40], 3),
  chain('茶小满', 'tea', 'other', [12, 20], 4),
  chain('悦途酒店', 'hotel', null, [180, 300], 2),
  chain('声乐汇KTV', 'ktv', null, [70, 130], 2),
  chain('剪艺造型', 'beauty', null, [50, 150], 3),
  chain('力行健身', 'fitness', null, [60, 120], 2),
  chain('邻家优选便利店', 'supermarket', null, null, 5),
];
