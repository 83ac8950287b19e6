import { Alert, Empty, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Deal, DealHistoryEntry } from '../../../api/types.ts';
import { formatDate, formatDateTime } from '../../../i18n/index.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { useUsers } from '../../lookups.ts';
import { DEAL_STATUS_COLORS, discountPercent, isDealStatus } from './deal-rules.ts';
import { useChecklist } from './queries.ts';

export const dealDay = (iso: string) => formatDate(`${iso}T00:00:00`);

export function DealStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!isDealStatus(status)) return <Tag>{status}</Tag>;
  return (
    <Tag color={DEAL_STATUS_COLORS[status]} data-status={status} data-testid="deal-status">
      {t(`pipeline.deal.statuses.${status}`)}
    </Tag>
  );
}

/** "¥198 / ¥298" with the discount beneath, as lists show a price. */
export function DealPrice({ deal }: { deal: Pick<Deal, 'dealPrice' | 'listPrice'> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const off = discountPercent(deal.listPrice, deal.dealPrice);
  return (
    <Space orientation="vertical" size={0} style={{ textAlign: 'right' }}>
      <span>
        <strong>{formatMoney(deal.dealPrice, language)}</strong>{' '}
        <Typography.Text type="secondary" delete>
          {formatMoney(deal.listPrice, language)}
        </Typography.Text>
      </span>
      <Typography.Text type={off === null ? 'secondary' : 'danger'} style={{ fontSize: 12 }}>
        {off === null ? t('deals.noDiscount') : t('deals.off', { off })}
      </Typography.Text>
    </Space>
  );
}

/** The set menu lines with their subtotals. */
export function DealItems({ items }: { items: Deal['items'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table
      rowKey={(_, index) => String(index)}
      size="small"
      pagination={false}
      dataSource={items}
      data-testid="deal-items"
      columns={[
        {
          title: t('deals.field.itemName'),
          key: 'name',
          render: (_, item) => <span translate="no">{item.name}</span>,
        },
        {
          title: t('deals.field.quantity'),
          key: 'quantity',
          align: 'right',
          render: (_, item) => item.quantity,
        },
        {
          title: t('deals.field.itemPrice'),
          key: 'price',
          align: 'right',
          render: (_, item) => (item.price === undefined ? '—' : formatMoney(item.price, language)),
        },
        {
          title: t('deals.field.subtotal'),
          key: 'subtotal',
          align: 'right',
          render: (_, item) =>
            item.price === undefined
              ? '—'
              : formatMoney((Math.round(item.price * 100) * item.quantity) / 100, language),
        },
      ]}
    />
  );
}

/** Why the audit sent the deal back: the checklist labels and the reviewer's comment. */
export function RejectionNotice({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const checklist = useChecklist();
  if (deal.rejectionReasons.length === 0) return null;
  if (deal.status !== 'rejected' && deal.status !== 'draft') return null;
  return (
    <Alert
      type={deal.status === 'rejected' ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="deal-rejection"
      title={deal.status === 'rejected' ? t('deals.rejection.title') : t('deals.rejection.titleDraft')}
      description={
        <div>
          <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {deal.rejectionReasons.map((code) => (
              <li key={code}>{checklist.label(code)}</li>
            ))}
          </ul>
          {deal.rejectionComment && (
            <div className="pre-wrap" translate="no">
              {deal.rejectionComment}
            </div>
          )}
        </div>
      }
    />
  );
}

/** Every step of the deal, the latest first: who, when, from which status, with reasons and comment. */
export function DealHistory({ history }: { history: DealHistoryEntry[] }) {
  const { t } = useTranslation();
  const checklist = useChecklist();
  const { users } = useUsers();
  if (history.length === 0) return <Empty description={t('deals.history.none')} />;
  // The history keeps the actor's username; people the viewer can see are shown by name.
  const actor = (entry: DealHistoryEntry) =>
    entry.actorKind === 'system'
      ? t('deals.history.system')
      : (users.find((user) => user.id === entry.actorId)?.displayName ?? entry.actorName);
  const actionLabel = (action: string) =>
    action in ACTION_COLORS ? t(`deals.history.actions.${action as keyof typeof ACTION_COLORS}`) : action;
  return (
    <Timeline
      data-testid="deal-history"
      items={[...history].reverse().map((entry, index) => ({
        key: `${entry.at}-${index}`,
        color: ACTION_COLORS[entry.action as keyof typeof ACTION_COLORS] ?? 'gray',
        content: (
          <div data-testid="deal-history-entry" data-action={entry.action}>
            <Space size={8} wrap>
              <strong>{actionLabel(entry.action)}</strong>
              <span translate="no">{actor(entry)}</span>
              <Typography.Text type="secondary">{formatDateTime(entry.at)}</Typography.Text>
            </Space>
            {entry.reasons.length > 0 && (
              <div>
                {entry.reasons.map((code) => (
                  <Tag key={code} color="red">
                    {checklist.label(code)}
                  </Tag>
                ))}
              </div>
            )}
            {entry.comment && (
              <div className="approval-comment pre-wrap" translate="no">
                {entry.comment}
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}

const ACTION_COLORS = {
  created: 'blue',
  revised: 'blue',
  submitted: 'blue',
  approved: 'green',
  rejected: 'red',
  offline: 'gray',
  expired: 'gray',
};
