// The folder holding the tool's package.json, found from this module's own
// location, so bundled and unbundled code agree on where templates/ is.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the briefing package root above ${fileURLToPath(from)}`);
    dir = parent;
  }
}
