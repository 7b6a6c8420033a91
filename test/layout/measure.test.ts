// Text measured with the template's font; the widths a build measured are kept
// (write/chart-cache.ts) so that a rebuild lays out without the canvas.
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMeasurer, knownAdvances, measurerFor, rememberAdvances } from '../../src/layout/measure.js';
import { loadTemplate } from '../../src/template/load.js';
import { readAdvances, writeAdvances } from '../../src/write/chart-cache.js';
import { TEMPLATES_DIR } from '../helpers/paths.js';

const TEXT = '浙江省财政厅以干在实处的韧劲、走在前列的决心，借力政府购买服务改革（2015年：84亿元）推进 Modernising governance.';

describe('measuring text', () => {
  it('gives the same widths and wraps from remembered widths as from the font, without measuring', async () => {
    const t = await loadTemplate('default', TEMPLATES_DIR);
    const fresh = createMeasurer(t.fontPath, t.spec.fonts.family);
    // A measurer whose font path is wrong can only answer from what it was given.
    const remembered = createMeasurer('/no/such/font.otf', t.spec.fonts.family, new Map([...TEXT].map((ch) => [ch, fresh.width(ch, 100) / 100 / 1.06])));
    expect(remembered.width(TEXT, 14)).toBeCloseTo(fresh.width(TEXT, 14), 9);
    expect(remembered.wrap(TEXT, 200, 14)).toEqual(fresh.wrap(TEXT, 200, 14));
    expect(() => remembered.width('未', 14)).toThrow(/could not be loaded/);
  });

  it('remembers only sane widths, one character each, and shares them per font', async () => {
    const hash = createHash('sha256').update(String(Math.random())).digest('hex');
    rememberAdvances(hash, { 政: 1, ab: 0.5, 府: Number.NaN, 购: -1, 买: 0.98 });
    expect(knownAdvances(hash)).toEqual({ 政: 1, 买: 0.98 });
    const t = await loadTemplate('default', TEMPLATES_DIR);
    const m = measurerFor(t.fontPath, t.spec.fonts.family, t.fontHash);
    m.width('服务', 14);
    expect(Object.keys(knownAdvances(t.fontHash))).toEqual(expect.arrayContaining(['服', '务']));
  });

  it('are kept in the cache folder per font, and a damaged file is ignored', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-advances-'));
    const hash = 'ab'.repeat(32);
    expect(await readAdvances(dir, hash)).toEqual({});
    await writeAdvances(dir, hash, { 政: 1, a: 0.55 });
    expect(await readAdvances(dir, hash)).toEqual({ 政: 1, a: 0.55 });
    expect(await readAdvances(dir, 'cd'.repeat(32))).toEqual({});
    await writeFile(join(dir, `advances-${hash.slice(0, 16)}.json`), '{ not json');
    expect(await readAdvances(dir, hash)).toEqual({});
  });
});
