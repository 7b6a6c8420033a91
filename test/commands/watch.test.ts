import { renameSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { watch } from '../../src/commands/watch.js';
import { DATA_FILE, TEMPLATES_DIR, referenceText } from '../helpers/paths.js';
import { replaceOnce } from '../helpers/text.js';
import { openPackage } from '../helpers/pptx.js';
import { referenceUsing, tableRows, writeWorkbook } from '../helpers/workbook.js';

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Watches `file`, building into <dir>/out, until the watcher is ready; its report lines so far and as they come. */
async function watching(dir: string, file: string) {
  const out: string[] = [];
  const err: string[] = [];
  const stop = new AbortController();
  let ready = false;
  const running = watch({
    files: [file],
    template: 'default',
    templatesDir: TEMPLATES_DIR,
    outDir: join(dir, 'out'),
    dataDir: dir,
    signal: stop.signal,
    report: (line, error) => (error ? err : out).push(line),
    onReady: () => (ready = true),
  });
  await until(() => ready, 'the watcher', 60_000);
  return { out, err, stop, running };
}

describe('watch', () => {
  it('reports the slide a one-figure edit changed, survives a bad edit with the last good deck intact, and stops on abort', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-watch-'));
    const file = join(dir, 'deck.yaml');
    const deck = join(dir, 'out', 'deck.pptx');
    await writeFile(file, referenceText());
    const { out, err, stop, running } = await watching(dir, file);
    expect(out).toHaveLength(1);
    // The first build names the deck and its size, not every slide as "added".
    expect(out[0]!.slice(0, 9)).toMatch(/^\d\d:\d\d:\d\d $/);
    expect(out[0]!.slice(9).replace(/\d+ ms$/, 'N ms')).toBe(`${file} -> ${deck}: 17 slides, 7 charts drawn, written, N ms`);

    // One figure of the 淳安县 case: slide 14 and its chart change, nothing else.
    await writeFile(file, replaceOnce(referenceText(), '    value: 399\n', '    value: 398\n'));
    await until(() => out.length === 2, 'the rebuild');
    expect(out[1]).toMatch(/deck\.yaml: \d+ ms, 1 chart drawn: 14 （四）财政绩效$/);
    const good = await readFile(deck);

    // A bad edit: the error is reported, the deck stays byte for byte, the watcher goes on.
    await writeFile(file, replaceOnce(referenceText(), '    value: 399\n', '    value: [\n'));
    await until(() => err.some((l) => l.includes('not rebuilt')), 'the error report');
    expect(err.some((l) => /deck\.yaml:\d+:\d+: /.test(l))).toBe(true);
    expect(err.at(-1)).toContain('the last good deck is unchanged');
    expect(Buffer.compare(await readFile(deck), good)).toBe(0);

    // Saving the same figures again: a rebuild with no change.
    await writeFile(file, replaceOnce(referenceText(), '    value: 399\n', '    value: 398\n'));
    await until(() => out.length === 3, 'the rebuild after the fix');
    expect(out[2]).toMatch(/0 charts drawn: no change$/);

    stop.abort();
    await running;
  });

  it('builds a burst of saves once, from the last save: the data file and its workbook saved together, three times', { timeout: 180_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-watch-burst-'));
    const file = join(dir, 'deck.yaml');
    const xlsx = join(dir, 'metrics.xlsx');
    const metrics = (await checkFile(DATA_FILE)).data.metrics;
    const row = metrics.findIndex((m) => m.value === 399) + 2;
    const saves = [398, 397, 395];
    for (const [i, v] of [399, ...saves].entries()) await writeWorkbook(join(dir, `save-${i}.xlsx`), tableRows(metrics), (s) => (s.getCell(`C${row}`).value = v));
    await rename(join(dir, 'save-0.xlsx'), xlsx);
    const yaml = (org: string) => referenceUsing('{ file: metrics.xlsx }').replace('organisation: 浙江省财政厅', `organisation: ${org}`);
    await writeFile(file, yaml('浙江省财政厅'));
    const { out, err, stop, running } = await watching(dir, file);
    expect(out).toHaveLength(1);
    // Within a few milliseconds, as a script or a busy editor saves: the workbook (as Excel saves,
    // a new file renamed over the old), then the data file; three times, each with other figures.
    saves.forEach((_, i) => {
      renameSync(join(dir, `save-${i + 1}.xlsx`), xlsx);
      writeFileSync(file, yaml(`第${i + 1}版财政厅`));
    });
    await until(() => out.length >= 2, 'the rebuild');
    // Long enough for any further build to have started and reported.
    await new Promise((r) => setTimeout(r, 3000));
    // One build, of the last save: one warning, for its figure (the quote still says 399万元).
    expect(err).toEqual([expect.stringContaining(`${xlsx}!指标!C${row}: warning: value: the quote does not hold the figure 395万元`)]);
    expect(out).toHaveLength(2);
    const deck = openPackage(new Uint8Array(await readFile(join(dir, 'out', 'deck.pptx'))));
    expect(deck.text('ppt/slides/slide1.xml')).toContain('第3版财政厅');
    expect(deck.text('ppt/slides/slide14.xml')).toContain('395');
    stop.abort();
    await running;
  });

  it('rebuilds when the metrics workbook is saved, also after a bad save', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-watch-xlsx-'));
    const file = join(dir, 'deck.yaml');
    const xlsx = join(dir, 'metrics.xlsx');
    const metrics = (await checkFile(DATA_FILE)).data.metrics;
    const row = metrics.findIndex((m) => m.value === 399) + 2;
    const save = async (value: unknown) => {
      // As Excel saves: a new file renamed over the old one.
      await writeWorkbook(`${xlsx}.tmp`, tableRows(metrics), (s) => (s.getCell(`C${row}`).value = value as number));
      await rename(`${xlsx}.tmp`, xlsx);
    };
    await save(399);
    await writeFile(file, referenceUsing('{ file: metrics.xlsx }'));
    const { out, err, stop, running } = await watching(dir, file);
    expect(out).toHaveLength(1);

    await save(398);
    await until(() => out.length === 2, 'the rebuild after saving the workbook');
    expect(out[1]).toMatch(/deck\.yaml: \d+ ms, 1 chart drawn: 14 （四）财政绩效$/);
    // The figure was edited, its quote (399万元) was not: said at the cell.
    expect(err.some((l) => l.startsWith(`${xlsx}!指标!C${row}: warning: value: the quote does not hold the figure 398万元`))).toBe(true);

    await save('三九八');
    await until(() => err.some((l) => l.includes('not rebuilt')), 'the error report');
    expect(err).toContain(`${xlsx}!指标!C${row}: value: expected a number, got the text "三九八" (hint: write the figure in digits)`);

    await save(399);
    await until(() => out.length === 3, 'the rebuild after the fix');
    expect(out[2]).toMatch(/14 （四）财政绩效$/);
    stop.abort();
    await running;
  });
});
