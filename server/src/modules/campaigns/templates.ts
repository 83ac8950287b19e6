/**
 * Ready-made campaigns HQ starts from. The texts are in both languages: the editor fills in the
 * one of the user's locale, and what is launched is what HQ last saw and edited.
 */
export const TEMPLATES = [
  {
    key: 'price_disadvantage',
    name: { zh: '价格劣势跟进', en: 'Price disadvantage follow-up' },
    target: 'leads' as const,
    leadFilter: { tag: 'price_disadvantage' },
    dealFilter: null,
    task: {
      kind: 'price_match',
      dueInDays: 7,
      title: { zh: '竞对价格更低：跟进商户调价', en: 'Competitor is cheaper: get the merchant to match' },
      instructions: {
        zh: '竞对平台同款团购价格低于我方。请拜访或致电商户：1) 争取调至不高于竞对的价格；2) 或谈一个我方独家的套餐（更多菜品、更长有效期）。反馈商户的答复，必要时附上价目照片；商户拒绝且影响较大时请上报总部。',
        en: 'A competing platform sells the same deal cheaper. Visit or call the merchant: 1) get the price matched (no higher than the competitor), or 2) agree an exclusive offer with us (more items, a longer validity). Report the answer, with a photo of the price board if useful; escalate to HQ when the merchant refuses and it matters.',
      },
    },
  },
  {
    key: 'competitor_online',
    name: { zh: '竞对已上线商户回访', en: 'Merchants live on a competitor' },
    target: 'leads' as const,
    leadFilter: { tag: 'competitor_online' },
    dealFilter: null,
    task: {
      kind: 'visit',
      dueInDays: 14,
      title: { zh: '商户已在竞对上线：上门拜访', en: 'Merchant is live on a competitor: visit' },
      instructions: {
        zh: '了解商户在竞对的合作条件，介绍我方优势，争取签约或上新团购。反馈拜访结果。',
        en: 'Learn what the competitor offers the merchant, present our strengths, and aim for a contract or a new deal. Report the outcome.',
      },
    },
  },
  {
    key: 'refresh_online_deals',
    name: { zh: '在线团购焕新', en: 'Refresh online deals' },
    target: 'deals' as const,
    leadFilter: null,
    dealFilter: { status: 'online' },
    task: {
      kind: 'deal_refresh',
      dueInDays: 10,
      title: { zh: '检查并焕新在线团购', en: 'Check and refresh the online deals' },
      instructions: {
        zh: '核对团购内容、价格与有效期是否仍然合适，必要时与商户商定新团购。',
        en: 'Check that the deal’s items, price and validity still fit; agree a new deal with the merchant where needed.',
      },
    },
  },
];
