// Validate: schema, then rules. Returns diagnostics; never prints, never throws
// for bad input. Metrics read from a workbook or CSV file are checked exactly as
// inline ones, with their problems shown at their cells.
import type { Diagnostic } from '../errors.js';
import type { RawSheet } from '../load/table.js';
import type { LoadedYaml } from '../load/yaml-file.js';
import { BriefingData, type BilingualData } from '../schema/data.js';
import { keysAt } from './keys.js';
import { tableToMetrics } from './metrics-table.js';
import { formatPath } from './paths.js';
import { checkQuotes } from './quotes.js';
import { checkRules } from './rules.js';
import { schemaDiagnostics, yamlSource, type DataSource } from './schema-issues.js';

export interface Validated<T> {
  value?: T;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** Where a field of the data is: a YAML line, or a workbook cell. */
  where?: DataSource['where'];
}

export interface ValidateOptions {
  /** A quote that no longer holds its figure is an error, not a warning. */
  strict?: boolean;
}

/**
 * The data as written (texts may still be { zh, en }: see model/localize.ts).
 * `table`: the sheet that `metrics: { file }` names, already loaded.
 */
export function validateData(loaded: LoadedYaml, table?: RawSheet, o: ValidateOptions = {}): Validated<BilingualData> {
  if (!table) return validateSource(yamlSource(loaded), [], o);
  const inYaml = yamlSource(loaded).where;
  const fromTable = tableToMetrics(table);
  const where: DataSource['where'] = (path, key) => (path[0] === 'metrics' && typeof path[1] === 'number' ? fromTable.at(path[1], path.slice(2)) : inYaml(path, key));
  const validated = validateSource({ data: { ...(loaded.data as object), metrics: fromTable.metrics }, where }, fromTable.errors, o);
  return { ...validated, warnings: [...fromTable.warnings, ...validated.warnings] };
}

function validateSource(source: DataSource, tableErrors: Diagnostic[], o: ValidateOptions): Validated<BilingualData> {
  const parsed = BriefingData.safeParse(source.data);
  if (!parsed.success || tableErrors.length) {
    const schemaErrors = parsed.success ? [] : schemaDiagnostics(source, parsed.error, (path) => keysAt(BriefingData, path));
    // A cell that could not be read is reported once, as unreadable, not again as missing.
    const seen = new Set(tableErrors.map(cellKey));
    const tableBroken = tableErrors.length > 0;
    const rest = schemaErrors.filter((d) => !(d.cell !== undefined && seen.has(cellKey(d))) && !(tableBroken && d.path === 'metrics'));
    return { errors: sortByPosition([...tableErrors, ...rest]), warnings: [] };
  }
  const problems = [...checkRules(parsed.data), ...checkQuotes(parsed.data, o.strict)].map((p): Diagnostic => ({ path: formatPath(p.path), ...source.where(p.path), message: p.message, hint: p.hint, severity: p.severity }));
  const errors = sortByPosition(problems.filter((p) => p.severity === 'error'));
  const warnings = sortByPosition(problems.filter((p) => p.severity === 'warning'));
  return { value: errors.length ? undefined : parsed.data, errors, warnings, where: source.where };
}

const cellKey = (d: Diagnostic) => `${d.file}!${d.sheet ?? ''}!${d.cell ?? ''}`;

/** YAML lines first, in order; then cells, row by row. */
function sortByPosition(list: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): [number, number, number] => {
    if (d.cell === undefined) return [0, d.line ?? 0, d.col ?? 0];
    const m = /^([A-Z]+)(\d+)/.exec(d.cell);
    return [1, Number(m?.[2] ?? 0), m ? [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) : 0];
  };
  return [...list].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}
