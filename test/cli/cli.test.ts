// The CLI as a user runs it: node bin/briefing.mjs (the bundle built by the global setup).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_FILE, ROOT, referenceText } from '../helpers/paths.js';
import { lines, runCli, STACK_FRAME } from '../helpers/cli.js';
import { lineColOf, replaceOnce } from '../helpers/text.js';

/** file:line:col: path: message, with an optional hint. */
const DIAGNOSTIC = /^(.+?):(\d+):(\d+): ([A-Za-z_][\w.[\]]*): (.+)$/;

let dir: string;
let bad: string;
let badText: string;

beforeAll(async () => {
  expect(existsSync(join(ROOT, 'dist', 'briefing.mjs')), 'dist/briefing.mjs is built by test/global-setup.ts').toBe(true);
  dir = await mkdtemp(join(tmpdir(), 'briefing-cli-'));
  bad = join(dir, 'bad.yaml');
  badText = replaceOnce(referenceText(), '    label: 政府购买服务决算金额\n    value: 84\n', '    label: 政府购买服务决算金额\n    lable: 重复\n    value: 84\n');
  await writeFile(bad, badText);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.concurrent('briefing --help', () => {
  it('exits 0 and shows the commands and examples', async ({ expect }) => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('build');
    expect(r.stdout).toContain('validate');
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(/briefing build data\/zhejiang-2023\.yaml/);
  });

  it('build --help exits 0 and shows the options and examples', async ({ expect }) => {
    const r = await runCli(['build', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--template');
    expect(r.stdout).toContain('--out');
    expect(r.stdout).toContain('Examples:');
    // The example command stays whole on one line, so it can be copied.
    expect(r.stdout).toMatch(/^ {2}briefing build data\/zhejiang-2023\.yaml -t plain\n {6}one deck, plain template$/m);
  });
});

describe.concurrent('briefing validate', () => {
  it('exits 0 for the reference data, saying ok', async ({ expect }) => {
    const r = await runCli(['validate', 'data/zhejiang-2023.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('data/zhejiang-2023.yaml: ok');
  });

  it('exits 2 for a bad file, with one line file:line:col: path: message and no stack trace', async ({ expect }) => {
    const r = await runCli(['validate', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const errs = lines(r.stderr);
    expect(errs).toHaveLength(1);
    const m = DIAGNOSTIC.exec(errs[0]!);
    expect(m, errs[0]).not.toBeNull();
    const at = lineColOf(badText, 'lable:');
    expect(m!.slice(1, 5)).toEqual([bad, String(at.line), String(at.col), 'metrics[11].lable']);
    expect(errs[0]).toContain('unknown key "lable" (hint: did you mean "label"?)');
  });

  it('exits 2 for a missing file, naming it', async ({ expect }) => {
    const missing = join(dir, 'nope.yaml');
    const r = await runCli(['validate', missing]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`${missing}: no such file`]);
  });

  it('checks every file named and fails if any fails', async ({ expect }) => {
    const r = await runCli(['validate', DATA_FILE, bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${DATA_FILE}: ok`);
    expect(r.stderr).toContain(bad);
  });
});

describe.concurrent('briefing build', () => {
  it('does not create the output file of a bad data file', async ({ expect }) => {
    const out = join(dir, 'out-new');
    const r = await runCli(['build', bad, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(lines(r.stderr).filter((l) => DIAGNOSTIC.test(l))).toHaveLength(1);
    expect(existsSync(join(out, 'bad.pptx'))).toBe(false);
  });

  it('does not modify an existing output file when the data is bad', async ({ expect }) => {
    const out = join(dir, 'out-sentinel');
    await mkdir(out, { recursive: true });
    const target = join(out, 'bad.pptx');
    await writeFile(target, 'sentinel: the previous deck');
    const before = await stat(target);
    const r = await runCli(['build', bad, '--out', out]);
    expect(r.code).toBe(2);
    expect(await readFile(target, 'utf8')).toBe('sentinel: the previous deck');
    expect((await stat(target)).mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(out)).toEqual(['bad.pptx']);
  });

  it('exits 2 for an unknown template, naming it', async ({ expect }) => {
    const out = join(dir, 'out-template');
    const r = await runCli(['build', 'data/zhejiang-2023.yaml', '--template', 'nope', '--out', out]);
    expect(r.code).toBe(2);
    // One line, listing the templates there are.
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/templates\/nope\/template\.yaml: no template "nope" \(hint: the templates are: [^;]*\bdefault\b[^;]*\bplain\b[^;]*; or name a folder holding a template\.yaml\)$/)]);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(existsSync(out)).toBe(false);
  });

  it('builds the reference deck into the output folder', async ({ expect }) => {
    const out = join(dir, 'out-ok');
    const r = await runCli(['build', 'data/zhejiang-2023.yaml', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('17 slides, 7 charts');
    const bytes = await readFile(join(out, 'zhejiang-2023.pptx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });
});

describe.concurrent('usage errors', () => {
  it('an unknown command exits 2', async ({ expect }) => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('frobnicate');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('no command exits 2 and asks for one', async ({ expect }) => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/build, validate, diff, preview, serve, init, template import or schema/);
  });

  it('an unknown option exits 2', async ({ expect }) => {
    const r = await runCli(['validate', '--frob']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('frob');
  });
});

describe('briefing diff and build --watch', () => {
  it('diff prints the changed figures slide by slide', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { referenceText, DATA_FILE } = await import('../helpers/paths.js');
    const { replaceOnce } = await import('../helpers/text.js');
    const dir = await mkdtemp(join(tmpdir(), 'briefing-diff-'));
    const changed = join(dir, 'v2.yaml');
    await writeFile(changed, replaceOnce(referenceText(), '    value: 34463\n', '    value: 34464\n'));
    const r = await runCli(['diff', DATA_FILE, changed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^slide 3 总体成效/m);
    expect(r.stdout).toMatch(/^ {2}- .*34463个/m);
    expect(r.stdout).toMatch(/^ {2}\+ .*34464个/m);
  });

  it('build --watch stops on Ctrl-C with exit code 0', async () => {
    const { spawn } = await import('node:child_process');
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { BIN, DATA_FILE } = await import('../helpers/paths.js');
    const out = await mkdtemp(join(tmpdir(), 'briefing-watch-cli-'));
    const child = spawn(process.execPath, [BIN, 'build', DATA_FILE, '--watch', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => {
      const poll = setInterval(() => {
        if (stderr.includes('watching for changes')) {
          clearInterval(poll);
          child.kill('SIGINT');
        }
      }, 50);
      child.on('close', (c) => {
        clearInterval(poll);
        resolve(c);
      });
    });
    expect(code).toBe(0);
  });
});

describe.concurrent('briefing schema and init', () => {
  it('schema prints the committed JSON Schema, byte for byte', async ({ expect }) => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(await readFile(join(ROOT, 'schema', 'briefing.schema.json'), 'utf8'));
  });

  it('init --xlsx writes a data file and a workbook that validate; a second init exits 2 and leaves them', async ({ expect }) => {
    const file = join(dir, 'init', 'deck.yaml');
    const r = await runCli(['init', file, '--xlsx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`wrote ${file} and ${join(dir, 'init', 'deck-metrics.xlsx')}`);
    const before = await readFile(file);
    expect((await runCli(['validate', file])).code).toBe(0);
    const again = await runCli(['init', file, '--xlsx']);
    expect(again.code).toBe(2);
    expect(lines(again.stderr)).toEqual([`${file}: already exists; nothing was written (hint: choose another name, or add --force to overwrite it)`]);
    expect(Buffer.compare(await readFile(file), before)).toBe(0);
  });

  it('a workbook problem is one line naming file, sheet and cell, exit 2, no stack trace', async ({ expect }) => {
    const file = join(dir, 'cell', 'deck.yaml');
    expect((await runCli(['init', file, '--xlsx'])).code).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'cell', 'deck-metrics.xlsx'));
    workbook.getWorksheet('指标')!.getCell('C3').value = '二百一十';
    await workbook.xlsx.writeFile(join(dir, 'cell', 'deck-metrics.xlsx'));
    const r = await runCli(['build', file, '--out', join(dir, 'cell', 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(lines(r.stderr)[0]).toBe(`${join(dir, 'cell', 'deck-metrics.xlsx')}!指标!C3: value: expected a number, got the text "二百一十" (hint: write the figure in digits)`);
    expect(existsSync(join(dir, 'cell', 'out', 'deck.pptx'))).toBe(false);
  });
});

