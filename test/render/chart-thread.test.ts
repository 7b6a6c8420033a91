// The chart thread draws exactly what the main thread would, and reports its
// failures instead of hanging. It runs the bundle (dist/chart-worker.mjs,
// built by npm install).
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/model/deck.js';
import { renderChartPng, type ChartStyle } from '../../src/render/chart-png.js';
import { startChartThread, type ChartThread } from '../../src/render/chart-thread.js';
import { chartStyle } from '../../src/pipeline.js';
import { loadTemplate } from '../../src/template/load.js';
import { ROOT, TEMPLATES_DIR } from '../helpers/paths.js';
import { amounts as referenceAmounts } from '../helpers/chart-specs.js';

const amounts: ChartSpec = { ...referenceAmounts, change: '×3.83', alt: '' };
const rings: ChartSpec = { ...amounts, id: 'shares', kind: 'rings', unit: '%', max: 100, series: [{ name: '占比', values: [69.4, 98.9], labels: ['69.4%', '98.9%'], numbers: ['69.4', '98.9'] }] };

let style: ChartStyle;
let thread: ChartThread;
beforeAll(async () => {
  style = chartStyle(await loadTemplate('default', TEMPLATES_DIR));
  const started = startChartThread(style);
  if (!started) throw new Error('dist/chart-worker.mjs is missing: run "npm run build" first');
  thread = started;
});
afterAll(() => thread?.close());

describe('the chart thread', () => {
  it('draws the same bytes as drawing in this thread, bars and rings', async () => {
    for (const spec of [amounts, rings]) {
      const [there, here] = await Promise.all([thread.draw(spec, 504, 234, style), renderChartPng(spec, 504, 234, style)]);
      expect(Buffer.from(there).equals(Buffer.from(here)), spec.kind).toBe(true);
    }
  });

  it('draws several charts at once, each answer to its own request', async () => {
    const sizes = [200, 300, 400, 500];
    const pngs = await Promise.all(sizes.map((w) => thread.draw(amounts, w, 200, style)));
    expect(pngs.map((p) => Buffer.from(p).readUInt32BE(16))).toEqual(sizes.map((w) => w * 3));
  });

  it('turns a failure on the thread into a rejected drawing, as an internal error', async () => {
    const broken = { ...amounts, series: null } as unknown as ChartSpec;
    await expect(thread.draw(broken, 300, 200, style)).rejects.toThrow(/^internal: drawing a chart failed on the chart thread/);
    // And keeps drawing afterwards.
    expect((await thread.draw(amounts, 300, 200, style)).length).toBeGreaterThan(1000);
  });

  it('holds the process while it draws, and not once it is idle', async () => {
    const script = join(await mkdtemp(join(tmpdir(), 'briefing-thread-')), 'start.mts');
    const src = (f: string) => JSON.stringify(pathToFileURL(join(ROOT, 'src', f)).href);
    await writeFile(script, `import { startChartThread } from ${src('render/chart-thread.ts')};\nimport { chartStyle } from ${src('pipeline.ts')};\nimport { loadTemplate } from ${src('template/load.ts')};\nconst style = chartStyle(await loadTemplate('default', ${JSON.stringify(TEMPLATES_DIR)}));\nconst thread = startChartThread(style)!;\nconst png = await thread.draw(${JSON.stringify(amounts)}, 300, 200, style);\nconsole.log('drawn', png.length > 1000);\n`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, timeout: 20_000, encoding: 'utf8' });
    expect(run.error).toBeUndefined(); // a timeout shows here: an idle thread held the process
    // Exit code 13 would be an await left unsettled: a busy thread not held.
    expect([run.status, run.stdout.trim()]).toEqual([0, 'drawn true']);
  });

  it('refuses to draw once closed', async () => {
    const other = startChartThread()!;
    await other.close();
    await expect(other.draw(amounts, 300, 200, style)).rejects.toThrow(/chart thread/);
  });
});
