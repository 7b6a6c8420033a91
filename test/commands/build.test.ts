import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.js';
import { buildOne } from '../../src/commands/build-one.js';
import { loadTemplate } from '../../src/template/load.js';
import { memoryCache } from '../../src/write/chart-cache.js';
import { lines, runCli } from '../helpers/cli.js';
import { DATA_FILE, TEMPLATES_DIR, referenceText } from '../helpers/paths.js';
import { replaceOnce } from '../helpers/text.js';

const temp = () => mkdtemp(join(tmpdir(), 'briefing-build-'));

describe('chart reuse', () => {
  it('draws every chart once, then none; a one-figure edit redraws exactly the one chart showing it', async () => {
    const dir = await temp();
    const template = await loadTemplate('default', TEMPLATES_DIR);
    const cache = memoryCache();
    const file = join(dir, 'deck.yaml');
    await writeFile(file, referenceText());
    const settings = { template, outDir: join(dir, 'out'), cache };
    const first = await buildOne(file, settings);
    expect(first.drawn).toBe(7);
    const again = await buildOne(file, settings);
    expect(again.drawn).toBe(0);
    expect(again.status).toBe('unchanged');
    // 淳安县 2019: one value of the spending chart of slide 14.
    await writeFile(file, replaceOnce(referenceText(), '    value: 399\n', '    value: 398\n'));
    const edited = await buildOne(file, settings);
    expect(edited.drawn).toBe(1);
    expect(edited.status).toBe('written');
  });

  it('keeps pictures on disk under <out>/.cache/charts, and --no-cache keeps none', async () => {
    const dir = await temp();
    const out = join(dir, 'out');
    const withCache = await build({ files: [DATA_FILE], template: 'default', templatesDir: TEMPLATES_DIR, outDir: out, dataDir: 'data', jobs: 1 });
    expect(withCache.built[0]!.drawn).toBe(7);
    expect((await readdir(join(out, '.cache', 'charts'))).filter((n) => n.endsWith('.png'))).toHaveLength(7);
    const warm = await build({ files: [DATA_FILE], template: 'default', templatesDir: TEMPLATES_DIR, outDir: out, dataDir: 'data', jobs: 1 });
    expect(warm.built[0]!.drawn).toBe(0);
    const out2 = join(dir, 'out2');
    const cold = await build({ files: [DATA_FILE], template: 'default', templatesDir: TEMPLATES_DIR, outDir: out2, dataDir: 'data', jobs: 1, cache: false });
    expect(cold.built[0]!.drawn).toBe(7);
    expect(await readdir(out2)).toEqual(['deck.pptx'.replace('deck', 'zhejiang-2023')]);
  });
});

describe('batch builds (the CLI, on worker threads)', () => {
  it('builds the good files of a folder, reports the broken one, exits 2 and writes nothing for it', async () => {
    const dir = await temp();
    const data = join(dir, 'data');
    const out = join(dir, 'out');
    await (await import('node:fs/promises')).mkdir(data);
    for (const city of ['a', 'b', 'c']) {
      await writeFile(join(data, `${city}.yaml`), replaceOnce(referenceText(), 'organisation: 浙江省财政厅', `organisation: ${city}市财政局`));
    }
    await writeFile(join(data, 'broken.yaml'), replaceOnce(referenceText(), '    value: 34463\n', '    value: "三万"\n'));
    const r = await runCli(['build', data, '--out', out]);
    expect(r.code).toBe(2);
    expect((await readdir(out)).filter((n) => n.endsWith('.pptx')).sort()).toEqual(['a.pptx', 'b.pptx', 'c.pptx']);
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+: metrics\[\d+\]\.value: expected number/);
    expect(lines(r.stderr)).toContain('4 files: 3 built, 0 unchanged, 1 failed' + r.stderr.match(/, in [\d.]+ s/)![0]);
    expect(r.stdout.match(/a\.pptx/g)).toHaveLength(1);
    // The same input again: every deck is reported unchanged.
    const again = await runCli(['build', data, '--out', out]);
    expect(again.stderr).toContain('3 unchanged');
  });

  it('gives the same bytes built in a batch on worker threads as built alone', async () => {
    const dir = await temp();
    const data = join(dir, 'data');
    await (await import('node:fs/promises')).mkdir(data);
    await writeFile(join(data, 'x.yaml'), referenceText());
    await writeFile(join(data, 'y.yaml'), referenceText());
    expect((await runCli(['build', data, '--out', join(dir, 'batch'), '--no-cache'])).code).toBe(0);
    expect((await runCli(['build', DATA_FILE, '--out', join(dir, 'alone'), '--no-cache'])).code).toBe(0);
    const alone = await readFile(join(dir, 'alone', 'zhejiang-2023.pptx'));
    expect(Buffer.compare(await readFile(join(dir, 'batch', 'x.pptx')), alone)).toBe(0);
    expect(Buffer.compare(await readFile(join(dir, 'batch', 'y.pptx')), alone)).toBe(0);
  });
});
