import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Select, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { useMe } from '../../../auth/use-me.ts';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { PortfolioTable, SummaryTable } from './PortfolioTable.tsx';

const VIEWS = ['all', 'renewal_due', 'deal_expiring', 'without_contract', 'without_online_deal'] as const;
type View = (typeof VIEWS)[number];
const COUNT_OF: Record<
  View,
  'merchants' | 'renewalsDue' | 'dealsExpiring' | 'withoutContract' | 'withoutOnlineDeal'
> = {
  all: 'merchants',
  renewal_due: 'renewalsDue',
  deal_expiring: 'dealsExpiring',
  without_contract: 'withoutContract',
  without_online_deal: 'withoutOnlineDeal',
};
const WINDOWS = [7, 15, 30, 60, 90];
const OPS_ROLES = new Set(['ops', 'ops_manager']);

/**
 * The ops workbench: an ops person's merchants by what needs doing (renewals, lapsed contracts,
 * deals ending, none online); a manager first sees the team's portfolio sizes and picks a person.
 */
export default function PortfolioPage() {
  const { t } = useTranslation();
  const { can, me, session } = useMe();
  const [params, setParams] = useSearchParams();
  const team = can('ops.team');
  const role = me?.role ?? session?.user.role ?? '';
  const rawView = params.get('view') ?? 'all';
  const view: View = (VIEWS as readonly string[]).includes(rawView) ? (rawView as View) : 'all';
  const within = Number(params.get('within')) || undefined;
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const summary = useQuery({
    queryKey: ['portfolio', 'summary', within],
    enabled: team,
    queryFn: () =>
      call(
        api.GET('/api/v1/ops/portfolio/summary', {
          params: { query: within ? { renewalWithinDays: within } : {} },
        }),
      ),
  });
  const members = summary.data?.members ?? [];
  // An ops person opens their own portfolio; a manager who holds none starts with the first member.
  const fallback = OPS_ROLES.has(role)
    ? undefined
    : (members.find((m) => m.merchants > 0) ?? members[0])?.userId;
  const opsUserId = params.get('opsUserId') ?? fallback;
  const waitsForMember = !OPS_ROLES.has(role) && opsUserId === undefined;
  const pages = useCursorPages(`${opsUserId}|${view}|${within}`);

  const portfolio = useQuery({
    queryKey: ['portfolio', opsUserId, view, within, pages.cursor],
    enabled: !waitsForMember,
    placeholderData: (previous) => previous,
    queryFn: () =>
      call(
        api.GET('/api/v1/ops/portfolio', {
          params: {
            query: {
              view,
              limit: 50,
              ...(opsUserId ? { opsUserId } : {}),
              ...(within ? { renewalWithinDays: within } : {}),
              ...(pages.cursor ? { cursor: pages.cursor } : {}),
            },
          },
        }),
      ),
  });
  const data = portfolio.data;
  const windowDays = data?.renewalWithinDays ?? summary.data?.renewalWithinDays ?? 30;

  return (
    <div>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <h1>{t('ops.portfolio.title')}</h1>
          <Typography.Text type="secondary">{t('ops.portfolio.hint')}</Typography.Text>
        </Space>
        <Space wrap>
          {team && (
            <Select
              style={{ width: 200 }}
              placeholder={t('ops.portfolio.pickMember')}
              aria-label={t('ops.portfolio.member')}
              value={opsUserId}
              onChange={(value: string) => set({ opsUserId: value })}
              options={members.map((m) => ({
                value: m.userId,
                label: <span translate="no">{m.displayName}</span>,
              }))}
            />
          )}
          <Select
            style={{ width: 250 }}
            prefix={t('ops.portfolio.renewalWindow')}
            aria-label={t('ops.portfolio.renewalWindow')}
            value={windowDays}
            onChange={(value: number) => set({ within: String(value) })}
            options={[...new Set([...WINDOWS, windowDays])]
              .sort((a, b) => a - b)
              .map((days) => ({
                value: days,
                label: t('ops.portfolio.withinDays', { count: days }),
              }))}
          />
        </Space>
      </div>
      {team && (
        <Card
          size="small"
          title={t('ops.summary.title')}
          extra={<Typography.Text type="secondary">{t('ops.summary.hint')}</Typography.Text>}
          style={{ marginBottom: 16 }}
        >
          <QueryState query={summary}>
            {(result) => (
              <SummaryTable
                members={result.members}
                selected={opsUserId}
                onSelect={(userId) => set({ opsUserId: userId })}
              />
            )}
          </QueryState>
        </Card>
      )}
      {waitsForMember ? (
        summary.isPending ? null : (
          <Empty description={t('ops.portfolio.pickMember')} />
        )
      ) : (
        <Card size="small">
          {portfolio.isError && (
            <Alert
              type="error"
              showIcon
              title={errorMessage(portfolio.error, t)}
              style={{ marginBottom: 12 }}
            />
          )}
          <Tabs
            activeKey={view}
            onChange={(key) => set({ view: key === 'all' ? undefined : key })}
            tabBarExtraContent={
              data && (
                <Typography.Text type="secondary">
                  {t('ops.portfolio.day', { day: data.day })}
                </Typography.Text>
              )
            }
            items={VIEWS.map((key) => ({
              key,
              label: (
                <span data-testid={`portfolio-view-${key}`}>
                  {t(`ops.portfolio.views.${key}`)}
                  {data ? ` (${data.counts[COUNT_OF[key]]})` : ''}
                </span>
              ),
            }))}
          />
          <PortfolioTable
            items={data?.items ?? []}
            loading={portfolio.isPending || (portfolio.isFetching && portfolio.isPlaceholderData)}
          />
          <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
            <Button onClick={pages.previous} disabled={pages.page === 1}>
              {t('desktop.leads.previous')}
            </Button>
            <Button onClick={() => pages.next(data?.nextCursor)} disabled={!data?.nextCursor}>
              {t('desktop.leads.next')}
            </Button>
          </Space>
        </Card>
      )}
    </div>
  );
}
