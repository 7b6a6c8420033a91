// The checks issue 11 added, as a user meets them: a stale quote (a warning;
// --strict makes it an error on validate and build, nothing written), and a
// unit English has no words for (once per unit in an English build).
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lines, runCli } from '../helpers/cli.js';
import { referenceText } from '../helpers/paths.js';
import { lineColOf, replaceOnce } from '../helpers/text.js';
import { smallData } from '../helpers/small-data.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-format-checks-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a quote that no longer holds its figure', () => {
  it('is a warning at the figure; with --strict an error, on validate and on build, and no deck is written', async () => {
    const file = join(dir, 'stale.yaml');
    const text = replaceOnce(referenceText(), '    value: 98.9\n', '    value: 97.9\n');
    await writeFile(file, text);
    const at = lineColOf(text, '97.9');
    const warning = `${file}:${at.line}:${at.col}: warning: metrics[33].value: the quote does not hold the figure 97.9% (hint: the quote's figures: 3100, 98.9; correct the value or the quote (--strict makes this an error))`;
    const loose = await runCli(['validate', file]);
    expect(loose.code).toBe(0);
    expect(lines(loose.stderr)).toContain(warning);
    const strict = await runCli(['validate', file, '--strict']);
    expect(strict.code).toBe(2);
    expect(lines(strict.stderr)).toContain(`${file}:${at.line}:${at.col}: metrics[33].value: the quote does not hold the figure 97.9% (hint: the quote's figures: 3100, 98.9; correct the value or the quote)`);
    const out = join(dir, 'out');
    const build = await runCli(['build', file, '--out', out, '--strict']);
    expect(build.code).toBe(2);
    expect(existsSync(join(out, 'stale.pptx'))).toBe(false);
  });
});

describe('a unit the tool does not know', () => {
  it('builds; an English build warns once per unit, at its first figure, unless unit_en gives its English', async () => {
    const d = smallData();
    d.metrics.push(
      { id: 'cattle', label: '牲畜', value: 3, unit: '万头', year: 2021, quote: '3万头' },
      { id: 'sheep', label: '羊', value: 5, unit: '万头', year: 2021, quote: '5万头' },
    );
    const file = join(dir, 'units.yaml');
    await writeFile(file, stringify(d));
    const zh = await runCli(['validate', file]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).not.toMatch(/万头/);
    const en = await runCli(['validate', file, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(lines(en.stderr).filter((l) => l.includes('no English for the unit'))).toEqual([
      expect.stringMatching(/units\.yaml:\d+:\d+: warning: metrics\[8\]\.unit: no English for the unit "万头"; the Chinese unit is shown \(hint: add unit_en/),
    ]);
    d.metrics[8]!.unit_en = 'head';
    await writeFile(file, stringify(d));
    expect((await runCli(['validate', file, '--lang', 'en'])).stderr).not.toMatch(/no English for the unit/);
  });
});
