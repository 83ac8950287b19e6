import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/index.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import type { CompetitorStore, Offer, PriceGap } from './types.ts';

const STATUS_COLOR = { matched: 'green', review: 'gold', unmatched: 'default' } as const;
const STRATEGY_COLOR = { match_price: 'blue', exclusive_offer: 'purple' } as const;

export function MatchStatusTag({ store }: { store: Pick<CompetitorStore, 'matchStatus' | 'matchSource'> }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[store.matchStatus]}>
      {t(`competitors.status.${store.matchStatus}`)}
      {store.matchSource ? ` · ${t(`competitors.source.${store.matchSource}`)}` : ''}
    </Tag>
  );
}

export function StrategyTag({ strategy }: { strategy: PriceGap['strategy'] }) {
  const { t } = useTranslation();
  return <Tag color={STRATEGY_COLOR[strategy]}>{t(`competitors.strategy.${strategy}`)}</Tag>;
}

/** A competitor's offers: title, price, monthly sales, when seen. */
export function OfferList({ offers }: { offers: Offer[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (offers.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      {offers.map((o) => (
        <span key={o.id}>
          <span translate="no">{o.title}</span> <b translate="no">{formatMoney(o.price, language)}</b>{' '}
          <Typography.Text type="secondary">
            {o.sales !== null && `${t('competitors.field.sales', { count: o.sales })} · `}
            {t('competitors.field.observedAt', { date: formatDate(o.observedAt) })}
          </Typography.Text>
        </span>
      ))}
    </Space>
  );
}

export const score = (value: number | null) => (value === null ? '—' : value.toFixed(2));
