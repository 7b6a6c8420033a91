// Rules the schema cannot state: ids unique and resolving, charts consistent
// with their metrics, stated derived figures matching their inputs.
import type { BilingualData } from '../schema/data.js';
import type { PathSegment } from '../load/yaml-file.js';
import { closest } from './paths.js';

export interface RuleProblem {
  path: PathSegment[];
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

const COUNT_UNITS = new Set(['个', '项', '家', '名', '省', '天', '个月', '亿元', '万元', '倍']);

type Metric = BilingualData['metrics'][number];

/** Rules read ids, units and figures only: they hold for the data in every language. */
export function checkRules(data: BilingualData): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const error = (path: PathSegment[], message: string, hint?: string) => problems.push({ path, message, hint, severity: 'error' });

  const metrics = uniqueIndex(data.metrics, 'metrics', error);
  const charts = uniqueIndex(data.charts, 'charts', error);
  const cases = uniqueIndex(data.cases, 'cases', error);
  const sectionIds = data.parts.flatMap((p, i) => p.sections.map((s, j) => ({ id: s.id, path: ['parts', i, 'sections', j, 'id'] as PathSegment[] })));
  uniqueIds(sectionIds, error);

  const ref = (table: Map<string, unknown>, kind: string, id: string, path: PathSegment[]) => {
    if (!table.has(id)) error(path, `no ${kind} with id "${id}"`, hintFor(id, [...table.keys()]));
  };

  data.metrics.forEach((m, i) => {
    if (m.unit === '%' && (m.value < 0 || m.value > 100)) error(['metrics', i, 'value'], `a share must be between 0 and 100 %, got ${m.value}`);
    if (COUNT_UNITS.has(m.unit) && m.value < 0) error(['metrics', i, 'value'], `a count or amount cannot be negative, got ${m.value} ${m.unit}`);
    if (m.decimals !== undefined && m.decimals < decimalsOf(m.value)) {
      error(['metrics', i, 'decimals'], `${m.value} has ${decimalsOf(m.value)} decimals but decimals is ${m.decimals}`);
    }
    if (m.derived) checkRatio(m, i, metrics, ref, error);
  });

  data.charts.forEach((c, i) => {
    if (c.kind === 'rings' && c.unit !== '%') error(['charts', i, 'unit'], `rings show shares: the unit must be %, not ${c.unit}`, 'use bar or hbar for other units');
    if (c.kind === 'rings' && c.series.length > 1) error(['charts', i, 'series'], 'rings show one series', 'make one chart per series');
    c.series.forEach((s, j) => {
      if (s.metrics.length !== c.categories.length) {
        error(['charts', i, 'series', j, 'metrics'], `has ${s.metrics.length} metrics for ${c.categories.length} categories`, 'give one metric per category, in the same order');
      }
      s.metrics.forEach((id, k) => {
        const path: PathSegment[] = ['charts', i, 'series', j, 'metrics', k];
        const m = metrics.get(id);
        if (!m) ref(metrics, 'metric', id, path);
        else if (m.unit !== c.unit) error(path, `metric "${id}" is in ${m.unit} but the chart is in ${c.unit}`, 'a chart shows one unit');
      });
    });
  });

  data.cases.forEach((c, i) => c.metrics.forEach((id, k) => ref(metrics, 'metric', id, ['cases', i, 'metrics', k])));
  data.parts.forEach((p, i) =>
    p.sections.forEach((s, j) => {
      const at = ['parts', i, 'sections', j];
      s.metrics.forEach((id, k) => ref(metrics, 'metric', id, [...at, 'metrics', k]));
      s.charts.forEach((id, k) => ref(charts, 'chart', id, [...at, 'charts', k]));
      s.cases.forEach((id, k) => ref(cases, 'case', id, [...at, 'cases', k]));
    }),
  );

  data.headline.forEach((h, i) => {
    ref(metrics, 'metric', h.from, ['headline', i, 'from']);
    ref(metrics, 'metric', h.to, ['headline', i, 'to']);
    if (h.chart !== undefined) ref(charts, 'chart', h.chart, ['headline', i, 'chart']);
    const from = metrics.get(h.from);
    const to = metrics.get(h.to);
    if (from && to && from.unit !== to.unit) error(['headline', i, 'to'], `"${h.to}" is in ${to.unit} but "${h.from}" is in ${from.unit}`);
    if (h.multiple === undefined) return;
    ref(metrics, 'metric', h.multiple, ['headline', i, 'multiple']);
    const multiple = metrics.get(h.multiple);
    const ratio = multiple?.derived?.ratio;
    if (multiple && (!ratio || ratio[0] !== h.to || ratio[1] !== h.from)) {
      error(['headline', i, 'multiple'], `"${h.multiple}" is not derived as ratio [${h.to}, ${h.from}]`, 'set derived.ratio on that metric so the multiple is checked');
    }
  });
  return problems;
}

type ErrorFn = (path: PathSegment[], message: string, hint?: string) => void;

function checkRatio(
  m: Metric,
  i: number,
  metrics: Map<string, Metric>,
  ref: (t: Map<string, unknown>, kind: string, id: string, path: PathSegment[]) => void,
  error: ErrorFn,
): void {
  const [numId, denId] = m.derived!.ratio;
  ref(metrics, 'metric', numId, ['metrics', i, 'derived', 'ratio', 0]);
  ref(metrics, 'metric', denId, ['metrics', i, 'derived', 'ratio', 1]);
  const num = metrics.get(numId);
  const den = metrics.get(denId);
  if (!num || !den) return;
  if (den.value === 0) return error(['metrics', i, 'derived'], `cannot divide by "${denId}", which is 0`);
  const decimals = decimalsOf(m.value);
  const computed = num.value / den.value;
  const rounded = Number(computed.toFixed(decimals));
  if (Math.abs(rounded - m.value) > 1e-9) {
    error(
      ['metrics', i, 'value'],
      `stated ${m.value} ${m.unit} but ${num.value} / ${den.value} = ${computed.toFixed(decimals + 2)} (${rounded} to ${decimals} decimals)`,
      `check ${m.id}, ${numId} and ${denId} against the source`,
    );
  }
}

export function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}

function uniqueIndex<T extends { id: string }>(items: T[], key: string, error: ErrorFn): Map<string, T> {
  uniqueIds(items.map((item, i) => ({ id: item.id, path: [key, i, 'id'] })), error);
  return new Map(items.map((item) => [item.id, item]));
}

function uniqueIds(items: { id: string; path: PathSegment[] }[], error: ErrorFn): void {
  const seen = new Set<string>();
  for (const { id, path } of items) {
    if (seen.has(id)) error(path, `duplicate id "${id}"`, 'ids must be unique');
    seen.add(id);
  }
}

function hintFor(id: string, known: string[]): string | undefined {
  const near = closest(id, known);
  return near ? `did you mean "${near}"?` : undefined;
}
