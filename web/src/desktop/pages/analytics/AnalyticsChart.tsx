import type { FunnelSeriesOption, LineSeriesOption } from 'echarts/charts';
import { FunnelChart, LineChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { type ComposeOption, use } from 'echarts/core';
import EChart from '../../components/EChart.tsx';

// The dashboard's own chart kinds, registered only in its lazily loaded chunk.
use([FunnelChart, LineChart]);

export type AnalyticsChartOption = ComposeOption<
  FunnelSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** A funnel or line chart of the dashboard: the workbench's chart with the dashboard's kinds. */
export function AnalyticsChart({
  option,
  height = 280,
  testId,
}: {
  option: AnalyticsChartOption;
  height?: number;
  testId?: string;
}) {
  return <EChart option={option} height={height} testId={testId} />;
}
