import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInputs } from '../../src/commands/inputs.js';
import { UserError } from '../../src/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-inputs-'));
  await mkdir(join(dir, 'data'));
  for (const f of ['b.yaml', 'a.yml', '.hidden.yaml', 'notes.txt']) await writeFile(join(dir, 'data', f), 'x: 1\n');
  await mkdir(join(dir, 'empty'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('resolveInputs', () => {
  it('expands a folder to its YAML files, sorted, hidden files left out', async () => {
    expect(await resolveInputs([join(dir, 'data')], 'unused')).toEqual([join(dir, 'data', 'a.yml'), join(dir, 'data', 'b.yaml')]);
  });

  it('uses the default folder when no file is named', async () => {
    expect(await resolveInputs([], join(dir, 'data'))).toHaveLength(2);
  });

  it('keeps missing files, for the loader to report', async () => {
    expect(await resolveInputs([join(dir, 'missing.yaml')], 'unused')).toEqual([join(dir, 'missing.yaml')]);
  });

  it('names each file once', async () => {
    const f = join(dir, 'data', 'a.yml');
    expect(await resolveInputs([f, join(dir, 'data'), f], 'unused')).toEqual([f, join(dir, 'data', 'b.yaml')]);
  });

  it('a folder without data files is an error', async () => {
    await expect(resolveInputs([join(dir, 'empty')], 'unused')).rejects.toBeInstanceOf(UserError);
  });
});
