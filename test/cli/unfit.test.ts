// A text that fits no slide, even continued on one of its own (a case title of
// 2,000 characters): the build stops with exit code 2, one line naming the
// file, line, field and the length that fits, and writes nothing.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines, runCli, STACK_FRAME } from '../helpers/cli.js';
import { DATA_FILE } from '../helpers/paths.js';

describe('a text too long for any slide', () => {
  it('stops the build with exit code 2, naming the field and the length that fits; nothing is written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-unfit-'));
    const yaml = await readFile(DATA_FILE, 'utf8');
    // The first case's Chinese title, 2,000 characters long.
    const at = yaml.indexOf('\ncases:\n');
    const title = yaml.indexOf('zh: ', yaml.indexOf('title:', at));
    const end = yaml.indexOf('\n', title);
    const long = '以购买服务推动政府职能转变，'.repeat(150).slice(0, 2000);
    const file = join(dir, 'long-case.yaml');
    await writeFile(file, `${yaml.slice(0, title)}zh: ${long}${yaml.slice(end)}`);
    // The line where the field's value starts (its zh:).
    const line = yaml.slice(0, title).split('\n').length;

    const r = await runCli(['build', file, '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const message = lines(r.stderr).find((l) => l.includes('cases[0].title'));
    expect(message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+: cases\\[0\\]\\.title: 2000 characters do not fit .*; (\\d+) would fit \\(hint: shorten it to \\1 characters or fewer\\)$`));
    const fits = Number(/; (\d+) would fit/.exec(message!)![1]);
    expect(fits).toBeGreaterThan(100);
    expect(fits).toBeLessThan(2000);
    // Nothing written: no deck, no half deck.
    expect((await readdir(join(dir, 'out')).catch(() => [])).filter((n) => n.endsWith('.pptx') || n.includes('.tmp'))).toEqual([]);

    // Shortened to that length, the same file builds.
    await writeFile(file, `${yaml.slice(0, title)}zh: ${[...long].slice(0, fits).join('')}${yaml.slice(end)}`);
    const ok = await runCli(['build', file, '--out', join(dir, 'out')]);
    expect(ok.code).toBe(0);
    // It continues, on pages of its own, as the build says.
    expect(lines(ok.stderr)).toEqual([expect.stringMatching(/slide 11 （一）简政放权: the text continues on \d+ more slides?/)]);
  });
});
