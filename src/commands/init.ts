// briefing init: a new data file with every section and placeholders that
// validate, and with --xlsx the metrics workbook it reads.
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { userError } from '../errors.js';
import { writeAtomic } from '../write/atomic.js';
import { metricsWorkbook } from '../write/metrics-workbook.js';
import { PLACEHOLDER_METRICS, initYaml } from './init-template.js';

export interface InitOptions {
  /** The data file to write (.yaml or .yml). */
  file: string;
  /** Also write <name>-metrics.xlsx beside it and take the metrics from there. */
  xlsx: boolean;
  force: boolean;
  /** The JSON Schema of the installed package, which the file's first line names. */
  schemaFile: string;
}

/** Returns the files written. Throws UserError for a name that is not YAML or a file that exists (without force). */
export async function init(o: InitOptions): Promise<string[]> {
  if (!/\.ya?ml$/i.test(o.file)) throw userError(o.file, 'a data file is named .yaml', { hint: `e.g. ${o.file.replace(/\.[^./\\]*$/, '')}.yaml` });
  const workbookName = `${basename(o.file, extname(o.file))}-metrics.xlsx`;
  const workbook = join(dirname(o.file), workbookName);
  const targets = o.xlsx ? [o.file, workbook] : [o.file];
  if (!o.force) {
    for (const t of targets) {
      if (await stat(t).then(() => true, () => false)) throw userError(t, 'already exists; nothing was written', { hint: 'choose another name, or add --force to overwrite it' });
    }
  }
  // Relative to the new file, as the repository's own data files name ../schema/... (an editor
  // resolves it from the file); absolute (a file: URL) when no relative path exists (another drive).
  const rel = relative(dirname(resolve(o.file)), o.schemaFile);
  const schemaRef = isAbsolute(rel) ? pathToFileURL(o.schemaFile).href : rel.split(sep).join('/');
  if (o.xlsx) await writeAtomic(workbook, await metricsWorkbook(PLACEHOLDER_METRICS), 'the file');
  await writeAtomic(o.file, new TextEncoder().encode(initYaml(schemaRef, o.xlsx ? workbookName : undefined)), 'the file');
  return targets;
}
