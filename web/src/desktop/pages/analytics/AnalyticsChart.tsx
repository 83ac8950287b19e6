import type { FunnelSeriesOption, LineSeriesOption } from 'echarts/charts';
import { FunnelChart, LineChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// The dashboard's own chart kinds, registered only in its lazily loaded chunk.
use([FunnelChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type AnalyticsChartOption = ComposeOption<
  FunnelSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** An ECharts funnel or line chart that follows its option and the size of its box. */
export function AnalyticsChart({
  option,
  height = 280,
  testId,
}: {
  option: AnalyticsChartOption;
  height?: number;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const instance = init(box.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={box} style={{ height, width: '100%' }} data-testid={testId} />;
}
