// The only place that writes into the output folder: a temporary file in the
// same folder, then a rename, so a failure never leaves half a deck and never
// destroys the previous one.
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { userError } from '../errors.js';

/**
 * mkdir -p. The path is made absolute first: Node 20's recursive mkdir of a
 * relative path of two or more levels never returns once the working folder
 * has been deleted (a build whose folder a test or a user removed ran on for
 * twenty minutes at full CPU).
 */
export async function mkdirs(dir: string): Promise<void> {
  // resolve() may throw too (no working folder): async, so that it rejects instead.
  await mkdir(resolve(dir), { recursive: true });
}

/** `what` names the file in messages: the deck, unless said otherwise. */
export async function writeAtomic(target: string, bytes: Uint8Array, what = 'the deck'): Promise<void> {
  const dir = dirname(target);
  try {
    await mkdirs(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const file = code === 'EEXIST' || code === 'ENOTDIR' ? await fileInTheWay(dir) : undefined;
    if (file) throw userError(file, `is a file, where the folder for ${what} should be`, what === 'the deck' ? { hint: '--out names a folder: give another name, e.g. --out decks' } : {});
    throw userError(dir, `cannot create the output folder (${code ?? e})`);
  }
  const temp = join(dir, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    const busy = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES';
    const hint = !busy ? undefined : what === 'the deck' ? 'is the deck open in PowerPoint? Close it and build again' : `is ${what} open in another program? Close it and try again`;
    throw userError(target, `cannot write ${what} (${code ?? String(e)}); the previous file is unchanged`, { hint });
  }
}

/** The file that stands where `dir` or one of the folders above it would be. */
async function fileInTheWay(dir: string): Promise<string | undefined> {
  for (let d = dir; ; d = dirname(d)) {
    const info = await stat(d).catch(() => undefined);
    if (info) return info.isDirectory() ? undefined : d;
    if (dirname(d) === d) return undefined;
  }
}

/**
 * Writes only when the bytes differ from the file already there, so that an
 * unchanged deck keeps its file time (and an open copy is not disturbed).
 */
export async function writeIfChanged(target: string, bytes: Uint8Array): Promise<'written' | 'unchanged'> {
  const existing = await readFile(target).catch(() => undefined);
  if (existing && Buffer.compare(existing, bytes) === 0) return 'unchanged';
  await writeAtomic(target, bytes);
  return 'written';
}
