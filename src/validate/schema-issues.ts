// zod issues -> diagnostics that say file:line:col and the field.
import type { z } from 'zod';
import type { Diagnostic, Position } from '../errors.js';
import type { LoadedYaml, PathSegment } from '../load/yaml-file.js';
import { closest, formatPath } from './paths.js';

/** The data being validated, and where any path of it is shown: a YAML line, or a workbook cell with its column. */
export interface DataSource {
  data: unknown;
  where(path: readonly PathSegment[], key?: string): Position & { path?: string };
}

/** A YAML file as a data source: every path at its line and column. */
export const yamlSource = (loaded: LoadedYaml): DataSource => ({
  data: loaded.data,
  where: (path, key) => ({ file: loaded.file, ...loaded.locate(path, key) }),
});

export function schemaDiagnostics(loaded: DataSource, error: z.ZodError, knownKeys: (path: PathSegment[]) => string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A misspelt key is reported once, as unknown with its correction, not again as a missing field.
  const corrected = new Set<string>();
  const issues = error.issues.flatMap((issue) => expandUnion(issue, loaded.data));
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    for (const key of issue.keys) {
      const suggestion = closest(key, knownKeys(path));
      if (suggestion) corrected.add(formatPath([...path, suggestion]));
    }
  }
  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = closest(key, knownKeys(path));
        out.push({
          path: formatPath([...path, key]),
          ...loaded.where(path, key),
          message: `unknown key "${key}"`,
          hint: suggestion ? `did you mean "${suggestion}"?` : `allowed here: ${knownKeys(path).join(', ')}`,
          severity: 'error',
        });
      }
      continue;
    }
    const value = valueAt(loaded.data, path);
    if (value === MISSING && corrected.has(formatPath(path))) continue;
    const { message, hint } = messageOf(issue, value, path.length === 0);
    out.push({ path: formatPath(path), ...loaded.where(path), message, hint: hint ?? choiceHint(issue, path), severity: 'error' });
  }
  return out;
}

/**
 * A value that fits no form of a union (a localText given a number, say) is
 * reported as its own kind of value would be: a mapping against the { zh, en }
 * form, anything else against the plain text.
 */
function expandUnion(issue: z.core.$ZodIssue, data: unknown): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const value = valueAt(data, path);
  const isMapping = value !== null && typeof value === 'object' && !Array.isArray(value);
  // zod reports a union this way when every form failed on the kind of value; the first form is the plain one.
  const objectForm = issue.errors.find((errors) => !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0 && e.expected === 'object'));
  const branch = (isMapping ? objectForm : undefined) ?? issue.errors[0]!;
  return branch.map((e) => ({ ...e, path: [...issue.path, ...e.path] }) as z.core.$ZodIssue).flatMap((e) => expandUnion(e, data));
}

const MISSING = Symbol('missing');

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node: unknown = data;
  for (const seg of path) {
    if (node === null || typeof node !== 'object' || !(seg in node)) return MISSING;
    node = (node as Record<PathSegment, unknown>)[seg];
  }
  return node;
}

function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (value instanceof Date) return 'a date (a !!timestamp or an unquoted date): put it in quotes';
  if (value instanceof Uint8Array) return 'binary data (!!binary)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

/** What each word of a fixed list means, for a word the list does not have. */
const CHOICES: Record<string, string> = {
  approx: '800多: more_than; 约12.4: about; 接近一半: nearly (value 50, unit %); 不到1%: less_than; a figure only in words (几十家): text instead of value',
  kind: 'amount (the default); share: 0-100 %; change: a change or growth rate, any sign; rank: a position (第二位: 2); target: a goal; plan: an amount planned',
};

function choiceHint(issue: z.core.$ZodIssue, path: PathSegment[]): string | undefined {
  const field = path.at(-1);
  // kind is also a chart's (bar, hbar, rings, line) and a reading's: the metric's is at metrics[i].kind.
  if (issue.code !== 'invalid_value' || typeof field !== 'string' || (field === 'kind' && path[0] !== 'metrics') || path.length !== 3) return undefined;
  return CHOICES[field];
}

function messageOf(issue: z.core.$ZodIssue, value: unknown, isRoot: boolean): { message: string; hint?: string } {
  if (issue.code === 'invalid_type') {
    if (isRoot && (value === null || value === undefined)) return { message: 'the file is empty', hint: 'start from data/zhejiang-2023.yaml' };
    if (value === MISSING || value === undefined) return { message: `required field is missing (expected ${issue.expected})` };
    if (typeof value === 'number' && Number.isNaN(value)) return { message: 'not a number (.nan): expected a finite number' };
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return { message: 'an infinite number (.inf, or a number too large such as 1e309): expected a finite number' };
    }
    const hint =
      issue.expected === 'number' && typeof value === 'string' && /^\s*-?[\d.,]+\s*$/.test(value)
        ? 'write the number without quotes or thousands separators'
        : issue.expected === 'string' && typeof value === 'number'
          ? 'put the value in quotes'
          : undefined;
    return { message: `expected ${issue.expected}, got ${describe(value)}`, hint };
  }
  return { message: issue.message.replace(/^Invalid (input|option): /, '') };
}
