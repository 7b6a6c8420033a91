// Whether dist/ is older than what it is bundled from (src/, this folder's
// build script, the installed packages), so that `npm run briefing` bundles
// only when something changed (bundling cost about 1.4 s a command).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

function newest(dir) {
  let latest = -1;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : mtime(path));
  }
  return latest;
}

/** `root`: the package folder. True when dist/briefing.mjs is missing or older than a source. */
export function bundleIsStale(root) {
  const bundle = mtime(join(root, 'dist', 'briefing.mjs'));
  if (bundle < 0) return true;
  const sources = Math.max(newest(join(root, 'src')), mtime(join(root, 'scripts', 'build.mjs')), mtime(join(root, 'package-lock.json')), mtime(join(root, 'package.json')));
  return sources > bundle;
}
