// briefing validate: check data files without rendering anything.
import { UserError, type Diagnostic } from '../errors.js';
import { checkFile, type CheckOptions } from '../check.js';
import { resolveInputs } from './inputs.js';

export interface ValidateReport {
  ok: { file: string; warnings: Diagnostic[] }[];
  failed: { file: string; error: UserError }[];
}

/** With `lang: 'en'`, texts without English are listed too (errors with `requireTranslation`). */
export async function validate(files: readonly string[], dataDir: string, o: CheckOptions = {}): Promise<ValidateReport> {
  const report: ValidateReport = { ok: [], failed: [] };
  for (const file of await resolveInputs(files, dataDir)) {
    try {
      report.ok.push({ file, warnings: (await checkFile(file, o)).warnings });
    } catch (e) {
      if (e instanceof UserError) report.failed.push({ file, error: e });
      else throw e;
    }
  }
  return report;
}
