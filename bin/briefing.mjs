#!/usr/bin/env node
// The installed command: runs the bundle that `npm install` builds (npm run build).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/briefing.mjs', import.meta.url);
// `npm run briefing` in a clone: bundle first, but only when the sources changed since.
if (process.env.npm_lifecycle_event === 'briefing' && existsSync(new URL('../src', import.meta.url))) {
  const { bundleIsStale } = await import('../scripts/bundle-stale.mjs');
  if (bundleIsStale(fileURLToPath(new URL('..', import.meta.url)))) await import('../scripts/build.mjs');
}
if (!existsSync(bundle)) {
  process.stderr.write('briefing: the CLI is not built yet. Run "npm install" (or "npm run build") in the briefing folder.\n');
  process.exit(1);
}
await import(bundle.href);
