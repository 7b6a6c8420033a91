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

  it('says plainly when a file stands where the folder should be (--out README.md), naming that file', async () => {
    const file = join(dir, 'plain-file');
    await writeFile(file, 'x');
    for (const target of [join(file, 'deck.pptx'), join(file, 'deeper', 'deck.pptx')]) {
      const err = await writeAtomic(target, new Uint8Array([0])).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).message).toBe(`${file}: is a file, where the folder for the deck should be (hint: --out names a folder: give another name, e.g. --out decks)`);
    }
    expect(await readFile(file, 'utf8')).toBe('x');
  });

  it('fails with a UserError when the folder cannot be created for another reason', async () => {
    // A folder name longer than file systems allow (ENAMETOOLONG).
    const long = join(dir, 'x'.repeat(300));
    const err = await writeAtomic(join(long, 'deck.pptx'), new Uint8Array([0])).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(`${long}: cannot create the output folder (ENAMETOOLONG)`);
  });
});

describe('mkdirs', () => {
  it('returns when the working folder has been deleted (Node 20 loops on a relative nested path then)', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const cwd = mkdtempSync(join(tmpdir(), 'briefing-gone-'));
    const atomic = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'write', 'atomic.ts')).href;
    // Started in the repository (where tsx resolves), then moved into a folder it deletes.
    const script = `import { rmSync } from 'node:fs'; import { mkdirs } from '${atomic}';
process.chdir(${JSON.stringify(cwd)}); rmSync(${JSON.stringify(cwd)}, { recursive: true });
await mkdirs('out/.cache/charts').catch(() => undefined); rmSync(${JSON.stringify(cwd)}, { recursive: true, force: true }); console.log('returned');`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '..', '..'), timeout: 30_000, encoding: 'utf8' });
    expect(r.error, r.stderr).toBeUndefined();
    expect(r.stdout.trim()).toBe('returned');
  });
});
