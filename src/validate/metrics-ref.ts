// Validate the `metrics: { file, sheet }` mapping itself, before the file it
// names is read; its problems are shown at its YAML lines.
import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../errors.js';
import type { LoadedYaml } from '../load/yaml-file.js';
import { MetricsTable } from '../schema/data.js';
import { keysAt } from './keys.js';
import { schemaDiagnostics, yamlSource } from './schema-issues.js';

const Holder = z.looseObject({ metrics: MetricsTable });

export type MetricsRef = { file: string; sheet?: string } | { errors: Diagnostic[] } | undefined;

/** The table file to read (relative to the data file), its problems, or undefined for inline metrics. */
export function metricsRef(loaded: LoadedYaml): MetricsRef {
  const metrics = (loaded.data as { metrics?: unknown } | null)?.metrics;
  if (metrics === null || typeof metrics !== 'object' || Array.isArray(metrics)) return undefined;
  const parsed = Holder.safeParse(loaded.data);
  if (!parsed.success) {
    return { errors: schemaDiagnostics(yamlSource(loaded), parsed.error, (path) => keysAt(Holder, path)) };
  }
  const { file, sheet } = parsed.data.metrics;
  return { file: isAbsolute(file) ? file : join(dirname(loaded.file), file), sheet };
}
