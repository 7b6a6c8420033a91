// Validate: a sheet of raw cells to metric objects, with each field's cell, so
// that the schema and the rules can point at C7 instead of a YAML line.
import type { Diagnostic } from '../errors.js';
import { cellRef, type RawCell, type RawSheet } from '../load/table.js';
import { closest } from './paths.js';
import { toInteger, toMonth, toNumber, toRatio, toText, toWord, toYear, type Converted } from './cell-values.js';
import { ALL_NAMES, COLUMNS, columnNamed, fieldOfPath, type Column } from './table-columns.js';

export interface TableMetrics {
  metrics: Record<string, unknown>[];
  errors: Diagnostic[];
  /** Hidden rows, which are read all the same. */
  warnings: Diagnostic[];
  /** Where a problem at a path inside metric `index` is shown: its cell and column header. */
  at(index: number, rest: readonly (string | number)[]): Pick<Diagnostic, 'file' | 'sheet' | 'cell' | 'path'>;
}

interface Placed {
  column: Column;
  col: number;
  header: string;
}

export function tableToMetrics(sheet: RawSheet): TableMetrics {
  const errors: Diagnostic[] = [];
  const where = (cell: string, path?: string) => ({ file: sheet.file, sheet: sheet.sheet, cell, path });
  const error = (cell: string, path: string | undefined, message: string, hint?: string) => errors.push({ ...where(cell, path), message, hint, severity: 'error' });
  const empty = (at: (i: number, r: readonly (string | number)[]) => ReturnType<typeof where>) => ({ metrics: [], errors, warnings: [], at });

  const headerIndex = sheet.rows.findIndex((r) => r.cells.some((c) => c.value.kind === 'text' && columnNamed(c.value.text)?.field === 'id'));
  if (headerIndex < 0) {
    error('A1', undefined, 'no header row: no row names an id column', `the first row names the columns: ${COLUMNS.filter((c) => c.required).map((c) => c.names[0]).join(', ')}, ...`);
    return empty(() => where('A1'));
  }
  const headerRow = sheet.rows[headerIndex]!.row;
  const columns = readHeader(sheet.rows[headerIndex]!.cells, error);
  for (const c of COLUMNS.filter((c) => c.required && !columns.some((p) => p.column === c))) {
    error(cellRef(headerRow, 1), undefined, `the header row has no "${c.names[0]}" column`, `required columns: ${COLUMNS.filter((c) => c.required).map((c) => c.names[0]).join(', ')} (Chinese: ${COLUMNS.filter((c) => c.required).map((c) => c.names.at(-1)).join('、')})`);
  }
  // A merge in the table hides which row a value belongs to.
  for (const range of sheet.merges) {
    const [, last] = range.split(':');
    if (Number(/\d+$/.exec(last ?? range)?.[0]) >= headerRow) error(range, undefined, `cells ${range} are merged`, 'unmerge them (取消合并) and type the value in every row');
  }
  if (errors.length) return empty(() => where(cellRef(headerRow, 1)));

  const rows = sheet.rows.slice(headerIndex + 1);
  if (rows.length === 0) error(cellRef(headerRow + 1, 1), undefined, 'no metrics below the header row', 'one row per metric');
  const metrics = rows.map((r) => readRow(r.row, r.cells, columns, (cell, path, m, h) => error(cell, path, m, h)));
  const warnings: Diagnostic[] = rows
    .filter((r) => r.hidden)
    .map((r) => ({
      ...where(cellRef(r.row, r.cells[0]!.col)),
      message: `row ${r.row} is hidden in the workbook but is read: its metric is in the deck`,
      hint: 'delete the row to leave the metric out, or unhide it (取消隐藏)',
      severity: 'warning',
    }));
  return {
    metrics,
    errors,
    warnings,
    at(index, rest) {
      const row = rows[index]?.row ?? headerRow;
      const field = fieldOfPath(rest);
      // An English text with no column of its own is pointed at the Chinese one.
      const placed = columns.find((p) => p.column.field === field) ?? columns.find((p) => p.column.field === field?.replace('@en', '')) ?? columns.find((p) => p.column.field === 'id')!;
      return where(cellRef(row, placed.col), placed.header);
    },
  };
}

