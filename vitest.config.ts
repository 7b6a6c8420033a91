import { defineConfig } from 'vitest/config';

export default defineConfig({
  // As in the bundle (scripts/build.mjs): pptxgenjs's JSZip is the part collector.
  resolve: { alias: { jszip: new URL('./src/render/package-collector.ts', import.meta.url).pathname } },
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn dist/briefing.mjs: bundle it once, before every file.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
