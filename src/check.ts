// Load and validate one data file: what `validate` needs, and nothing that
// draws (no canvas, no pptxgenjs), so it stays fast.
import { UserError, type Diagnostic, type Position } from './errors.js';
import { loadMetricsFile } from './load/metrics-file.js';
import { TableFileError, type RawSheet } from './load/table.js';
import { loadYamlFile, type LoadedYaml } from './load/yaml-file.js';
import { localize } from './model/localize.js';
import type { Lang } from './model/words.js';
import type { BilingualData, BriefingData } from './schema/data.js';
import { hasEnglishUnit } from './model/format-en.js';
import { formatPath } from './validate/paths.js';
import { validateData } from './validate/index.js';
import { metricsRef } from './validate/metrics-ref.js';

export interface Checked {
  /** The data in the language asked for. */
  data: BriefingData;
  warnings: Diagnostic[];
  /** Where a field of the data is: file, line and column (a workbook cell for metrics kept in one). */
  where: (path: readonly (string | number)[]) => Position;
}

export interface CheckOptions {
  /** The deck language; default zh. */
  lang?: Lang;
  /** A text without the language's version is an error, not a warning. */
  requireTranslation?: boolean;
  /** A quote that no longer holds its figure is an error, not a warning. */
  strict?: boolean;
}

/** Throws UserError with every problem found. */
export async function checkFile(file: string, o: CheckOptions = {}): Promise<Checked> {
  const loaded = await loadYamlFile(file);
  const result = validateData(loaded, await metricsTable(loaded), { strict: o.strict });
  if (!result.value) throw new UserError(result.errors);
  const { data, missing } = localize(result.value, o.lang ?? 'zh');
  const where = result.where ?? ((path: readonly (string | number)[]) => ({ file: loaded.file, ...loaded.locate(path) }));
  const untranslated = [
    ...missingTranslations(loaded.file, where, missing, o.requireTranslation ?? false),
    ...(o.lang === 'en' ? unitsWithoutEnglish(result.value, where, o.requireTranslation ?? false) : []),
  ];
  if (o.requireTranslation && untranslated.length) throw new UserError(untranslated);
  return { data, warnings: [...result.warnings, ...untranslated], where };
}

/**
 * One diagnostic per text without English, in file order, then a count.
 * Warnings by default: the deck is built with the Chinese in their place,
 * which a translator can fix while the rest is reviewed.
 */
function missingTranslations(file: string, where: (path: readonly (string | number)[]) => Position, missing: ReturnType<typeof localize>['missing'], strict: boolean): Diagnostic[] {
  if (missing.length === 0) return [];
  const severity = strict ? 'error' : 'warning';
  const each = missing.map(
    (path): Diagnostic => ({
      ...where(path),
      path: formatPath(path),
      message: strict ? 'no English text' : 'no English text; the Chinese is used',
      severity,
    }),
  );
  const total: Diagnostic = {
    file,
    message: `${missing.length} text${missing.length > 1 ? 's have' : ' has'} no English${strict ? '' : '; the deck shows the Chinese for them'}`,
    hint: strict ? 'write them as { zh: ..., en: ... }' : 'write them as { zh: ..., en: ... }; --require-translation makes this an error',
    severity,
  };
  return [...each.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0)), total];
}

/** One diagnostic per unit English has no words for (not a known unit, and no unit_en), at its first figure. */
function unitsWithoutEnglish(data: BilingualData, where: (path: readonly (string | number)[]) => Position, strict: boolean): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  data.metrics.forEach((m, i) => {
    if (seen.has(m.unit) || hasEnglishUnit(m.unit, m.unit_en) || data.metrics.some((o) => o.unit === m.unit && o.unit_en !== undefined)) return;
    seen.add(m.unit);
    const path = ['metrics', i, 'unit'];
    out.push({
      ...where(path),
      path: formatPath(path),
      message: `no English for the unit "${m.unit}"${strict ? '' : '; the Chinese unit is shown'}`,
      hint: `add unit_en (e.g. unit_en: head) to a figure in ${m.unit}`,
      severity: strict ? 'error' : 'warning',
    });
  });
  return out;
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
