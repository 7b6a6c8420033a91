// Validate: schema, then rules. Returns diagnostics; never prints, never throws
// for bad input.
import type { Diagnostic } from '../errors.js';
import type { LoadedYaml } from '../load/yaml-file.js';
import { BriefingData, type BriefingFile } from '../schema/data.js';
import { keysAt } from './keys.js';
import { formatPath } from './paths.js';
import { checkRules } from './rules.js';
import { schemaDiagnostics } from './schema-issues.js';

export interface Validated<T> {
  value?: T;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** The data as written (texts may still be { zh, en }): see model/localize.ts. */
export function validateData(loaded: LoadedYaml): Validated<BriefingFile> {
  const parsed = BriefingData.safeParse(loaded.data);
  if (!parsed.success) {
    const errors = schemaDiagnostics(loaded, parsed.error, (path) => keysAt(BriefingData, path));
    return { errors: sortByPosition(errors), warnings: [] };
  }
  const problems = checkRules(parsed.data).map(
    (p): Diagnostic => ({ file: loaded.file, ...loaded.locate(p.path), path: formatPath(p.path), message: p.message, hint: p.hint, severity: p.severity }),
  );
  const errors = sortByPosition(problems.filter((p) => p.severity === 'error'));
  const warnings = sortByPosition(problems.filter((p) => p.severity === 'warning'));
  return { value: errors.length ? undefined : parsed.data, errors, warnings };
}

function sortByPosition(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
