import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { writeAtomic } from '../../src/write/atomic.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-write-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeAtomic', () => {
  it('creates the folder and writes the bytes, leaving no temporary file', async () => {
    const target = join(dir, 'new', 'deep', 'deck.pptx');
    await writeAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    expect(await readdir(join(dir, 'new', 'deep'))).toEqual(['deck.pptx']);
  });

  it('replaces a previous file', async () => {
    const target = join(dir, 'replace.pptx');
    await writeFile(target, 'old');
    await writeAtomic(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('fails with a UserError and leaves the previous file when the target cannot be written', async () => {
    // The target is a folder: rename onto it fails.
    const target = join(dir, 'is-a-folder.pptx');
    await writeAtomic(join(target, 'inner'), new Uint8Array([0]));
    const err = await writeAtomic(target, new Uint8Array([9])).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain('previous file is unchanged');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await readdir(target)).toEqual(['inner']);
  });

  it('fails with a UserError when the folder cannot be created', async () => {
    const file = join(dir, 'plain-file');
    await writeFile(file, 'x');
    const err = await writeAtomic(join(file, 'deck.pptx'), new Uint8Array([0])).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain('cannot create the output folder');
  });
});