type ErrorAt = (cell: string, path: string | undefined, message: string, hint?: string) => void;

function readHeader(cells: RawCell[], error: ErrorAt): Placed[] {
  const placed: Placed[] = [];
  for (const cell of cells) {
    const header = cell.value.kind === 'text' ? cell.value.text.trim() : String((cell.value as { value?: unknown }).value ?? '');
    const column = columnNamed(header);
    if (!column) {
      const near = closest(header.toLowerCase(), COLUMNS.flatMap((c) => c.names));
      error(cell.ref, undefined, `unknown column "${header}"`, near ? `did you mean "${near}"?` : `the columns are: ${ALL_NAMES.join(', ')}`);
    } else if (placed.some((p) => p.column === column)) {
      error(cell.ref, undefined, `a second "${header}" column`, 'each column may appear once');
    } else placed.push({ column, col: cell.col, header });
  }
  return placed;
}

function readRow(row: number, cells: RawCell[], columns: Placed[], error: ErrorAt): Record<string, unknown> {
  const metric: Record<string, unknown> = {};
  const unitCell = cells.find((c) => columns.find((p) => p.col === c.col)?.column.field === 'unit');
  const unit = unitCell ? toText(unitCell.value, true) : undefined;
  for (const p of columns.filter((p) => p.column.required && !p.column.emptyOk && !cells.some((c) => c.col === p.col))) {
    error(cellRef(row, p.col), p.header, 'required, but the cell is empty');
  }
  for (const cell of cells) {
    const placed = columns.find((p) => p.col === cell.col);
    if (placed?.column.kind === 'ignored') continue;
    if (!placed) {
      error(cell.ref, undefined, 'this cell has a value but its column has no header', 'name the column in the header row, or clear the cell');
      continue;
    }
    const got = convert(placed.column, cell);
    if (!got.ok) {
      error(cell.ref, placed.header, got.message, got.hint);
      continue;
    }
    if (got.percent && unit?.ok && unit.value !== '%') {
      error(cell.ref, placed.header, `the cell is a percentage (${got.value}%) but the unit is ${unit.value}`, 'set the unit to %, or format the cell as a number');
      continue;
    }
    setField(metric, placed.column.field, got.value);
    // The decimals column, when filled, says how many digits to show; else the cell does.
    if (got.decimals !== undefined && !columns.some((p) => p.column.field === 'decimals' && cells.some((c) => c.col === p.col))) metric.decimals = got.decimals;
  }
  joinEnglish(metric);
  return metric;
}

/** `label@en` beside `label` (also inside `reading`): the { zh, en } form the YAML has. */
function joinEnglish(o: Record<string, unknown>): void {
  for (const key of Object.keys(o)) {
    const value = o[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) joinEnglish(value as Record<string, unknown>);
    if (!key.endsWith('@en')) continue;
    const base = key.slice(0, -'@en'.length);
    if (typeof o[base] === 'string') o[base] = { zh: o[base], en: value };
    delete o[key];
  }
}

function convert(column: Column, cell: RawCell): Converted<unknown> {
  switch (column.kind) {
    case 'id':
      return toText(cell.value, true);
    case 'text':
      return toText(cell.value);
    case 'number':
      return toNumber(cell.value);
    case 'integer':
      return toInteger(cell.value);
    case 'year':
      return toYear(cell.value);
    case 'month':
      return toMonth(cell.value);
    case 'approx':
      return toWord(cell.value, 'approx');
    case 'kind':
      return toWord(cell.value, 'kind');
    case 'reading kind':
      return toWord(cell.value, 'reading');
    case 'ratio':
      return toRatio(cell.value);
    case 'ignored':
      return { ok: true, value: undefined };
  }
}

function setField(metric: Record<string, unknown>, field: string, value: unknown): void {
  const [outer, inner] = field.split('.') as [string, string | undefined];
  if (inner === undefined) metric[outer] = value;
  else if (outer === 'derived') metric.derived = { [inner]: value };
  else metric[outer] = { ...(metric[outer] as object | undefined), [inner]: value };
}
