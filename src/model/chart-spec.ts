// A data chart -> the chart spec both renderers draw: values resolved,
// labels formatted, the annotation computed, alt text stating every number.
import type { Chart, Metric } from '../schema/data.js';
import { isPlanned, kindOf, YEAR_CATEGORY } from '../schema/kinds.js';
import { tagOf, type ModelContext } from './context.js';
import type { ChartSpec } from './deck.js';
import { englishNumber, englishScale, shiftPoint } from './format-en.js';
import { formatValue, sourceDigits } from './format.js';

/** ×3.83 when the value grew to twice or more, else the change in per cent with its sign (−59.9%). */
export function changeOf(from: number, to: number): string | undefined {
  if (!(from > 0) || !Number.isFinite(to / from)) return undefined;
  const ratio = to / from;
  if (ratio >= 2) return `×${ratio.toFixed(2)}`;
  const pct = (ratio - 1) * 100;
  const text = Math.abs(pct).toFixed(1);
  return text === '0.0' ? '±0.0%' : `${pct > 0 ? '+' : '−'}${text}%`;
}

/** The average annual growth from `from` in year `y0` to `to` in `y1`, in per cent; undefined when it cannot be computed. */
export function cagrOf(from: number, to: number, y0: number, y1: number): number | undefined {
  if (!(from > 0) || !(to > 0) || !(y1 > y0)) return undefined;
  return ((to / from) ** (1 / (y1 - y0)) - 1) * 100;
}

export function chartSpec(chart: Chart, ctx: ModelContext): ChartSpec {
  const { lang, words: w } = ctx;
  const metricsOf = chart.series.map((s) => s.metrics.map((id) => ctx.metric(id)));
  const all = metricsOf.flat();
  // A line chart without categories is labelled by its figures' years.
  const categories = chart.categories ?? metricsOf[0]!.map((m) => w.year(m.year!));
  const max = Math.max(...all.map((m) => m.value!));
  const unitSpec = { unit: chart.unit, unit_en: all.find((m) => m.unit_en !== undefined)?.unit_en };
  // One scale for the chart's own numbers (axis, bare numbers, data sheet): the largest value's.
  const scale = lang === 'en' ? englishScale(unitSpec, max) : { shift: 0, prefix: '', suffix: chart.unit };
  const marked = (m: Metric, text: string) => {
    const tag = tagOf(m, w);
    return tag ? `${tag}${lang === 'en' ? ' ' : ''}${text}` : text;
  };
  const series = chart.series.map((s, j) => {
    const metrics = metricsOf[j]!;
    const tags = metrics.map((m) => tagOf(m, w) ?? '');
    return {
      name: s.name,
      values: metrics.map((m) => m.value!),
      labels: metrics.map((m) => marked(m, formatValue(m, lang))),
      numbers: metrics.map((m) => {
        const digits = shiftPoint(sourceDigits(m.value!, m.decimals), scale.shift);
        return marked(m, lang === 'en' ? englishNumber(digits) : digits);
      }),
      ...(tags.some(Boolean) ? { tags } : {}),
    };
  });
  const annotation = annotate(chart, categories, metricsOf, ctx);
  const unit = w.chartUnit(unitSpec, max);
  const facts = categories
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
    categories,
    series,
    highlight: annotation.highlight,
    change: annotation.change,
    badge: annotation.badge,
    max: all.every((m) => kindOf(m) === 'share') && chart.unit === '%' ? 100 : undefined,
    alt: `${w.chartKind[chart.kind]}${w.colon}${chart.title}${w.chartAltUnit(unit)}${w.period}${lang === 'en' ? ' ' : ''}${facts}${w.period}${annotation.sentence ? `${lang === 'en' ? ' ' : ''}${annotation.sentence}` : ''}`,
  };
}

interface Annotation {
  highlight?: number;
  change?: string;
  badge?: string;
  sentence?: string;
}

/**
 * A single series over years compares then and now: the last achieved year is
 * the current value, drawn in the accent colour, and the change to it (or the
 * average annual growth) is marked. Targets are neither: they are plans.
 */
function annotate(chart: Chart, categories: string[], metricsOf: Metric[][], { words: w }: ModelContext): Annotation {
  const overYears = chart.kind === 'line' || categories.every((c) => YEAR_CATEGORY.test(c));
  if (metricsOf.length !== 1 || !overYears) return {};
  const metrics = metricsOf[0]!;
  const achieved = metrics.flatMap((m, i) => (isPlanned(m) ? [] : [i]));
  if (achieved.length === 0) return {};
  const [first, last] = [achieved[0]!, achieved.at(-1)!];
  const highlight = last;
  const how = chart.annotate ?? 'change';
  if (how === 'none' || first === last) return { highlight };
  const [a, b] = [metrics[first]!, metrics[last]!];
  if (how === 'cagr') {
    const yearOf = (m: Metric, i: number) => m.year ?? Number(YEAR_CATEGORY.exec(categories[i]!)?.[1]);
    const rate = cagrOf(a.value!, b.value!, yearOf(a, first), yearOf(b, last));
    if (rate === undefined) return { highlight };
    const badge = w.cagrBadge(Math.abs(rate).toFixed(1), rate < 0);
    return { highlight, badge, sentence: w.cagrSentence(categories[first]!, categories[last]!, badge) };
  }
  const change = changeOf(a.value!, b.value!);
  if (change === undefined) return { highlight };
  return { highlight, change, badge: w.changeBadge(categories[first]!, change), sentence: w.changeSentence(categories[last]!, categories[first]!, change) };
}
