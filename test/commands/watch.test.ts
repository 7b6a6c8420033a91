import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watch } from '../../src/commands/watch.js';
import { TEMPLATES_DIR, referenceText } from '../helpers/paths.js';
import { replaceOnce } from '../helpers/text.js';

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('watch', () => {
  it('reports the slide a one-figure edit changed, survives a bad edit with the last good deck intact, and stops on abort', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-watch-'));
    const file = join(dir, 'deck.yaml');
    const deck = join(dir, 'out', 'deck.pptx');
    await writeFile(file, referenceText());
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
    await until(() => ready, 'the watcher');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/deck\.yaml: \d+ ms, 7 charts drawn: added 1 /);

    // One figure of the 淳安县 case: slide 14 and its chart change, nothing else.
    await writeFile(file, replaceOnce(referenceText(), '    value: 399\n', '    value: 398\n'));
    await until(() => out.length === 2, 'the rebuild');
    expect(out[1]).toMatch(/deck\.yaml: \d+ ms, 1 charts drawn: 14 （四）财政绩效$/);
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
});
