/**
 * The audit checklist: the reasons a reviewer may give for sending a deal back. Codes are stable
 * (clients translate them); `other` needs a comment that says what is wrong.
 */
export const DEAL_CHECKLIST = [
  {
    code: 'price_not_below_list',
    labelZh: '团购价未低于门市价',
    labelEn: 'The deal price is not below the list price',
  },
  { code: 'missing_images', labelZh: '缺少图片或图片不合格', labelEn: 'Images are missing or unusable' },
  { code: 'invalid_validity', labelZh: '有效期不合理', labelEn: 'The validity period is wrong' },
  { code: 'misleading_title', labelZh: '标题夸大或误导', labelEn: 'The title is misleading' },
  {
    code: 'items_incomplete',
    labelZh: '套餐内容不完整或与价格不符',
    labelEn: 'The items are incomplete or do not match the price',
  },
  { code: 'other', labelZh: '其他（请在备注中说明）', labelEn: 'Other (say what in the comment)' },
] as const;

export type ReasonCode = (typeof DEAL_CHECKLIST)[number]['code'];

export const REASON_CODES: readonly ReasonCode[] = DEAL_CHECKLIST.map((r) => r.code);

/**
 * What the server checks by itself when a deal is submitted: the reviewer never sees a deal that
 * sells above its list price or whose validity has already ended.
 */
export function selfCheck(
  deal: { list_price: string; deal_price: string; valid_to: string },
  today: string,
): ReasonCode[] {
  const failed: ReasonCode[] = [];
  if (Number(deal.deal_price) > Number(deal.list_price)) failed.push('price_not_below_list');
  if (deal.valid_to < today) failed.push('invalid_validity');
  return failed;
}
