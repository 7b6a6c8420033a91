#!/usr/bin/env node
// The installed command: runs the bundle that `npm install` builds (npm run build).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/briefing.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('briefing: the CLI is not built yet. Run "npm install" (or "npm run build") in the briefing folder.\n');
  process.exit(1);
}
await import(bundle.href);
