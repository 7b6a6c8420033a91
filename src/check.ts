// Load and validate one data file: what `validate` needs, and nothing that
// draws (no canvas, no pptxgenjs), so it stays fast.
import { UserError, type Diagnostic } from './errors.js';
import { loadYamlFile, type LoadedYaml } from './load/yaml-file.js';
import { localize } from './model/localize.js';
import type { Lang } from './model/words.js';
import type { BriefingData } from './schema/data.js';
import { formatPath } from './validate/paths.js';
import { validateData } from './validate/index.js';

export interface Checked {
  /** The data in the language asked for. */
  data: BriefingData;
  warnings: Diagnostic[];
}

export interface CheckOptions {
  /** The deck language; default zh. */
  lang?: Lang;
  /** A text without the language's version is an error, not a warning. */
  requireTranslation?: boolean;
}

/** Throws UserError with every problem found. */
export async function checkFile(file: string, o: CheckOptions = {}): Promise<Checked> {
  const loaded = await loadYamlFile(file);
  const result = validateData(loaded);
  if (!result.value) throw new UserError(result.errors);
  const { data, missing } = localize(result.value, o.lang ?? 'zh');
  const untranslated = missingTranslations(loaded, missing, o.requireTranslation ?? false);
  if (o.requireTranslation && untranslated.length) throw new UserError(untranslated);
  return { data, warnings: [...result.warnings, ...untranslated] };
}

/**
 * One diagnostic per text without English, in file order, then a count.
 * Warnings by default: the deck is built with the Chinese in their place,
 * which a translator can fix while the rest is reviewed.
 */
function missingTranslations(loaded: LoadedYaml, missing: ReturnType<typeof localize>['missing'], strict: boolean): Diagnostic[] {
  if (missing.length === 0) return [];
  const severity = strict ? 'error' : 'warning';
  const each = missing.map(
    (path): Diagnostic => ({
      file: loaded.file,
      ...loaded.locate(path),
      path: formatPath(path),
      message: strict ? 'no English text' : 'no English text; the Chinese is used',
      severity,
    }),
  );
  const total: Diagnostic = {
    file: loaded.file,
    message: `${missing.length} text${missing.length > 1 ? 's have' : ' has'} no English${strict ? '' : '; the deck shows the Chinese for them'}`,
    hint: strict ? 'write them as { zh: ..., en: ... }' : 'write them as { zh: ..., en: ... }; --require-translation makes this an error',
    severity,
  };
  return [...each.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0)), total];
}
