// Which data files a command works on: the ones named (folders expand to their
// YAML files), or every YAML file in data/.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { userError } from '../errors.js';

const isData = (name: string) => /\.ya?ml$/i.test(name) && !name.startsWith('.');

export async function resolveInputs(args: readonly string[], defaultDir: string): Promise<string[]> {
  const named = args.length ? args : [defaultDir];
  const out: string[] = [];
  for (const arg of named) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      const files = (await readdir(arg)).filter(isData).sort();
      if (files.length === 0) throw userError(arg, 'no data files (*.yaml) in this folder');
      out.push(...files.map((f) => join(arg, f)));
    } else {
      // Missing files are reported by the loader, with the others still built.
      out.push(arg);
    }
  }
  return [...new Set(out)];
}
