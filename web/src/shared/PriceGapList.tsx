import { useTranslation } from 'react-i18next';
import type { Task } from '../api/types.ts';
import { formatMoney } from '../lib/money.ts';
import { useLanguage } from './use-language.ts';

type Gap = NonNullable<NonNullable<Task['context']>['priceGaps']>[number];

/**
 * A price task's reason in a line per gap: who sells what for how much, what ours costs, and what
 * to do about it. Plain elements so that the desktop and the phone both show it.
 */
export function PriceGapList({ gaps, compact }: { gaps: Gap[] | undefined; compact?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!gaps || gaps.length === 0) return null;
  const money = (amount: number) => formatMoney(amount, language);
  return (
    <div
      data-testid="price-gaps"
      style={{
        background: '#fff7e6',
        border: '1px solid #ffd591',
        borderRadius: 6,
        padding: compact ? '4px 8px' : '8px 12px',
        fontSize: compact ? 12 : 14,
      }}
    >
      {!compact && <div style={{ color: '#ad6800', fontWeight: 600 }}>{t('campaigns.gap.title')}</div>}
      {gaps.map((g) => (
        <div key={`${g.platform}-${g.ourDealId}-${g.theirTitle}`} data-testid="price-gap">
          <span translate="no">{g.platform}</span> · <span translate="no">{g.theirTitle}</span>{' '}
          <b translate="no">{money(g.theirPrice)}</b>
          {t('campaigns.gap.versus')}
          <span translate="no">{g.ourTitle}</span> <b translate="no">{money(g.ourPrice)}</b>
          {t('campaigns.gap.dearer', { amount: money(g.gap) })}
          <div data-testid="price-gap-strategy" data-strategy={g.strategy} style={{ color: '#ad4e00' }}>
            {t('campaigns.gap.suggest')}
            {g.strategy === 'match_price'
              ? t('campaigns.gap.strategy.match_price', { price: money(g.theirPrice) })
              : t('campaigns.gap.strategy.exclusive_offer')}
          </div>
        </div>
      ))}
    </div>
  );
}
