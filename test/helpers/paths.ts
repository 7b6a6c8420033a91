// Where the repository's own files are, independent of the working directory.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TEMPLATES_DIR = join(ROOT, 'templates');
export const DATA_FILE = join(ROOT, 'data', 'zhejiang-2023.yaml');
export const BIN = join(ROOT, 'bin', 'briefing.mjs');

/** The reference data file as text, to be modified by tests. */
export const referenceText = (): string => readFileSync(DATA_FILE, 'utf8');
