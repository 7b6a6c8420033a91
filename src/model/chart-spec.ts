// A data chart -> the chart spec both renderers draw: values resolved,
// labels formatted, alt text stating every number.
import type { Chart } from '../schema/data.js';
import type { ModelContext } from './context.js';
import type { ChartSpec } from './deck.js';
import { formatNumber, formatValue } from './format.js';

const YEAR = /^\d{4}年/;

export function chartSpec(chart: Chart, ctx: ModelContext): ChartSpec {
  const series = chart.series.map((s) => {
    const metrics = s.metrics.map((id) => ctx.metric(id));
    return { name: s.name, values: metrics.map((m) => m.value), labels: metrics.map((m) => formatValue(m)), numbers: metrics.map((m) => formatNumber(m.value, m.decimals)) };
  });
  // A single series over years compares then and now: the last year is the current value.
  const overYears = chart.categories.every((c) => YEAR.test(c));
  const highlight = series.length === 1 && overYears ? chart.categories.length - 1 : undefined;
  const kindName = { bar: '柱状图', hbar: '条形图', rings: '环形图' }[chart.kind];
  const facts = chart.categories
    .map((cat, i) => {
      const values = series.map((s) => (series.length > 1 ? `${s.name}${s.labels[i]}` : s.labels[i]));
      return `${cat}：${values.join('，')}`;
    })
    .join('；');
  return {
    id: chart.id,
    kind: chart.kind,
    title: chart.title,
    unit: chart.unit,
    categories: chart.categories,
    series,
    highlight,
    max: chart.unit === '%' ? 100 : undefined,
    alt: `${kindName}：${chart.title}（单位：${chart.unit}）。${facts}。`,
  };
}
