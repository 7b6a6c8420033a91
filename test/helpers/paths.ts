// Where the repository's own files are, independent of the working directory.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TEMPLATES_DIR = join(ROOT, 'templates');
export const DATA_FILE = join(ROOT, 'data', 'zhejiang-2023.yaml');
export const BIN = join(ROOT, 'bin', 'briefing.mjs');

/**
 * The reference data file as text, to be modified by tests: its Chinese only
 * (every { zh, en } text written back as the plain Chinese string), so that
 * tests and the bad-input corpus edit the lines they always did.
 */
export const referenceText = (): string => chineseOnly(readFileSync(DATA_FILE, 'utf8'));

/** The reference data file as it is, English included. */
export const bilingualReferenceText = (): string => readFileSync(DATA_FILE, 'utf8');

/** `key:` + indented `zh:` and `en:` lines -> `key: <zh>`; list items `- zh:` + `en:` -> `- <zh>`. */
export function chineseOnly(yaml: string): string {
  return yaml
    .replace(/^( *(?:- )?[a-z_]+):\n( +)zh: (.*)\n\2en: .*$/gm, (all, key: string, pad: string, zh: string) => (pad.length === key.replace(/[a-z_]+$/, '').length + 2 ? `${key}: ${zh}` : all))
    .replace(/^( +)- zh: (.*)\n\1  en: .*$/gm, '$1- $2');
}
