import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { buildOne } from '../../src/commands/build-one.js';
import { init } from '../../src/commands/init.js';
import { UserError } from '../../src/errors.js';
import { loadTemplate } from '../../src/template/load.js';
import { ROOT, TEMPLATES_DIR } from '../helpers/paths.js';

const schemaFile = join(ROOT, 'schema', 'briefing.schema.json');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-init-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('briefing init', () => {
  it('writes a data file with every section that validates, naming the schema from where it is', async () => {
    const file = join(dir, 'sub', 'new.yaml');
    expect(await init({ file, xlsx: false, force: false, schemaFile })).toEqual([file]);
    const text = await readFile(file, 'utf8');
    const first = text.split('\n')[0]!;
    expect(first).toMatch(/^# yaml-language-server: \$schema=\.\.\/.*schema\/briefing\.schema\.json$/);
    expect(resolve(dirname(file), first.split('$schema=')[1]!)).toBe(schemaFile);
    for (const key of ['meta', 'source', 'summary', 'headline', 'metrics', 'charts', 'cases', 'parts', 'milestones', 'recognitions', 'closing']) {
      expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
    }
    const { data, warnings } = await checkFile(file);
    expect(warnings).toEqual([]);
    expect(data.metrics.every((m) => m.label.includes('请替换'))).toBe(true);
  });

  it('with --xlsx writes the metrics workbook beside it, and the deck builds from the two', async () => {
    const file = join(dir, 'deck.yaml');
    expect(await init({ file, xlsx: true, force: false, schemaFile })).toEqual([file, join(dir, 'deck-metrics.xlsx')]);
    expect(await readFile(file, 'utf8')).toContain('metrics: { file: deck-metrics.xlsx, sheet: 指标 }');
    const inline = join(dir, 'inline.yaml');
    await init({ file: inline, xlsx: false, force: false, schemaFile });
    expect((await checkFile(file)).data).toEqual((await checkFile(inline)).data);
    const built = await buildOne(file, { template: await loadTemplate('default', TEMPLATES_DIR), outDir: join(dir, 'out') });
    expect(built.status).toBe('written');
    expect(built.overflows).toEqual([]);
  });

  it('refuses to overwrite a file, the data file or the workbook, unless forced', async () => {
    const file = join(dir, 'kept.yaml');
    await writeFile(file, 'mine');
    await expect(init({ file, xlsx: false, force: false, schemaFile })).rejects.toThrow(UserError);
    await expect(init({ file, xlsx: false, force: false, schemaFile })).rejects.toThrow(`${file}: already exists; nothing was written (hint: choose another name, or add --force to overwrite it)`);
    expect(await readFile(file, 'utf8')).toBe('mine');
    await writeFile(join(dir, 'other-metrics.xlsx'), 'mine');
    await expect(init({ file: join(dir, 'other.yaml'), xlsx: true, force: false, schemaFile })).rejects.toThrow('other-metrics.xlsx: already exists');
    await init({ file, xlsx: false, force: true, schemaFile });
    expect(await readFile(file, 'utf8')).toMatch(/^# yaml-language-server/);
  });

  it('asks for a .yaml name', async () => {
    await expect(init({ file: join(dir, 'deck.txt'), xlsx: false, force: false, schemaFile })).rejects.toThrow('a data file is named .yaml');
  });
});
