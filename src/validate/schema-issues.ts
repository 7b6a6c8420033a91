// zod issues -> diagnostics that say file:line:col and the field.
import type { z } from 'zod';
import type { Diagnostic } from '../errors.js';
import type { LoadedYaml, PathSegment } from '../load/yaml-file.js';
import { closest, formatPath } from './paths.js';

export function schemaDiagnostics(loaded: LoadedYaml, error: z.ZodError, knownKeys: (path: PathSegment[]) => string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = closest(key, knownKeys(path));
        out.push({
          file: loaded.file,
          ...loaded.locate(path, key),
          path: formatPath([...path, key]),
          message: `unknown key "${key}"`,
          hint: suggestion ? `did you mean "${suggestion}"?` : `allowed here: ${knownKeys(path).join(', ')}`,
          severity: 'error',
        });
      }
      continue;
    }
    out.push({
      file: loaded.file,
      ...loaded.locate(path),
      path: formatPath(path),
      message: messageOf(issue),
      severity: 'error',
    });
  }
  return out;
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `required field is missing (expected ${issue.expected})`;
  return issue.message.replace(/^Invalid input: /, '');
}
