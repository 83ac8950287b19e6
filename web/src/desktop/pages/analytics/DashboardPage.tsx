import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Button, Card, Col, DatePicker, Row, Segmented, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { useMe } from '../../../auth/use-me.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { FigureCards, FunnelAndTrend, type Summary } from './DashboardParts.tsx';
import { BreakdownTable, MerchantsTable } from './DashboardTables.tsx';

export interface ScopeStep {
  unitId?: string;
  userId?: string;
  label: string;
}

const DAY = 'YYYY-MM-DD';

function useUnitTree() {
  const units = useQuery({
    queryKey: ['org-units', 'all'],
    staleTime: 5 * 60_000,
    queryFn: () => call(api.GET('/api/v1/org-units', { params: { query: { limit: 200 } } })),
  });
  return useMemo(() => {
    const items = units.data?.items ?? [];
    const ids = new Set(items.map((u) => u.id));
    type Node = { value: string; title: string; children: Node[] };
    const nodes = new Map<string, Node>(
      items.map((u) => [u.id, { value: u.id, title: u.name, children: [] }]),
    );
    const roots: Node[] = [];
    for (const unit of items) {
      const node = nodes.get(unit.id)!;
      if (unit.parentId && ids.has(unit.parentId)) nodes.get(unit.parentId)!.children.push(node);
      else roots.push(node);
    }
    return { tree: roots, nameOf: (id: string) => nodes.get(id)?.title ?? id };
  }, [units.data]);
}

/** Figures of a scope over a period, with the drill-down city → team → BD → merchants. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const units = useUnitTree();
  const [trail, setTrail] = useState<ScopeStep[]>([]);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(29, 'day'), dayjs()]);
  const current = trail.at(-1);
  const query = {
    from: range[0].format(DAY),
    to: range[1].format(DAY),
    ...(current?.unitId && { unitId: current.unitId }),
    ...(current?.userId && { userId: current.userId }),
  };
  const summary = useQuery({
    queryKey: ['analytics', 'summary', query],
    queryFn: () => call(api.GET('/api/v1/analytics/summary', { params: { query } })),
  });
  const isPerson = current?.userId !== undefined || summary.data?.scope.kind === 'user';
  const breakdown = useQuery({
    queryKey: ['analytics', 'breakdown', query],
    enabled: summary.isSuccess && !isPerson,
    queryFn: () => call(api.GET('/api/v1/analytics/breakdown', { params: { query } })),
  });
  const merchants = useQuery({
    queryKey: ['analytics', 'merchants', query],
    enabled: summary.isSuccess && isPerson,
    queryFn: () =>
      call(
        api.GET('/api/v1/analytics/merchants', {
          params: { query: { from: query.from, to: query.to, userId: summary.data!.scope.id ?? undefined } },
        }),
      ),
  });
  const days = range[1].diff(range[0], 'day') + 1;
  return (
    <div>
      <div className="page-header">
        <h1>{t('analytics.dashboard.title')}</h1>
        <div className="filter-bar" style={{ margin: 0 }}>
          {me?.role !== 'bd' && (
            <TreeSelect
              style={{ minWidth: 220 }}
              treeData={units.tree}
              treeDefaultExpandAll
              allowClear
              placeholder={t('analytics.dashboard.scope')}
              value={trail[0]?.unitId}
              onChange={(unitId?: string) =>
                setTrail(unitId ? [{ unitId, label: units.nameOf(unitId) }] : [])
              }
              data-testid="scope-picker"
            />
          )}
          <Segmented
            value={[7, 30, 90].includes(days) && range[1].isSame(dayjs(), 'day') ? days : 0}
            onChange={(value) => setRange([dayjs().subtract(Number(value) - 1, 'day'), dayjs()])}
            options={[7, 30, 90].map((count) => ({
              value: count,
              label: t('analytics.dashboard.last', { count }),
            }))}
          />
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
          />
        </div>
      </div>
      {trail.length > 0 && (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={[
            {
              title: (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto' }}
                  onClick={() => setTrail([])}
                >
                  {t('analytics.dashboard.wholeTenant')}
                </Button>
              ),
            },
            ...trail.map((step, i) => ({
              title:
                i === trail.length - 1 ? (
                  <span translate="no">{step.label}</span>
                ) : (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0, height: 'auto' }}
                    translate="no"
                    onClick={() => setTrail(trail.slice(0, i + 1))}
                  >
                    {step.label}
                  </Button>
                ),
            })),
          ]}
        />
      )}
      <QueryState query={summary}>
        {(data: Summary) => (
          <>
            <div style={{ marginBottom: 12, color: 'rgba(0,0,0,0.45)' }}>
              <span translate="no">{data.scope.name}</span> · {data.period.from} – {data.period.to}
              {data.refreshedAt &&
                ` · ${t('analytics.dashboard.refreshedAt', { at: formatDateTime(data.refreshedAt) })}`}
            </div>
            <FigureCards figures={data.figures} />
            <FunnelAndTrend data={data} />
          </>
        )}
      </QueryState>
      <Row style={{ marginTop: 16 }}>
        <Col span={24}>
          <Card
            title={isPerson ? t('analytics.dashboard.merchants') : t('analytics.dashboard.breakdown')}
            size="small"
          >
            {isPerson ? (
              <QueryState query={merchants}>{(data) => <MerchantsTable items={data.items} />}</QueryState>
            ) : (
              <QueryState query={breakdown}>
                {(data) => (
                  <BreakdownTable
                    rows={data.rows}
                    onOpen={(row) =>
                      setTrail([
                        ...trail,
                        row.kind === 'unit'
                          ? { unitId: row.id, label: row.name }
                          : { userId: row.id, label: row.name },
                      ])
                    }
                  />
                )}
              </QueryState>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
