// Bundles the CLI into dist/briefing.mjs with esbuild (about 0.1 s), so the
// command starts without compiling TypeScript or resolving hundreds of
// module files. The native canvas and the worker pool stay external.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Chunks are named by content: clear the old ones, which would otherwise pile up.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

// pptxgenjs's JSZip, and only pptxgenjs's (exceljs reads workbooks with the
// real one): the parts are kept instead (src/render/package-collector.ts).
const pptxgenjsParts = {
  name: 'pptxgenjs-parts',
  setup(b) {
    b.onResolve({ filter: /^jszip$/ }, (args) =>
      /[\\/]node_modules[\\/]pptxgenjs[\\/]/.test(args.importer) ? { path: fileURLToPath(new URL('../src/render/package-collector.ts', import.meta.url)) } : undefined,
    );
  },
};

// zod's locales, but English (src/util/zod-locales.ts): 313 KB of the bundle.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: fileURLToPath(new URL('../src/util/zod-locales.ts', import.meta.url)) } : undefined,
    );
  },
};

// yargs's ES module build lays help out with cliui's ES module, whose line
// wrapping cuts every N characters, mid-word ("withou|t"); cliui's CommonJS
// build wraps between words (wrap-ansi) and counts a Chinese character as two
// columns (string-width). yargs gets that one.
const cliuiWordWrap = {
  name: 'cliui-word-wrap',
  setup(b) {
    b.onResolve({ filter: /^cliui$/ }, (args) => (/[\\/]node_modules[\\/]yargs[\\/]/.test(args.importer) ? { path: createRequire(args.importer).resolve('cliui') } : undefined));
  },
};

await build({
  // The command, the worker thread of batch builds, and the chart thread.
  entryPoints: { briefing: 'src/cli/bin.ts', 'build-worker': 'src/commands/build-worker.ts', 'chart-worker': 'src/render/chart-worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // wawoff2 loads its WebAssembly from its own folder; canvas and
  // chartjs-node-canvas are optional and loaded by name when asked for.
  external: ['@napi-rs/canvas', 'tinypool', 'wawoff2', 'canvas', 'chartjs-node-canvas'],
  // Some bundled CommonJS packages call require() for Node's own modules.
  banner: { js: "import { createRequire as __briefingRequire } from 'node:module'; const require = __briefingRequire(import.meta.url);" },
  // Split at dynamic imports, so that a command loads only what it uses (validate draws nothing).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [pptxgenjsParts, zodEnglishOnly, cliuiWordWrap],
});
