// The command at a shell, as a new user meets it: pipes closed early, help on
// an 80-column terminal or in a pipe, mistakes in the command line, messages
// naming paths as typed, a watcher whose parent goes away, npm run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplesText, helpWidth, invokedAs } from '../../src/cli/shell.js';
import { lines, runCli, STACK_FRAME } from '../helpers/cli.js';
import { BIN, DATA_FILE, ROOT, referenceText } from '../helpers/paths.js';
import { replaceOnce } from '../helpers/text.js';
// @ts-expect-error: a plain JavaScript module of the build scripts
import { bundleIsStale } from '../../scripts/bundle-stale.mjs';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-shell-'));
});

/** Runs the CLI with its stdout closed by the reader before it writes: what `| head -0` does. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe.concurrent('a closed pipe', () => {
  it('ends schema, help, validate and diff quietly, as they would have ended', async ({ expect }) => {
    const changed = join(dir, 'v2.yaml');
    await writeFile(changed, replaceOnce(referenceText(), '    value: 34463\n', '    value: 34464\n'));
    for (const args of [['schema'], ['--help'], ['validate', DATA_FILE], ['diff', DATA_FILE, changed]]) {
      const r = await withClosedStdout(args);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
    }
  });

  it('through a shell pipe: briefing schema | head -1', async ({ expect }) => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" schema | head -1; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toBe('exit 0\n');
  });
});

describe.concurrent('--version', () => {
  it('prints the version of package.json', async ({ expect }) => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });
});

const HELPS = [['--help'], ...['build', 'validate', 'diff', 'preview', 'init', 'schema'].map((c) => [c, '--help'])];
// Split before "[" too: cliui sets a right-aligned "[boolean]" flush against a full line.
const tokens = (s: string) => new Set(s.split(/\s+|(?=\[)/).filter(Boolean));

describe.concurrent('help', () => {
  it('fits 80 columns in a pipe and with COLUMNS=80, breaking lines only between words', async ({ expect }) => {
    for (const args of HELPS) {
      const wide = await runCli(args, { env: { COLUMNS: '120' } });
      const wideWords = tokens(wide.stdout);
      for (const env of [{ COLUMNS: '' }, { COLUMNS: '80' }]) {
        const r = await runCli(args, { env });
        expect(r.code, args.join(' ')).toBe(0);
        const long = r.stdout.split('\n').filter((l) => l.length > 80);
        expect(long, `${args.join(' ')}: lines over 80 columns`).toEqual([]);
        // A word cut in two would leave pieces that are no word of the unwrapped help.
        const pieces = [...tokens(r.stdout)].filter((t) => !wideWords.has(t));
        expect(pieces, `${args.join(' ')}: broken words`).toEqual([]);
      }
    }
  });

  it('keeps each example command whole on a line of its own, as it can be copied', async ({ expect }) => {
    const r = await runCli(['build', '--help'], { env: { COLUMNS: '80' } });
    const examples = r.stdout.slice(r.stdout.indexOf('Examples:'));
    for (const cmd of ['briefing build data/zhejiang-2023.yaml --lang en', 'briefing build data/zhejiang-2023.yaml --charts native', 'briefing build data/ --out decks/']) {
      expect(examples.split('\n'), cmd).toContain(`  ${cmd}`);
    }
    const diff = await runCli(['diff', '--help'], { env: { COLUMNS: '80' } });
    expect(diff.stdout.split('\n')).toContain('  briefing diff data/zhejiang-2023.yaml data/zhejiang-2023-v2.yaml');
  });

  it('describes every argument of every command', async ({ expect }) => {
    for (const args of HELPS.slice(1)) {
      const r = await runCli(args, { env: { COLUMNS: '100' } });
      const positionals = r.stdout.match(/^Positionals:\n((?: {2}.*\n)+)/m)?.[1] ?? '';
      for (const line of positionals.split('\n').filter((l) => /^ {2}\S/.test(l))) {
        expect(line, `${args[0]}: ${line}`).toMatch(/^ {2}\S+ {2,}[a-z(]/);
      }
      const options = r.stdout.match(/^Options:\n((?: {2}.*\n)+)/m)?.[1] ?? '';
      for (const line of options.split('\n').filter((l) => /^ {2}(-\w, )?--/.test(l.replace(/^ {4}--/, '  --')))) {
        expect(line, `${args[0]}: ${line}`).toMatch(/--[\w-]+ {2,}\S/);
      }
    }
    const diff = await runCli(['diff', '--help']);
    expect(diff.stdout).toMatch(/^ {2}old +the data file as it was/m);
    expect(diff.stdout).toMatch(/^ {2}new +the data file as it is now/m);
  });
});

describe('the help layout', () => {
  it('takes $COLUMNS, else the terminal, else 80, within 40..120', () => {
    expect(helpWidth({}, {})).toBe(80);
    expect(helpWidth({}, { isTTY: true, columns: 100 })).toBe(100);
    expect(helpWidth({ COLUMNS: '72' }, { isTTY: true, columns: 100 })).toBe(72);
    expect(helpWidth({ COLUMNS: '300' }, {})).toBe(120);
    expect(helpWidth({ COLUMNS: 'wide' }, {})).toBe(80);
  });

  it('puts each example command on a line, its description indented below', () => {
    expect(examplesText([['$0 build', 'every file']])).toBe('Examples:\n  $0 build\n      every file');
  });
});

describe.concurrent('mistakes on the command line: one line each, with the words right', () => {
  it('a misspelt option: did you mean', async ({ expect }) => {
    const r = await runCli(['build', DATA_FILE, '--tempalte', 'plain', '--out', join(dir, 'typo')]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toBe('briefing: Unknown argument: tempalte (did you mean --template?)');
    const two = await runCli(['validate', '--lnag', 'en', '--requrie-translation']);
    expect(lines(two.stderr)[0]).toBe('briefing: Unknown arguments: lnag, requrie-translation (did you mean --lang for lnag, --require-translation for requrie-translation?)');
    const far = await runCli(['validate', '--frobnicate']);
    expect(lines(far.stderr)[0]).toBe('briefing: Unknown argument: frobnicate');
  });

  it('a missing file, a missing folder: one line, as typed, no summary', async ({ expect }) => {
    await mkdir(join(dir, 'cwd'), { recursive: true });
    const opts = { cwd: join(dir, 'cwd') };
    expect(lines((await runCli(['build', 'data/nope.yaml'], opts)).stderr)).toEqual(['data/nope.yaml: no such file']);
    expect(lines((await runCli(['build', 'nofolder/'], opts)).stderr)).toEqual(['nofolder/: no such folder']);
    expect(lines((await runCli(['build', 'nofolder'], opts)).stderr)).toEqual(['nofolder: no such file or folder']);
  });

  it('--out naming a file: a plain message naming it, the file untouched', async ({ expect }) => {
    const readme = join(dir, 'README.md');
    await writeFile(readme, '# notes\n');
    const r = await runCli(['build', DATA_FILE, '--out', readme]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`${readme}: is a file, where the folder for the deck should be (hint: --out names a folder: give another name, e.g. --out decks)`]);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(await readFile(readme, 'utf8')).toBe('# notes\n');
  });

  it('a .pptx given as data: said so, with no line and column', async ({ expect }) => {
    const r = await runCli(['validate', join(ROOT, 'test', 'fixtures', 'bad', 'deck.pptx')]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`${join(ROOT, 'test', 'fixtures', 'bad', 'deck.pptx')}: a zip archive (a .pptx or .xlsx?), not a text file (hint: name a YAML data file; a workbook of metrics is named in one: metrics: { file: metrics.xlsx })`]);
  });
});

describe.concurrent('init names the command as it can be run again', () => {
  it('node bin/briefing.mjs, and npm run briefing --', async ({ expect }) => {
    const file = join(dir, 'init-a', 'deck.yaml');
    const r = await runCli(['init', file]);
    expect(r.stdout.trim()).toBe(`wrote ${file}: replace the placeholders (示例…请替换), then run: node bin/briefing.mjs validate ${file}`);
    const viaNpm = await runCli(['init', join(dir, 'init-b', 'deck.yaml')], { env: { npm_lifecycle_event: 'briefing' } });
    expect(viaNpm.stdout).toContain('then run: npm run briefing -- validate ');
  });

  it('invokedAs: npm run, a script run by node, the installed bin link', () => {
    expect(invokedAs({ npm_lifecycle_event: 'briefing' }, '/x/bin/briefing.mjs', '/x')).toBe('npm run briefing --');
    expect(invokedAs({}, '/x/bin/briefing.mjs', '/x')).toBe('node bin/briefing.mjs');
    expect(invokedAs({}, '/x/bin/briefing.mjs', '/elsewhere')).toBe('node /x/bin/briefing.mjs');
    expect(invokedAs({}, '/usr/local/bin/briefing', '/home/me')).toBe('briefing');
  });
});

describe('build --watch at a shell', () => {
  it('reports the deck and its size first, then changes, naming files as typed', async () => {
    const cwd = join(dir, 'watch-typed');
    await mkdir(cwd, { recursive: true });
    await writeFile(join(cwd, 'deck.yaml'), referenceText());
    const child = spawn(process.execPath, [BIN, 'build', 'deck.yaml', '--watch', '--out', 'out'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const until = async (check: () => boolean, what: string) => {
      const end = Date.now() + 60_000;
      while (!check()) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${out}\n${err}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    try {
      await until(() => err.includes('watching for changes'), 'the watcher');
      expect(lines(out)).toHaveLength(1);
      expect(lines(out)[0]!.replace(/^\d\d:\d\d:\d\d /, '').replace(/\d+ ms$/, 'N ms')).toBe(`deck.yaml -> ${join('out', 'deck.pptx')}: 17 slides, 7 charts drawn, written, N ms`);
      await writeFile(join(cwd, 'deck.yaml'), replaceOnce(referenceText(), '    value: 399\n', '    value: [\n'));
      await until(() => err.includes('not rebuilt'), 'the error');
      const errors = lines(err).filter((l) => !l.startsWith('watching'));
      expect(errors[0]).toMatch(/^deck\.yaml:\d+:\d+: /);
      expect(errors.at(-1)).toMatch(/^\d\d:\d\d:\d\d deck\.yaml: not rebuilt; the last good deck is unchanged$/);
    } finally {
      child.kill('SIGINT');
    }
  });
});

/** Spawns `script` (a shell command line) under a stand-in parent process that prints the watcher's pid, then waits. */
async function watcherUnderParent(script: string, env: NodeJS.ProcessEnv): Promise<{ parent: ReturnType<typeof spawn>; watcher: number; stderr: () => string }> {
  // The stand-in parent: a node process running `sh -c script` (as npm runs a script), or the watcher itself.
  const parent = spawn(process.execPath, ['-e', `const c = require('child_process').spawn('sh', ['-c', ${JSON.stringify(script)}], { stdio: ['ignore', 'inherit', 'inherit'] }); setInterval(() => {}, 1000);`], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  parent.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  parent.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const end = Date.now() + 60_000;
  while (!/^pid (\d+)$/m.test(out) || !err.includes('watching for changes')) {
    if (Date.now() > end) throw new Error(`the watcher did not start:\n${out}\n${err}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { parent, watcher: Number(/^pid (\d+)$/m.exec(out)![1]), stderr: () => err };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function gone(pid: number, ms = 15_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (alive(pid)) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

describe('a watcher whose parent goes away', () => {
  it('stops when the process that started it is killed', async () => {
    const out = join(dir, 'orphan-direct');
    // exec: the watcher is the stand-in parent's own child.
    const { parent, watcher } = await watcherUnderParent(`echo pid $$; exec "${process.execPath}" "${BIN}" build "${DATA_FILE}" --watch --out "${out}"`, {});
    parent.kill('SIGKILL');
    const stopped = await gone(watcher);
    if (!stopped) process.kill(watcher, 'SIGKILL');
    expect(stopped, 'the watcher ended within 15 s of its parent').toBe(true);
  });

  it('under npm run: stops when npm (the parent of the script\'s shell) is killed', async () => {
    const out = join(dir, 'orphan-npm');
    // As npm runs a script: npm -> sh -c "<script>" -> node; npm is killed by its pid.
    const { parent, watcher } = await watcherUnderParent(`"${process.execPath}" "${BIN}" build "${DATA_FILE}" --watch --out "${out}" & echo pid $!; wait`, { npm_lifecycle_event: 'briefing' });
    parent.kill('SIGKILL');
    const stopped = await gone(watcher);
    if (!stopped) process.kill(watcher, 'SIGKILL');
    expect(stopped, 'the watcher ended within 15 s of npm').toBe(true);
  });
});

describe('npm run briefing', () => {
  it('does not bundle again when dist/ is newer than the sources', async () => {
    const before = (await stat(join(ROOT, 'dist', 'briefing.mjs'))).mtimeMs;
    const r = spawnSync('npm', ['run', '-s', 'briefing', '--', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect((await stat(join(ROOT, 'dist', 'briefing.mjs'))).mtimeMs).toBe(before);
  });

  it('knows a stale bundle: missing, or older than a source, the build script or the packages', async () => {
    const root = join(dir, 'package');
    await mkdir(join(root, 'src', 'cli'), { recursive: true });
    await mkdir(join(root, 'scripts'), { recursive: true });
    await mkdir(join(root, 'dist'), { recursive: true });
    const at = async (file: string, seconds: number) => {
      await writeFile(join(root, file), 'x');
      await utimes(join(root, file), seconds, seconds);
    };
    for (const f of ['src/cli/bin.ts', 'scripts/build.mjs', 'package.json', 'package-lock.json']) await at(f, 1000);
    expect(bundleIsStale(root)).toBe(true);
    await at('dist/briefing.mjs', 2000);
    expect(bundleIsStale(root)).toBe(false);
    for (const f of ['src/cli/bin.ts', 'scripts/build.mjs', 'package-lock.json']) {
      await at(f, 3000);
      expect(bundleIsStale(root), f).toBe(true);
      await at(f, 1000);
    }
    expect(bundleIsStale(root)).toBe(false);
  });
});
