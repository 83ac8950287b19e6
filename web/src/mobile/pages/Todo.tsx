import { useQuery } from '@tanstack/react-query';
import { DotLoading, List, NavBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client.ts';
import { formatDateTime } from '../../i18n/index.ts';
import { countdown, deadlineReasonText, formatCountdown } from '../../lib/deadline.ts';
import { useNow } from '../../shared/use-now.ts';
import { EmptyState, ErrorState } from '../components/ErrorState.tsx';

const WITHIN_DAYS = 3;

/** What needs the rep's attention: stores about to fall back, then the rest of the private pool. */
export default function Todo() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const now = useNow();
  const expiring = useQuery({
    queryKey: ['expiring', WITHIN_DAYS],
    queryFn: () =>
      call(
        api.GET('/api/v1/pool/expiring', { params: { query: { withinDays: WITHIN_DAYS, scope: 'mine' } } }),
      ),
  });
  const mine = useQuery({
    queryKey: ['my-leads'],
    queryFn: () =>
      call(api.GET('/api/v1/leads', { params: { query: { scope: 'mine', status: 'private', limit: 200 } } })),
  });
  const expiringIds = new Set(expiring.data?.items.map((item) => item.leadId));
  const rest = (mine.data?.items ?? [])
    .filter((lead) => !expiringIds.has(lead.id) && lead.deadlineAt)
    .sort((a, b) => Date.parse(a.deadlineAt!) - Date.parse(b.deadlineAt!));

  return (
    <div>
      <NavBar back={null}>{t('mobile.todo.title')}</NavBar>
      <List header={t('mobile.todo.expiring', { days: WITHIN_DAYS })}>
        {expiring.isPending && (
          <List.Item>
            <DotLoading color="primary" />
          </List.Item>
        )}
        {expiring.isError && <ErrorState error={expiring.error} onRetry={() => void expiring.refetch()} />}
        {expiring.data?.items.length === 0 && <EmptyState text={t('mobile.todo.empty')} />}
        {expiring.data?.items.map((item) => (
          <List.Item
            key={item.leadId}
            data-testid="expiring-item"
            onClick={() => navigate(`/leads/${item.leadId}`)}
            description={deadlineReasonText(item.deadlineReason, t)}
            extra={
              <span className={`urgency-${countdown(item.deadlineAt, now).urgency}`}>
                {formatCountdown(item.deadlineAt, now, t)}
              </span>
            }
          >
            <span translate="no">{item.name}</span>
          </List.Item>
        ))}
      </List>
      <List header={t('mobile.todo.followUps')}>
        {mine.isError && <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />}
        {rest.map((lead) => (
          <List.Item
            key={lead.id}
            onClick={() => navigate(`/leads/${lead.id}`)}
            description={formatDateTime(lead.deadlineAt)}
            extra={formatCountdown(lead.deadlineAt!, now, t)}
          >
            <span translate="no">{lead.name}</span>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
