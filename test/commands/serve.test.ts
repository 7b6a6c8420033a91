// serve's states, read from its event stream as a page reads them: the first
// build, a one-figure edit (the slide it changed), a bad template (its problem
// listed, the last good deck kept), the fix.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type LiveState } from '../../src/commands/serve.js';
import { ROOT, TEMPLATES_DIR, referenceText } from '../helpers/paths.js';
import { replaceOnce } from '../helpers/text.js';

/** Every state the server sends, as it comes. */
function listen(url: string): { states: LiveState[]; close: () => void } {
  const states: LiveState[] = [];
  let buffer = '';
  const req = get(`${url}events`, (res) =>
    res.setEncoding('utf8').on('data', (d: string) => {
      buffer += d;
      const messages = buffer.split('\n\n');
      buffer = messages.pop()!;
      for (const m of messages) if (m.startsWith('data: ')) states.push(JSON.parse(m.slice(6)) as LiveState);
    }),
  );
  req.on('error', () => undefined);
  return { states, close: () => req.destroy() };
}

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('serve', () => {
  let dir: string;
  let file: string;
  let template: string;
  let url = '';
  let ready = false;
  const stop = new AbortController();
  let running: Promise<void>;
  let stream: ReturnType<typeof listen>;
  const last = () => stream.states.at(-1)!;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-serve-'));
    file = join(dir, 'deck.yaml');
    template = join(dir, 'brand');
    await cp(join(TEMPLATES_DIR, 'default'), template, { recursive: true });
    await writeFile(file, referenceText());
    running = serve({ file, port: 0, pageDir: join(ROOT, 'src', 'serve', 'page'), template, templatesDir: TEMPLATES_DIR, outDir: join(dir, 'out'), dataDir: dir, signal: stop.signal, report: () => undefined, onListening: (u) => (url = u), onReady: () => (ready = true) });
    await until(() => ready, 'the first build', 60_000);
    stream = listen(url);
    await until(() => stream.states.length > 0, 'the first state');
  });
  afterAll(async () => {
    stream?.close();
    stop.abort();
    await running;
  });

  it('sends the deck on connecting: every slide, nothing marked, no problems', () => {
    expect(last().deck!.slides).toHaveLength(17);
    expect(last().deck!.pptx).toEqual({ href: '/deck/deck.pptx', name: 'deck.pptx' });
    expect(last().changed).toEqual([]);
    expect(last().problems).toEqual([]);
    expect(last().warnings).toEqual([]);
  });

  it('names the slides an edit changed, and sends the warning of a quote that no longer holds its figure', async () => {
    const seen = stream.states.length;
    await writeFile(file, replaceOnce(referenceText(), '    value: 399\n', '    value: 398\n'));
    await until(() => stream.states.length > seen, 'the update');
    expect(last().changed).toEqual([14]);
    expect(last().version).toBeGreaterThan(stream.states[seen - 1]!.version);
    // The deck is built; the page lists the warning as the command line prints it, at the figure's line.
    expect(last().problems).toEqual([]);
    expect(last().warnings.map((w) => w.text)).toEqual([expect.stringMatching(/deck\.yaml:\d+:\d+: warning: .*quote/)]);
  });

  it('lists the problem of a bad template, keeping the last good deck, and clears it once fixed', async () => {
    const spec = join(template, 'template.yaml');
    const good = await readFile(spec, 'utf8');
    const deck = last().deck;
    let seen = stream.states.length;
    await writeFile(spec, replaceOnce(good, 'primary: "1F4E79"', 'primary: "blue"'));
    await until(() => stream.states.length > seen, 'the problem');
    expect(last().problems.length).toBeGreaterThan(0);
    expect(last().problems[0]!.text).toMatch(/template\.yaml:\d+:\d+: colors\.primary: /);
    expect(last().problems[0]!.file).toBe(spec);
    expect(last().deck).toEqual(deck);

    seen = stream.states.length;
    await writeFile(spec, good);
    await until(() => stream.states.length > seen && last().problems.length === 0, 'the fix');
    expect(last().deck!.slides).toHaveLength(17);
  });
});

describe('serve when the deck cannot be written', () => {
  it('shows the save on the page and says the .pptx was not written; the next save writes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-serve-locked-'));
    const file = join(dir, 'deck.yaml');
    const deck = join(dir, 'out', 'deck.pptx');
    await writeFile(file, referenceText());
    const stop = new AbortController();
    let url = '';
    let ready = false;
    const running = serve({ file, port: 0, pageDir: join(ROOT, 'src', 'serve', 'page'), template: 'default', templatesDir: TEMPLATES_DIR, outDir: join(dir, 'out'), dataDir: dir, signal: stop.signal, report: () => undefined, onListening: (u) => (url = u), onReady: () => (ready = true) });
    await until(() => ready, 'the watcher', 60_000);
    const stream = listen(url);
    try {
      await until(() => stream.states.length > 0, 'the first state');
      // A folder where the deck goes cannot be replaced by a file: the rename fails, as it does on a deck PowerPoint holds open.
      await rm(deck);
      await mkdir(join(deck, 'held'), { recursive: true });
      await writeFile(file, replaceOnce(referenceText(), '    value: 399\n', '    value: 398\n'));
      await until(() => stream.states.at(-1)!.problems.length > 0, 'the problem');
      const locked = stream.states.at(-1)!;
      expect(locked.problemsOf).toBe('output');
      expect(locked.problems[0]!.text).toContain('deck.pptx: cannot write the deck');
      // The page shows the save (slide 14 changed) over which the problem lies.
      expect(locked.changed).toEqual([14]);
      expect(stream.states.at(-2)!.changed).toEqual([14]);

      await rm(deck, { recursive: true });
      const seen = stream.states.length;
      await writeFile(file, replaceOnce(referenceText(), '    value: 399\n', '    value: 397\n'));
      await until(() => stream.states.length > seen && stream.states.at(-1)!.problems.length === 0, 'the write');
      await until(() => existsSync(deck), 'the deck');
    } finally {
      stream.close();
      stop.abort();
      await running;
    }
  });
});

describe('serve of a file that does not build yet', () => {
  it('runs, sends no deck and the problems, then the deck once the file is fixed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-serve-bad-'));
    const file = join(dir, 'deck.yaml');
    await writeFile(file, replaceOnce(referenceText(), '    value: 399\n', '    value: [\n'));
    const stop = new AbortController();
    let url = '';
    let ready = false;
    const running = serve({ file, port: 0, pageDir: join(ROOT, 'src', 'serve', 'page'), template: 'default', templatesDir: TEMPLATES_DIR, outDir: join(dir, 'out'), dataDir: dir, signal: stop.signal, report: () => undefined, onListening: (u) => (url = u), onReady: () => (ready = true) });
    const stream = await (async () => {
      await until(() => ready, 'the watcher', 60_000);
      return listen(url);
    })();
    try {
      await until(() => stream.states.length > 0, 'the first state');
      expect(stream.states[0]!.deck).toBeNull();
      expect(stream.states[0]!.problems[0]!.text).toMatch(/deck\.yaml:\d+:\d+: /);
    expect(stream.states[0]!.problemsOf).toBe('input');
      await writeFile(file, referenceText());
      await until(() => stream.states.some((s) => s.deck !== null), 'the deck');
      expect(stream.states.at(-1)!.problems).toEqual([]);
      expect(stream.states.at(-1)!.deck!.slides).toHaveLength(17);
    } finally {
      stream.close();
      stop.abort();
      await running;
    }
  });
});
