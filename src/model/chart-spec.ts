// A data chart -> the chart spec both renderers draw: values resolved,
// labels formatted, alt text stating every number.
import type { Chart } from '../schema/data.js';
import type { ModelContext } from './context.js';
import type { ChartSpec } from './deck.js';
import { formatNumber, formatValue } from './format.js';

const YEAR = /^\d{4}年/;

/** ×3.83 when the value grew to twice or more, else the change in per cent with its sign (−59.9%). */
export function changeOf(from: number, to: number): string | undefined {
  if (!(from > 0) || !Number.isFinite(to / from)) return undefined;
  const ratio = to / from;
  if (ratio >= 2) return `×${ratio.toFixed(2)}`;
  const pct = (ratio - 1) * 100;
  const text = Math.abs(pct).toFixed(1);
  return text === '0.0' ? '±0.0%' : `${pct > 0 ? '+' : '−'}${text}%`;
}

export function chartSpec(chart: Chart, ctx: ModelContext): ChartSpec {
  const series = chart.series.map((s) => {
    const metrics = s.metrics.map((id) => ctx.metric(id));
    return { name: s.name, values: metrics.map((m) => m.value), labels: metrics.map((m) => formatValue(m)), numbers: metrics.map((m) => formatNumber(m.value, m.decimals)) };
  });
  // A single series over years compares then and now: the last year is the current value.
  const overYears = chart.categories.every((c) => YEAR.test(c));
  const highlight = series.length === 1 && overYears ? chart.categories.length - 1 : undefined;
  const change = highlight !== undefined ? changeOf(series[0]!.values[0]!, series[0]!.values[highlight]!) : undefined;
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
    change,
    max: chart.unit === '%' ? 100 : undefined,
    alt: `${kindName}：${chart.title}（单位：${chart.unit}）。${facts}。${change ? `${chart.categories.at(-1)}较${chart.categories[0]}：${change}。` : ''}`,
  };
}
