// Load and validate one data file: what `validate` needs, and nothing that
// draws (no canvas, no pptxgenjs), so it stays fast.
import { UserError, type Diagnostic } from './errors.js';
import { loadYamlFile } from './load/yaml-file.js';
import type { BriefingData } from './schema/data.js';
import { validateData } from './validate/index.js';

export interface Checked {
  data: BriefingData;
  warnings: Diagnostic[];
}

/** Throws UserError with every problem found. */
export async function checkFile(file: string): Promise<Checked> {
  const loaded = await loadYamlFile(file);
  const result = validateData(loaded);
  if (!result.value) throw new UserError(result.errors);
  return { data: result.value, warnings: result.warnings };
}

