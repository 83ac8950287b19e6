import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeadEvent } from '../../../api/types.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';

/** What HQ changed when it answered an escalation: the deal repriced (from → to) or taken offline. */
export function InterventionDetail({ event }: { event: LeadEvent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (event.kind !== 'hq_intervened') return null;
  const d = event.detail as { action?: string; dealTitle?: string; before?: string; after?: string };
  const title = d.dealTitle ?? '';
  if (d.action === 'reprice')
    return (
      <Typography.Text type="secondary" data-testid="intervention-detail" translate="no">
        {t('campaigns.intervention.reprice', {
          title,
          before: formatMoney(Number(d.before), language),
          after: formatMoney(Number(d.after), language),
        })}
      </Typography.Text>
    );
  if (d.action === 'take_offline')
    return (
      <Typography.Text type="secondary" data-testid="intervention-detail" translate="no">
        {t('campaigns.intervention.take_offline', { title })}
      </Typography.Text>
    );
  return null;
}
