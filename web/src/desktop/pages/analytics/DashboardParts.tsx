import { Card, Col, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsChart, type AnalyticsChartOption } from './AnalyticsChart.tsx';

export type Summary = SummaryShape;
type Figures = SummaryShape['figures'];
type SummaryShape = {
  scope: { kind: string; id: string | null; name: string };
  period: { from: string; to: string; timezone: string };
  refreshedAt: string | null;
  figures: {
    [key: string]: number | null | Array<{ stage: string; count: number; rate: number | null }>;
    funnel: Array<{ stage: string; count: number; rate: number | null }>;
  };
  trend: Array<{
    day: string;
    claims: number;
    visits: number;
    firstVisits: number;
    opportunities: number;
    signings: number;
    dealsOnline: number;
  }>;
};

export const percent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? '—' : `${(ratio * 100).toFixed(1)}%`;

const COUNTS = [
  'claims',
  'visits',
  'uniqueStores',
  'firstVisits',
  'farVisits',
  'opportunities',
  'signings',
  'renewals',
  'dealsOnline',
  'sales',
  'releases',
  'recycles',
  'publicPool',
  'privateLeads',
  'expiringSoon',
  'avgHoldDays',
] as const;
const RATIOS = ['opsCoverage', 'taskCompletion', 'taskLateness'] as const;

/** One card per figure: counts, then the ratios. */
export function FigureCards({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]} data-testid="figure-cards">
      {COUNTS.map((key) => (
        <Col key={key} xs={12} md={6} xl={4}>
          <Card size="small">
            <Statistic title={t(`analytics.figures.${key}`)} value={(figures[key] as number | null) ?? '—'} />
          </Card>
        </Col>
      ))}
      {RATIOS.map((key) => (
        <Col key={key} xs={12} md={6} xl={4}>
          <Card size="small">
            <Statistic title={t(`analytics.figures.${key}`)} value={percent(figures[key] as number | null)} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** The funnel with its conversion rates, and the trend of the main events by day. */
export function FunnelAndTrend({ data }: { data: SummaryShape }) {
  const { t } = useTranslation();
  const funnel = useMemo<AnalyticsChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          minSize: '30%',
          left: '10%',
          width: '80%',
          label: { show: true, position: 'inside' },
          data: data.figures.funnel.map((step) => ({
            name: `${t(`analytics.funnel.${step.stage as 'leads' | 'visited' | 'opportunity' | 'signed' | 'online'}`)} ${step.count}${step.rate === null ? '' : ` (${percent(step.rate)})`}`,
            value: Math.max(step.count, 0.001),
          })),
        },
      ],
    }),
    [data, t],
  );
  const trend = useMemo<AnalyticsChartOption>(() => {
    const keys = ['visits', 'claims', 'firstVisits', 'signings', 'dealsOnline'] as const;
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll', data: keys.map((k) => t(`analytics.figures.${k}`)) },
      grid: { left: 40, right: 16, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: data.trend.map((d) => d.day.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: keys.map((k) => ({
        type: 'line',
        name: t(`analytics.figures.${k}`),
        data: data.trend.map((d) => d[k]),
      })),
    } as AnalyticsChartOption;
  }, [data, t]);
  return (
    <Row gutter={12} style={{ marginTop: 12 }}>
      <Col xs={24} lg={10}>
        <Card size="small" title={t('analytics.dashboard.funnel')}>
          <AnalyticsChart option={funnel} testId="funnel-chart" />
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card size="small" title={t('analytics.dashboard.trend')}>
          <AnalyticsChart option={trend} testId="trend-chart" />
        </Card>
      </Col>
    </Row>
  );
}
