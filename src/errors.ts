// The error taxonomy. UserError: the input is wrong (exit 2). Anything else
// that escapes is an internal error (exit 1).

/** Where in which file a problem is. Line and column are 1-based. */
export interface Position {
  file: string;
  line?: number;
  col?: number;
  /** In a workbook or CSV file: the sheet (none for CSV) and the cell or range, e.g. C7. */
  sheet?: string;
  cell?: string;
}

export interface Diagnostic extends Position {
  /** Dotted path of the field, e.g. charts[2].series[0].metrics[1]. */
  path?: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** Control characters from the input are shown as \u escapes, never sent raw to the terminal. */
const visible = (s: string) =>
  s.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** file:line:col: path: message (hint: ...) — one line, as compilers print. */
export function formatDiagnostic(d: Diagnostic): string {
  return visible(formatRaw(d));
}

function formatRaw(d: Diagnostic): string {
  let where = d.file;
  // metrics.xlsx!指标!C7, as Excel names a cell of a sheet; metrics.csv!C7.
  if (d.cell !== undefined) where += `${d.sheet !== undefined ? `!${d.sheet}` : ''}!${d.cell}`;
  if (d.line !== undefined) where += `:${d.line}`;
  if (d.line !== undefined && d.col !== undefined) where += `:${d.col}`;
  const field = d.path ? ` ${d.path}:` : '';
  const level = d.severity === 'warning' ? ' warning:' : '';
  const hint = d.hint ? ` (hint: ${d.hint})` : '';
  return `${where}:${level}${field} ${d.message}${hint}`;
}

export class UserError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[] | Diagnostic) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'UserError';
    this.diagnostics = list;
  }
}

export function userError(file: string, message: string, extra: Partial<Diagnostic> = {}): UserError {
  return new UserError({ file, message, severity: 'error', ...extra });
}
