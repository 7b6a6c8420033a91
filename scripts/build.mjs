// Bundles the CLI into dist/briefing.mjs with esbuild (about 0.1 s), so the
// command starts without compiling TypeScript. Dependencies stay external.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/briefing.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  splitting: false,
  sourcemap: 'linked',
  logLevel: 'warning',
});
