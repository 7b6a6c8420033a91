// A data chart -> the chart spec both renderers draw: values resolved,
// labels formatted, alt text stating every number.
import type { Chart } from '../schema/data.js';
import type { ModelContext } from './context.js';
import type { ChartSpec } from './deck.js';
import { englishNumber, englishScale, shiftPoint } from './format-en.js';
import { formatValue, sourceDigits } from './format.js';

/** A category that is a year (2015年, or 2015 in English): the chart compares then and now. */
const YEAR = /^\d{4}(年|$)/;

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
  const { lang, words: w } = ctx;
  const all = chart.series.flatMap((s) => s.metrics.map((id) => ctx.metric(id)));
  const max = Math.max(...all.map((m) => m.value));
  // One scale for the chart's own numbers (axis, bare numbers, data sheet): the largest value's.
  const scale = lang === 'en' ? englishScale(chart.unit, max) : { shift: 0, prefix: '', suffix: chart.unit };
  const series = chart.series.map((s) => {
    const metrics = s.metrics.map((id) => ctx.metric(id));
    return {
      name: s.name,
      values: metrics.map((m) => m.value),
      labels: metrics.map((m) => formatValue(m, lang)),
      numbers: metrics.map((m) => {
        const digits = shiftPoint(sourceDigits(m.value, m.decimals), scale.shift);
        return lang === 'en' ? englishNumber(digits) : digits;
      }),
    };
  });
  // A single series over years compares then and now: the last year is the current value.
  const overYears = chart.categories.every((c) => YEAR.test(c));
  const highlight = series.length === 1 && overYears ? chart.categories.length - 1 : undefined;
  const change = highlight !== undefined ? changeOf(series[0]!.values[0]!, series[0]!.values[highlight]!) : undefined;
  const unit = w.chartUnit(chart.unit, max);
  const facts = chart.categories
    .map((cat, i) => {
      const values = series.map((s) => (series.length > 1 ? `${s.name}${lang === 'en' ? ' ' : ''}${s.labels[i]}` : s.labels[i]));
      return `${cat}${w.colon}${values.join(w.comma)}`;
    })
    .join(w.semicolon);
  return {
    id: chart.id,
    kind: chart.kind,
    title: chart.title,
    unit,
    shift: scale.shift,
    affix: { prefix: scale.prefix, suffix: scale.suffix },
    categories: chart.categories,
    series,
    highlight,
    change,
    max: chart.unit === '%' ? 100 : undefined,
    alt: `${w.chartKind[chart.kind]}${w.colon}${chart.title}${w.chartAltUnit(unit)}${w.period}${lang === 'en' ? ' ' : ''}${facts}${w.period}${change ? `${lang === 'en' ? ' ' : ''}${w.changeSentence(chart.categories.at(-1)!, chart.categories[0]!, change)}` : ''}`,
  };
}
