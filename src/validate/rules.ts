// Rules the schema cannot state: ids unique and resolving, figures of each
// kind within their bounds, charts consistent with their metrics, headline
// comparisons that compare, stated derived figures matching their inputs.
import type { BilingualData } from '../schema/data.js';
import type { PathSegment } from '../load/yaml-file.js';
import { closest } from './paths.js';
import { checkCharts } from './rules-charts.js';
import { checkHeadline } from './rules-headline.js';
import { checkMetric } from './rules-metrics.js';

export interface RuleProblem {
  path: PathSegment[];
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

export type Metric = BilingualData['metrics'][number];
export type ErrorFn = (path: PathSegment[], message: string, hint?: string) => void;
export type RefFn = (table: Map<string, unknown>, kind: string, id: string, path: PathSegment[]) => void;

/** What the rule modules share: the indexes and the error sink. */
export interface RuleContext {
  data: BilingualData;
  metrics: Map<string, Metric>;
  charts: Map<string, BilingualData['charts'][number]>;
  error: ErrorFn;
  ref: RefFn;
}

/** Rules read ids, units and figures only: they hold for the data in every language. */
export function checkRules(data: BilingualData): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const error: ErrorFn = (path, message, hint) => problems.push({ path, message, hint, severity: 'error' });

  const metrics = uniqueIndex(data.metrics, 'metrics', error);
  const charts = uniqueIndex(data.charts, 'charts', error);
  const cases = uniqueIndex(data.cases, 'cases', error);
  const sectionIds = data.parts.flatMap((p, i) => p.sections.map((s, j) => ({ id: s.id, path: ['parts', i, 'sections', j, 'id'] as PathSegment[] })));
  uniqueIds(sectionIds, error);

  const ref: RefFn = (table, kind, id, path) => {
    if (!table.has(id)) error(path, `no ${kind} with id "${id}"`, hintFor(id, [...table.keys()]));
  };
  const ctx: RuleContext = { data, metrics, charts, error, ref };

  data.metrics.forEach((m, i) => checkMetric(m, i, ctx));
  checkCharts(ctx);

  data.cases.forEach((c, i) => c.metrics.forEach((id, k) => ref(metrics, 'metric', id, ['cases', i, 'metrics', k])));
  data.parts.forEach((p, i) =>
    p.sections.forEach((s, j) => {
      const at = ['parts', i, 'sections', j];
      s.metrics.forEach((id, k) => ref(metrics, 'metric', id, [...at, 'metrics', k]));
      s.charts.forEach((id, k) => ref(charts, 'chart', id, [...at, 'charts', k]));
      s.cases.forEach((id, k) => ref(cases, 'case', id, [...at, 'cases', k]));
    }),
  );
  checkHeadline(ctx);
  const dated = [...data.milestones.map((m, i) => ({ m, path: ['milestones', i] })), ...data.recognitions.map((m, i) => ({ m, path: ['recognitions', i] }))];
  for (const { m, path } of dated) if (m.month !== undefined && m.year === undefined) error([...path, 'month'], 'a month needs its year', 'write year: 2021 and month: 4 for 2021年4月');
  return problems;
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
