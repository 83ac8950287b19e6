/**
 * What a new business line starts with. Later modules read these settings (pool rules, stages,
 * custom fields, tags) when they create their own per-tenant rows; the tenant admin changes them.
 */
import type { PoolRules } from '../../modules/pool/rules.ts';

export const TEMPLATE_KEYS = ['groupbuy', 'hotel', 'takeaway'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export interface FieldTemplate {
  key: string;
  labelZh: string;
  labelEn: string;
  type: 'text' | 'number' | 'money' | 'date' | 'bool' | 'enum' | 'multi_enum' | 'phone';
  required?: boolean;
  options?: Array<{ value: string; labelZh: string; labelEn: string }>;
}

export interface StageTemplate {
  key: string;
  labelZh: string;
  labelEn: string;
  probability: number;
  isWon?: boolean;
  isLost?: boolean;
}

/** One step of a contract's approval chain; a step with conditions applies only when one holds. */
export interface ApprovalStep {
  role: 'bd_manager' | 'city_manager' | 'hq' | 'tenant_admin';
  /** The step applies when the commission rate (%) is below this. */
  commissionBelow?: number;
  /** The step applies when the contract amount is above this. */
  amountAbove?: number;
}

const standardApproval: ApprovalStep[] = [
  { role: 'bd_manager' },
  { role: 'city_manager', commissionBelow: 3 },
  { role: 'city_manager', amountAbove: 200_000 },
];

export interface TenantSettings {
  leadKind: 'store' | 'brand';
  /** The tenant's local time zone: daily claim caps count days in it. */
  timezone: string;
  autoApprove: boolean;
  visitCheckinLimitM: number;
  poolRules: PoolRules;
  opportunityStages: StageTemplate[];
  leadFields: FieldTemplate[];
  tags: Array<{ key: string; labelZh: string; labelEn: string }>;
  contractApproval: ApprovalStep[];
  /** A renewal to-do is created this many days before a contract's last day. */
  renewalReminderDays: number;
}

const opt = (value: string, labelZh: string, labelEn: string) => ({ value, labelZh, labelEn });

const standardStages: StageTemplate[] = [
  { key: 'initial_contact', labelZh: '初步接触', labelEn: 'Initial contact', probability: 10 },
  { key: 'needs_confirmed', labelZh: '需求确认', labelEn: 'Needs confirmed', probability: 30 },
  { key: 'proposal', labelZh: '方案报价', labelEn: 'Proposal', probability: 60 },
  { key: 'negotiation', labelZh: '商务谈判', labelEn: 'Negotiation', probability: 80 },
  { key: 'won', labelZh: '赢单', labelEn: 'Won', probability: 100, isWon: true },
  { key: 'lost', labelZh: '输单', labelEn: 'Lost', probability: 0, isLost: true },
];

const standardTags = [
  { key: 'top_merchant', labelZh: '头部商家', labelEn: 'Top merchant' },
  { key: 'competitor_online', labelZh: '竞对在线', labelEn: 'Online at a competitor' },
  { key: 'price_disadvantage', labelZh: '价格劣势', labelEn: 'Price disadvantage' },
  { key: 'chain', labelZh: '连锁', labelEn: 'Chain' },
];

const cuisine: FieldTemplate = {
  key: 'cuisine',
  labelZh: '菜系',
  labelEn: 'Cuisine',
  type: 'enum',
  options: [
    opt('sichuan', '川菜', 'Sichuan'),
    opt('cantonese', '粤菜', 'Cantonese'),
    opt('hunan', '湘菜', 'Hunan'),
    opt('beijing', '京菜', 'Beijing'),
    opt('hotpot', '火锅', 'Hot pot'),
    opt('bbq', '烧烤', 'Barbecue'),
    opt('western', '西餐', 'Western'),
    opt('japanese', '日料', 'Japanese'),
    opt('fast_food', '快餐', 'Fast food'),
    opt('snacks', '小吃', 'Snacks'),
    opt('other', '其他', 'Other'),
  ],
};

export const TEMPLATES: Record<TemplateKey, { label: string; settings: TenantSettings }> = {
  groupbuy: {
    label: '团购 Group-buy',
    settings: {
      leadKind: 'store',
      timezone: 'Asia/Shanghai',
      autoApprove: false,
      visitCheckinLimitM: 500,
      poolRules: {
        maxPrivate: 200,
        dailyClaimCap: 20,
        termDays: 45,
        noVisitDays: 15,
        noSignDays: 30,
        extendDays: 15,
        maxSelfExtensions: 1,
        reclaimCooldownDays: 7,
        remindBeforeDays: 3,
        exemptTags: ['top_merchant'],
      },
      opportunityStages: standardStages,
      leadFields: [
        cuisine,
        { key: 'avgSpend', labelZh: '人均消费', labelEn: 'Average spend', type: 'money' },
      ],
      tags: standardTags,
      contractApproval: standardApproval,
      renewalReminderDays: 30,
    },
  },
  hotel: {
    label: '酒店 Hotel',
    settings: {
      leadKind: 'store',
      timezone: 'Asia/Shanghai',
      autoApprove: false,
      visitCheckinLimitM: 800,
      poolRules: {
        maxPrivate: 120,
        dailyClaimCap: 10,
        termDays: 60,
        noVisitDays: 20,
        noSignDays: 45,
        extendDays: 20,
        maxSelfExtensions: 1,
        reclaimCooldownDays: 14,
        remindBeforeDays: 5,
        exemptTags: ['top_merchant'],
      },
      opportunityStages: standardStages,
      leadFields: [
        { key: 'roomNights', labelZh: '间夜量', labelEn: 'Room nights per month', type: 'number' },
        { key: 'roomCount', labelZh: '房间数', labelEn: 'Rooms', type: 'number' },
        {
          key: 'starRating',
          labelZh: '星级',
          labelEn: 'Star rating',
          type: 'enum',
          options: [
            opt('budget', '经济型', 'Budget'),
            opt('3', '三星', '3 stars'),
            opt('4', '四星', '4 stars'),
            opt('5', '五星', '5 stars'),
          ],
        },
      ],
      tags: standardTags,
      contractApproval: standardApproval,
      renewalReminderDays: 30,
    },
  },
  takeaway: {
    label: '外卖 Takeaway',
    settings: {
      leadKind: 'store',
      timezone: 'Asia/Shanghai',
      autoApprove: true,
      visitCheckinLimitM: 500,
      poolRules: {
        maxPrivate: 300,
        dailyClaimCap: 30,
        termDays: 30,
        noVisitDays: 10,
        noSignDays: 21,
        extendDays: 10,
        maxSelfExtensions: 1,
        reclaimCooldownDays: 7,
        remindBeforeDays: 2,
        exemptTags: ['top_merchant'],
      },
      opportunityStages: standardStages,
      leadFields: [
        cuisine,
        {
          key: 'deliveryRadiusKm',
          labelZh: '配送半径(公里)',
          labelEn: 'Delivery radius (km)',
          type: 'number',
        },
        { key: 'avgDailyOrders', labelZh: '日均单量', labelEn: 'Average daily orders', type: 'number' },
      ],
      tags: standardTags,
      contractApproval: standardApproval,
      renewalReminderDays: 30,
    },
  },
};
