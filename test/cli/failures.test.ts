// How the command fails: an internal error (a bug) exits 1 with a message
// saying so, and a build killed in the middle of writing its deck leaves the
// previous deck as it was and no partial deck. Faults are injected into the
// real CLI by a module preloaded with node --import (test/fixtures/preload).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines, runCli, STACK_FRAME } from '../helpers/cli.js';
import { BIN, DATA_FILE, ROOT } from '../helpers/paths.js';

const PRELOAD = join(ROOT, 'test', 'fixtures', 'preload');
const temp = () => mkdtemp(join(tmpdir(), 'briefing-fail-'));

/** A folder holding an earlier deck of the reference data (a real one, built now). */
async function withEarlierDeck(): Promise<{ out: string; deck: string; earlier: Buffer }> {
  const out = await temp();
  const built = await runCli(['build', DATA_FILE, '--out', out, '--no-cache', '--charts', 'native']);
  expect(built.code, built.stderr).toBe(0);
  const deck = join(out, 'zhejiang-2023.pptx');
  return { out, deck, earlier: await readFile(deck) };
}

describe('an internal error', () => {
  it('exits 1, says it is a bug to report, and leaves the earlier deck as it was', async () => {
    const { out, deck, earlier } = await withEarlierDeck();
    const r = await runCli(['build', DATA_FILE, '--out', out, '--no-cache'], { env: { NODE_OPTIONS: `--import ${join(PRELOAD, 'deflate-fails.mjs')}` } });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toBe('briefing: internal error: TypeError: deflateRawSync failed (injected by the test)');
    expect(r.stderr).toContain('This is a bug in briefing, not in your data. Please report it with the command you ran.');
    expect(Buffer.compare(await readFile(deck), earlier)).toBe(0);
    expect((await readdir(out)).filter((n) => !n.startsWith('.cache'))).toEqual(['zhejiang-2023.pptx']);
  });

  it('is not a user error: bad data still exits 2', async () => {
    const r = await runCli(['validate', join(ROOT, 'test', 'fixtures', 'bad', 'binary-png.yaml')], { env: { NODE_OPTIONS: `--import ${join(PRELOAD, 'deflate-fails.mjs')}` } });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('a build killed while it writes its deck', () => {
  it('leaves no partial deck: the earlier deck is intact, and the next build replaces it', async () => {
    const { out, deck, earlier } = await withEarlierDeck();
    // The new deck differs (pictures, not native charts), so that it must be written.
    const child = spawn(process.execPath, ['--import', join(PRELOAD, 'write-stalls.mjs'), BIN, 'build', DATA_FILE, '--out', out, '--no-cache'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    const end = Date.now() + 60_000;
    while (!stderr.includes('half written: ')) {
      if (Date.now() > end) throw new Error(`the build never reached its write:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    expect(await closed).toBe('SIGKILL');
    const halfWritten = /half written: (.*)/.exec(stderr)![1]!;
    // The half that was written went to a temporary file beside the deck, never to the deck.
    expect(halfWritten).not.toBe(deck);
    expect(Buffer.compare(await readFile(deck), earlier), 'the earlier deck, byte for byte').toBe(0);
    const decks = (await readdir(out)).filter((n) => n.endsWith('.pptx'));
    expect(decks).toEqual(['zhejiang-2023.pptx']);

    // The next build is not disturbed by what the killed one left.
    const again = await runCli(['build', DATA_FILE, '--out', out, '--no-cache']);
    expect(again.code, again.stderr).toBe(0);
    expect(Buffer.compare(await readFile(deck), earlier)).not.toBe(0);
    expect((await readFile(deck)).subarray(0, 2).toString()).toBe('PK');
  });
});
