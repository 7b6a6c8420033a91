// Charts against their metrics: one unit per chart, figures that can be
// drawn (a number, not a range or words), shares in rings, and over years the
// years in order, each once, matching the categories.
import type { PathSegment } from '../load/yaml-file.js';
import { kindOf, YEAR_CATEGORY } from '../schema/kinds.js';
import type { Metric, RuleContext } from './rules.js';

type Chart = RuleContext['data']['charts'][number];
const zhOf = (t: string | { zh: string }) => (typeof t === 'string' ? t : t.zh);

export function checkCharts(ctx: RuleContext): void {
  ctx.data.charts.forEach((c, i) => checkChart(c, i, ctx));
}

function checkChart(c: Chart, i: number, { metrics, ref, error }: RuleContext): void {
  const at: PathSegment[] = ['charts', i];
  if (c.kind === 'rings' && c.unit !== '%') error([...at, 'unit'], `rings show shares: the unit must be %, not ${c.unit}`, 'use bar or hbar for other units');
  if (c.kind === 'rings' && c.series.length > 1) error([...at, 'series'], 'rings show one series', 'make one chart per series');
  if (c.categories === undefined && c.kind !== 'line') {
    error([...at, 'categories'], 'required field is missing (expected array)', 'only a line chart takes its categories from its metrics\' years');
  }
  const resolved: (Metric | undefined)[][] = c.series.map((s, j) => {
    if (c.categories && s.metrics.length !== c.categories.length) {
      error([...at, 'series', j, 'metrics'], `has ${s.metrics.length} metrics for ${c.categories.length} categories`, 'give one metric per category, in the same order');
    }
    return s.metrics.map((id, k) => {
      const path: PathSegment[] = [...at, 'series', j, 'metrics', k];
      const m = metrics.get(id);
      if (!m) {
        ref(metrics, 'metric', id, path);
        return undefined;
      }
      if (m.unit !== c.unit) error(path, `metric "${id}" is in ${m.unit} but the chart is in ${c.unit}`, 'a chart shows one unit: one chart per unit');
      else if (m.value === undefined) error(path, `metric "${id}" is given in words (text): it has no value to draw`);
      else if (m.upper !== undefined) error(path, `metric "${id}" is a range (${m.value} to ${m.upper}): a chart cannot draw it as one value`, 'chart figures with one value; show the range as a key figure');
      // (A ring chart not in % is reported once, at its unit.)
      else if (c.kind === 'rings' && c.unit === '%' && kindOf(m) !== 'share') error(path, `metric "${id}" is a ${kindOf(m)} (kind: ${kindOf(m)}), not a share: rings show shares`, 'use bar or hbar');
      else return m;
      return undefined;
    });
  });
  const overYears = c.kind === 'line' || (c.categories !== undefined && c.categories.every((cat) => YEAR_CATEGORY.test(zhOf(cat))));
  if (overYears) checkYears(c, at, resolved, error);
}

/** Over years: every figure has its year, in order, each once; the categories, when given, are those years. */
function checkYears(c: Chart, at: PathSegment[], resolved: (Metric | undefined)[][], error: RuleContext['error']): void {
  const line = c.kind === 'line';
  resolved.forEach((series, j) => {
    if (line && series.length < 2) error([...at, 'series', j, 'metrics'], 'a trend needs figures of two years or more');
    let last: number | undefined;
    series.forEach((m, k) => {
      if (!m) return;
      const path: PathSegment[] = [...at, 'series', j, 'metrics', k];
      if (m.year === undefined) {
        if (line) error(path, `metric "${m.id}" has no year: a trend shows a figure per year`, 'give every figure of the trend its year');
        return;
      }
      if (last !== undefined && m.year === last) error(path, `year ${m.year} twice in one trend ("${m.id}")`, 'one figure per year');
      else if (last !== undefined && m.year < last) error(path, `years out of order: ${m.year} ("${m.id}") after ${last}`, 'list the figures from the earliest year to the latest');
      last = m.year;
      const category = c.categories?.[k];
      const named = category === undefined ? undefined : YEAR_CATEGORY.exec(zhOf(category));
      if (category !== undefined && (!named || Number(named[1]) !== m.year)) {
        error([...at, 'categories', k], `the category "${zhOf(category)}" stands over "${m.id}" of ${m.year}`, line ? 'leave categories out: a line chart takes them from the years' : 'name each category by its figure\'s year');
      }
    });
  });
}
