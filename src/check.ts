// Load and validate one data file: what `validate` needs, and nothing that
// draws (no canvas, no pptxgenjs), so it stays fast.
import { UserError, type Diagnostic } from './errors.js';
import { loadMetricsFile } from './load/metrics-file.js';
import { TableFileError, type RawSheet } from './load/table.js';
import { loadYamlFile, type LoadedYaml } from './load/yaml-file.js';
import type { BriefingData } from './schema/data.js';
import { validateData } from './validate/index.js';
import { metricsRef } from './validate/metrics-ref.js';

export interface Checked {
  data: BriefingData;
  warnings: Diagnostic[];
}

/** Throws UserError with every problem found. */
export async function checkFile(file: string): Promise<Checked> {
  const loaded = await loadYamlFile(file);
  const result = validateData(loaded, await metricsTable(loaded));
  if (!result.value) throw new UserError(result.errors);
  return { data: result.value, warnings: result.warnings };
}

/** The files a data file is built from besides itself (its metrics workbook), as far as it can be read; for watch. */
export async function otherInputs(file: string): Promise<string[]> {
  const ref = metricsRef(await loadYamlFile(file).catch(() => ({ data: undefined }) as unknown as LoadedYaml));
  return ref && 'file' in ref ? [ref.file] : [];
}

async function metricsTable(loaded: LoadedYaml): Promise<RawSheet | undefined> {
  const ref = metricsRef(loaded);
  if (!ref) return undefined;
  if ('errors' in ref) throw new UserError(ref.errors);
  try {
    return await loadMetricsFile(ref.file, ref.sheet);
  } catch (e) {
    if (!(e instanceof TableFileError)) throw e;
    // Said at the line that names the file or the sheet.
    throw new UserError({ file: loaded.file, ...loaded.locate(['metrics', e.field]), path: `metrics.${e.field}`, message: e.message, hint: e.hint, severity: 'error' });
  }
}
