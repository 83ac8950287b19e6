import { useQuery } from '@tanstack/react-query';
import { Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import type { ContractSummary } from '../../../api/types.ts';
import { formatDate, formatDateTime } from '../../../i18n/index.ts';
import { formatMoney, formatPercent } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { useUsers } from '../../lookups.ts';
import { ContractStatusTag, ContractTypeLabel } from './ContractStatusTag.tsx';

const day = (iso: string) => formatDate(`${iso}T00:00:00`);

/** The merchant of a contract, read once and shared with its page (name, opportunities). */
export function useMerchant(leadId: string | undefined) {
  return useQuery({
    queryKey: ['lead', leadId],
    enabled: leadId !== undefined,
    queryFn: () => call(api.GET('/api/v1/leads/{id}', { params: { path: { id: leadId ?? '' } } })),
  });
}

/** What a contract says: merchant, type, money, term, terms and how it ended. */
export function ContractDetails({ contract, column = 2 }: { contract: ContractSummary; column?: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const users = useUsers();
  const merchant = useMerchant(contract.leadId).data;
  const opportunity = merchant?.opportunities.find((o) => o.id === contract.opportunityId);
  const items: DescriptionsProps['items'] = [
    {
      key: 'merchant',
      label: t('pipeline.contract.merchant'),
      children: (
        <Link to={`/leads/${contract.leadId}`} translate="no" data-testid="contract-merchant">
          {contract.leadName || merchant?.name || `#${contract.leadId}`}
        </Link>
      ),
    },
    {
      key: 'status',
      label: t('pipeline.contract.status'),
      children: <ContractStatusTag status={contract.status} />,
    },
    { key: 'type', label: t('pipeline.contract.type'), children: <ContractTypeLabel type={contract.type} /> },
    {
      key: 'owner',
      label: t('pipeline.contract.owner'),
      children: <span translate="no">{users.nameOf(contract.ownerId)}</span>,
    },
    {
      key: 'amount',
      label: t('pipeline.contract.amount'),
      children: <strong>{formatMoney(contract.amount, language)}</strong>,
    },
    {
      key: 'rate',
      label: t('pipeline.contract.commissionRate'),
      children: formatPercent(contract.commissionRate, language),
    },
    {
      key: 'term',
      label: t('pipeline.contract.term'),
      children: `${day(contract.startOn)} – ${day(contract.endOn)}`,
    },
    {
      key: 'opportunity',
      label: t('pipeline.contract.opportunity'),
      children: contract.opportunityId ? (
        <span translate="no">{opportunity?.title ?? `#${contract.opportunityId}`}</span>
      ) : (
        '—'
      ),
    },
    { key: 'round', label: t('pipeline.contract.round'), children: contract.round },
    {
      key: 'updated',
      label: t('pipeline.contract.updatedAt'),
      children: formatDateTime(contract.updatedAt),
    },
    ...(contract.signedAt
      ? [
          {
            key: 'signed',
            label: t('pipeline.contract.signedAt'),
            children: formatDateTime(contract.signedAt),
          },
        ]
      : []),
    ...(contract.endedAt
      ? [
          { key: 'ended', label: t('pipeline.contract.endedAt'), children: formatDateTime(contract.endedAt) },
          {
            key: 'reason',
            label: t('pipeline.contract.endReason'),
            children: <span translate="no">{contract.endReason}</span>,
          },
        ]
      : []),
    {
      key: 'terms',
      label: t('pipeline.contract.terms'),
      span: column,
      children: contract.terms ? (
        <div className="pre-wrap" translate="no">
          {contract.terms}
        </div>
      ) : (
        '—'
      ),
    },
  ];
  return <Descriptions bordered size="middle" column={column} items={items} />;
}
