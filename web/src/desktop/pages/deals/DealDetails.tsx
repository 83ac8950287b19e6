import { Descriptions, type DescriptionsProps, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Deal } from '../../../api/types.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { attrText } from '../../components/CustomFields.tsx';
import { useCities, useFields, useUsers } from '../../lookups.ts';
import { useMerchant } from '../contracts/ContractDetails.tsx';
import { DealItems, DealStatusTag, dealDay } from './DealParts.tsx';
import { discountPercent } from './deal-rules.ts';

/** What a deal offers: merchant, prices and discount, group size, validity, contract, custom fields. */
export function DealDetails({ deal, column = 2 }: { deal: Deal; column?: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const users = useUsers();
  const cities = useCities();
  const fields = useFields('deal');
  const merchant = useMerchant(deal.leadId).data;
  const contract = merchant?.contracts.find((c) => c.id === deal.contractId);
  const off = discountPercent(deal.listPrice, deal.dealPrice);
  const when = (label: string, iso: string | null, key: string) =>
    iso ? [{ key, label, children: formatDateTime(iso) }] : [];

  const items: DescriptionsProps['items'] = [
    {
      key: 'merchant',
      label: t('deals.field.merchant'),
      children: (
        <Link to={`/leads/${deal.leadId}`} translate="no" data-testid="deal-merchant">
          {deal.leadName}
        </Link>
      ),
    },
    { key: 'status', label: t('deals.field.status'), children: <DealStatusTag status={deal.status} /> },
    {
      key: 'prices',
      label: `${t('deals.field.dealPrice')} / ${t('deals.field.listPrice')}`,
      children: (
        <Space size={8}>
          <strong data-testid="deal-price">{formatMoney(deal.dealPrice, language)}</strong>
          <Typography.Text type="secondary" delete>
            {formatMoney(deal.listPrice, language)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'discount',
      label: t('deals.field.discount'),
      children:
        off === null ? (
          t('deals.noDiscount')
        ) : (
          <Typography.Text type="danger">{t('deals.off', { off })}</Typography.Text>
        ),
    },
    { key: 'group', label: t('deals.field.minGroupSize'), children: deal.minGroupSize },
    {
      key: 'validity',
      label: t('deals.field.validity'),
      children: `${dealDay(deal.validFrom)} – ${dealDay(deal.validTo)}`,
    },
    // A rep cannot read the city units above their team: no row rather than a dash.
    ...(cities.cities.some((city) => city.id === deal.cityId)
      ? [
          {
            key: 'city',
            label: t('deals.field.city'),
            children: <span translate="no">{cities.nameOf(deal.cityId)}</span>,
          },
        ]
      : []),
    {
      key: 'category',
      label: t('deals.field.category'),
      children: <span translate="no">{deal.category ?? '—'}</span>,
    },
    {
      key: 'contract',
      label: t('deals.field.contract'),
      children: deal.contractId ? (
        <Link to={`/contracts/${deal.contractId}`} translate="no">
          {contract?.title ?? `#${deal.contractId}`}
        </Link>
      ) : (
        '—'
      ),
    },
    {
      key: 'owner',
      label: t('deals.field.owner'),
      children: <span translate="no">{users.nameOf(deal.ownerId)}</span>,
    },
    { key: 'sales', label: t('deals.field.sales'), children: deal.salesCount },
    ...when(t('deals.field.submittedAt'), deal.submittedAt, 'submitted'),
    ...when(t('deals.field.auditedAt'), deal.auditedAt, 'audited'),
    ...when(t('deals.field.onlineAt'), deal.onlineAt, 'online'),
    ...when(t('deals.field.offlineAt'), deal.offlineAt, 'offline'),
    ...(deal.offlineReason
      ? [
          {
            key: 'offlineReason',
            label: t('deals.field.offlineReason'),
            children: <span translate="no">{deal.offlineReason}</span>,
          },
        ]
      : []),
    ...fields.fields.map((field) => ({
      key: `attr-${field.key}`,
      label: fields.label(field),
      children: (
        <span translate="no">
          {attrText(field, deal.attrs[field.key], fields.label, (yes) =>
            yes ? t('deals.form.yes') : t('deals.form.no'),
          )}
        </span>
      ),
    })),
    { key: 'updated', label: t('deals.field.updatedAt'), children: formatDateTime(deal.updatedAt) },
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions bordered size="middle" column={column} items={items} data-testid="deal-details" />
      <div>
        <Typography.Title level={5}>{t('deals.page.items')}</Typography.Title>
        <DealItems items={deal.items} />
      </div>
    </Space>
  );
}
