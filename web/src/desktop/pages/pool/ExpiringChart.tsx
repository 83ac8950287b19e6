import { Card } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpiringLead } from '../../../api/types.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { eventReasonText } from '../../../lib/deadline.ts';
import type { ChartOption } from '../../components/EChart.tsx';

const EChart = lazy(() => import('../../components/EChart.tsx'));
const REASONS = ['no_visit', 'no_sign', 'term'] as const;

/** How many stores fall back on each coming day, by the rule that sets their deadline. */
export function ExpiringChart({ items, withinDays }: { items: ExpiringLead[]; withinDays: number }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const day = new Intl.DateTimeFormat(currentLanguage(), { month: 'numeric', day: 'numeric' });
    const days = Array.from({ length: withinDays + 1 }, (_, i) =>
      day.format(new Date(Date.now() + i * 86_400_000)),
    );
    const counts = new Map<string, number[]>(REASONS.map((reason) => [reason, days.map(() => 0)]));
    for (const item of items) {
      const index = days.indexOf(day.format(new Date(item.deadlineAt)));
      const series = counts.get(item.deadlineReason);
      if (index >= 0 && series) series[index] = (series[index] ?? 0) + 1;
    }
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 24 },
      xAxis: { type: 'category', data: days },
      yAxis: { type: 'value', minInterval: 1 },
      series: REASONS.map((reason) => ({
        type: 'bar',
        stack: 'deadline',
        barMaxWidth: 48,
        name: eventReasonText(reason, t),
        data: counts.get(reason),
      })),
    } as ChartOption;
  }, [items, withinDays, t]);
  return (
    <Card size="small" title={t('desktop.pool.chartTitle')} style={{ marginBottom: 16 }}>
      <Suspense fallback={<div style={{ height: 260 }} />}>
        <EChart option={option} testId="expiring-chart" />
      </Suspense>
    </Card>
  );
}
