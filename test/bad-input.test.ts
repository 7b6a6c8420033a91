// Bad and hostile input, through the real CLI (node bin/briefing.mjs build).
//
// test/fixtures/bad/cases.yaml lists every case: the file, the error it must
// produce (a regular expression over stderr, with file:line:col and the field
// path) and why. The files and cases.yaml are made by test/fixtures/bad/make.ts
// from the reference data; the first describe checks they are still in step.
// Every bad case must: exit 2; print the expected message; print no stack
// trace and no raw control characters; leave an earlier deck of the same name
// byte for byte as it was, with nothing written beside it; and, into an empty
// output folder, write nothing (for the data files: all of them in one build).
//
// The last describes hold valid but unusual or extreme input (CRLF, a BOM,
// markup in texts, 100,000-character texts, 2,000 sections): it must build
// (exit 0), in bounded time, a deck that passes the ECMA-376 schemas.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { STACK_FRAME } from './helpers/cli.js';
import { paragraphs } from './helpers/pptx.js';
import { expectSchemaValid } from './helpers/ooxml-schema.js';
import { BIN, DATA_FILE, ROOT, TEMPLATES_DIR, referenceText } from './helpers/paths.js';
import { BAD_DIR, CASES_FILE, NOT_MADE, corpusFiles, esc, makeCorpus, type BadCase } from './fixtures/bad/make.js';

/** The CLI runs here, so that messages name files as bad/<file>. */
const FIXTURES_DIR = join(BAD_DIR, '..');
const cases = parse(readFileSync(join(BAD_DIR, CASES_FILE), 'utf8')) as BadCase[];

/** CLI processes at once, over all tests of this file. */
const CLI_SLOTS = 4;
/** A bad file is refused in well under a second; past this the run counts as hung and is killed. */
const BAD_RUN_LIMIT_MS = 30_000;
const LONG_TEXT_LIMIT_MS = 60_000;
const MANY_SECTIONS_LIMIT_MS = 120_000;

/** C0 controls but tab and newline, DEL and C1 controls: stderr must never carry them raw. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** Illegal in XML 1.0: what must not reach any part of a deck. */
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

let tmp: string;
beforeAll(async () => {
  expect(existsSync(join(ROOT, 'dist', 'briefing.mjs')), 'dist/briefing.mjs is built by test/global-setup.ts').toBe(true);
  tmp = await mkdtemp(join(tmpdir(), 'briefing-bad-'));
  // The slowest builds start now, so that they run alongside the bad cases; their tests await them.
  for (const start of [buildManySections, buildLongTexts, buildReference]) start().catch(() => undefined);
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

// --- Running the CLI ---------------------------------------------------------------

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** At most `n` jobs at once; the others wait their turn. */
function limiter(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (active < n) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve)); // the slot is handed over
    try {
      return await job();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
const slot = limiter(CLI_SLOTS);

/** node bin/briefing.mjs <args>, killed (by its own pid) if it outlives `limitMs`. */
function cli(args: string[], o: { cwd: string; limitMs: number }): Promise<Run> {
  return slot(
    () =>
      new Promise<Run>((resolve, reject) => {
        const env = { ...process.env };
        delete env.SOURCE_DATE_EPOCH;
        const started = performance.now();
        const child = spawn(process.execPath, [BIN, ...args], { cwd: o.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, o.limitMs);
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
        child.on('close', (code, signal) => {
          clearTimeout(timer);
          resolve({ code, signal, stdout, stderr, ms: performance.now() - started, timedOut });
        });
      }),
  );
}

/** Every file and folder under `dir`, relative to it, sorted; [] if there is no `dir`. */
async function entriesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true });
  return entries.map((e) => e.split('\\').join('/')).sort();
}

// --- The corpus ------------------------------------------------------------------------

/** The file a case's message must name, as the regular expression starts with it. */
function namedAs(c: BadCase): string {
  if (c.file) return `^${esc(`bad/${c.file}`)}`;
  if (c.template) return '^{template}/template\\.yaml';
  return '^{templates}/';
}

describe('the corpus (test/fixtures/bad)', () => {
  it('has at least 55 cases, each with a file, a reason and an expected message naming the file and line:col', () => {
    expect(cases.length).toBeGreaterThanOrEqual(55);
    expect(new Set(cases.map((c) => c.name)).size, 'case names are unique').toBe(cases.length);
    for (const c of cases) {
      expect(c.why, c.name).toMatch(/\S/);
      if (c.file) expect(existsSync(join(BAD_DIR, c.file)), `${c.name}: bad/${c.file}`).toBe(true);
      if (c.template?.yaml) expect(existsSync(join(BAD_DIR, c.template.yaml)), `${c.name}: bad/${c.template.yaml}`).toBe(true);
      expect(() => new RegExp(c.expect.replaceAll('{template}', 'T').replaceAll('{templates}', 'T'), 'm'), c.name).not.toThrow();
      expect(c.expect.startsWith(namedAs(c)), `${c.name}: ${c.expect} names its file first`).toBe(true);
      // Where the file has lines, the message must say which line and column.
      if (!c.noPosition) expect(c.expect.slice(namedAs(c).length), `${c.name}: line:col`).toMatch(/^:\(?\d+[:|]/);
    }
  });

  it('is what make.ts makes from the reference data (else run: npx tsx test/fixtures/bad/make.ts)', () => {
    const made = corpusFiles(makeCorpus());
    const committed = readdirSync(BAD_DIR).filter((name) => !NOT_MADE.has(name));
    expect(committed.sort()).toEqual([...made.keys()].sort());
    for (const [name, bytes] of made) {
      expect(Buffer.compare(readFileSync(join(BAD_DIR, name)), bytes), `bad/${name} is out of date`).toBe(0);
    }
  });

  it('stays under about 1.25 MB', () => {
    // About 100 cases of an 11 KB file; issue 11's figure kinds and trends added 18 (it was 1 MB for 85).
    const bytes = readdirSync(BAD_DIR).reduce((n, name) => n + statSync(join(BAD_DIR, name)).size, 0);
    expect(bytes).toBeLessThan(1.25 * 1024 * 1024);
  });

  it('is made from a valid file: the base the data cases break builds', async () => {
    const dir = join(tmp, 'base');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'base.yaml'), makeCorpus().base);
    const r = await cli(['validate', 'base.yaml'], { cwd: dir, limitMs: BAD_RUN_LIMIT_MS });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

// --- Bad input -----------------------------------------------------------------------------

interface Prepared {
  /** The data file as passed to the CLI (relative to FIXTURES_DIR). */
  data: string;
  args: string[];
  /** Regular-expression text for {template} and {templates}. */
  vars: Record<string, string>;
  dir: string;
}

async function prepare(c: BadCase): Promise<Prepared> {
  const dir = join(tmp, 'cases', c.name);
  await mkdir(dir, { recursive: true });
  const args: string[] = [];
  const vars: Record<string, string> = { templates: esc(TEMPLATES_DIR) };
  if (c.template) {
    // A copy of templates/default, changed as the case says.
    const folder = join(dir, 'template');
    await cp(join(TEMPLATES_DIR, 'default'), folder, { recursive: true });
    if (c.template.yaml) await writeFile(join(folder, 'template.yaml'), await readFile(join(BAD_DIR, c.template.yaml)));
    for (const [file, text] of Object.entries(c.template.write ?? {})) await writeFile(join(folder, file), text);
    for (const [file, target] of Object.entries(c.template.symlink ?? {})) {
      await rm(join(folder, file), { force: true });
      await symlink(target, join(folder, file));
    }
    args.push('--template', folder);
    vars.template = esc(folder);
  }
  args.push(...(c.args ?? []));
  const data = c.file ? `bad/${c.file}` : relative(FIXTURES_DIR, DATA_FILE);
  return { data, args, vars, dir };
}

/** `s` with control characters shown as \u{..}, so that a report cannot upset the terminal either. */
const visible = (s: string) => s.replace(new RegExp(CONTROL.source, 'g'), (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`);

function expectRefused(x: typeof expect, r: Run, c: BadCase, pattern: RegExp, what: string): void {
  const shown = visible(`${what}\n--- stderr ---\n${r.stderr.slice(0, 2000)}${r.stdout ? `\n--- stdout ---\n${r.stdout.slice(0, 500)}` : ''}`);
  const err = visible(r.stderr); // what is matched; raw control characters are checked for below
  x(r.timedOut, `${what}: did not finish within ${BAD_RUN_LIMIT_MS} ms`).toBe(false);
  x.soft(r.code, shown).toBe(2);
  x.soft(err, shown).toMatch(pattern);
  if (c.reject) x.soft(err, shown).not.toMatch(new RegExp(c.reject, 'm'));
  x.soft(err, `${shown}\n(a stack trace)`).not.toMatch(STACK_FRAME);
  x.soft(err, shown).not.toMatch(/internal error/i);
  x.soft(r.stdout, `${what}: nothing reported as built`).not.toMatch(/\.pptx/);
  x.soft(JSON.stringify(r.stderr.match(CONTROL)?.[0] ?? null), `${shown}\n(raw control characters reach the terminal)`).toBe('null');
}

describe.concurrent('bad input: exit 2, file:line:col: field: message, no stack trace, no deck written or changed', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.why}`, async ({ expect: x }) => {
      const p = await prepare(c);
      const pattern = new RegExp(c.expect.replace(/\{(template|templates)\}/g, (_, v: string) => p.vars[v]!), 'm');
      const deck = `${basename(p.data, extname(p.data))}.pptx`;
      const build = (out: string) => cli(['build', p.data, '--out', out, ...p.args], { cwd: FIXTURES_DIR, limitMs: BAD_RUN_LIMIT_MS });
      // An earlier deck of the same name: it must stay as it was, and nothing may join it.
      const kept = join(p.dir, 'out-kept');
      await mkdir(kept);
      const earlier = Buffer.from(`an earlier deck of ${c.name}, not to be touched\n`);
      await writeFile(join(kept, deck), earlier);
      expectRefused(x, await build(kept), c, pattern, `build ${p.data} ${p.args.join(' ')}`);
      x.soft(await entriesUnder(kept), 'nothing but the earlier deck in the output folder').toEqual([deck]);
      x.soft(Buffer.compare(await readFile(join(kept, deck)), earlier), 'the earlier deck is byte for byte unchanged').toBe(0);
      // No deck yet: none may appear. (The data files are also checked this way all at once, below.)
      if (!c.file) {
        const fresh = join(p.dir, 'out-fresh');
        expectRefused(x, await build(fresh), c, pattern, `build ${p.data} ${p.args.join(' ')} (empty output folder)`);
        x.soft(await entriesUnder(fresh), 'nothing written to the output folder').toEqual([]);
      }
    });
  }

  it('all bad data files in one build (worker threads), into an empty folder: exit 2, nothing written, each reported with its message', async ({ expect: x }) => {
    const withFiles = cases.filter((c) => c.file && !c.template && !c.args);
    const out = join(tmp, 'all-at-once');
    const r = await cli(['build', ...withFiles.map((c) => `bad/${c.file}`), '--out', out], { cwd: FIXTURES_DIR, limitMs: 120_000 });
    // Without the progress lines ([3/78] bad/x.yaml), which say nothing here.
    const shown = visible(`--- stderr ---\n${r.stderr.replace(/^\[\d+\/\d+\] .*\n/gm, '').slice(0, 4000)}`);
    x(r.timedOut, 'finished within 120 s').toBe(false);
    x(r.code, shown).toBe(2); // else the rest says little
    x.soft(r.stderr, shown).not.toMatch(STACK_FRAME);
    x.soft(r.stderr, shown).not.toMatch(/internal error/i);
    x.soft(await entriesUnder(out), 'nothing written to the output folder').toEqual([]);
    for (const c of withFiles) x.soft(visible(r.stderr), `${c.name}: ${c.expect}`).toMatch(new RegExp(c.expect, 'm'));
    x.soft(visible(r.stderr)).toMatch(new RegExp(`^${withFiles.length} files: 0 built, 0 unchanged, ${withFiles.length} failed`, 'm'));
  });
});

// --- Valid but unusual or extreme input -------------------------------------------------------

interface Deck {
  parts: Record<string, Uint8Array>;
  xml: [string, string][];
}

function openDeck(bytes: Uint8Array): Deck {
  const parts = unzipSync(bytes);
  const xml = Object.entries(parts)
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .map(([name, b]): [string, string] => [name, strFromU8(b)]);
  return { parts, xml };
}

/** Every XML part parses and holds no character XML forbids. */
function expectWellFormed(x: typeof expect, deck: Deck): void {
  const slides = deck.xml.filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  x(slides.length).toBeGreaterThan(0);
  for (const [name, text] of deck.xml) {
    const valid = XMLValidator.validate(text);
    x(valid === true ? true : JSON.stringify(valid), `${name} parses`).toBe(true);
    x(XML_ILLEGAL.test(text), `${name} holds no character illegal in XML`).toBe(false);
  }
}

let referenceDeck: Promise<Uint8Array> | undefined;
/** The reference data's deck, built once. */
function buildReference(): Promise<Uint8Array> {
  referenceDeck ??= (async () => {
    const out = join(tmp, 'reference');
    const r = await cli(['build', DATA_FILE, '--out', out], { cwd: ROOT, limitMs: LONG_TEXT_LIMIT_MS });
    if (r.code !== 0) throw new Error(`the reference data does not build:\n${r.stderr}`);
    return readFile(join(out, 'zhejiang-2023.pptx'));
  })();
  return referenceDeck;
}

/** Writes `content` as <tmp>/valid/<name>/<name>.yaml and builds it there. */
async function buildValid(name: string, content: string | Uint8Array, limitMs: number): Promise<{ r: Run; deck?: Uint8Array; file: string }> {
  const dir = join(tmp, 'valid', name);
  await mkdir(dir, { recursive: true });
  const file = `${name}.yaml`;
  await writeFile(join(dir, file), content);
  const r = await cli(['build', file, '--out', 'out'], { cwd: dir, limitMs });
  const out = join(dir, 'out', `${name}.pptx`);
  return { r, deck: existsSync(out) ? await readFile(out) : undefined, file };
}

/** Exit 0 with a deck that passes the schemas: never a refusal, a crash, a hang or silence. */
async function expectBuilt(x: typeof expect, b: { r: Run; deck?: Uint8Array; file: string }, limitMs: number): Promise<Deck> {
  const shown = visible(`exit ${b.r.code} (${b.r.signal ?? 'no signal'}) after ${Math.round(b.r.ms)} ms\n--- stderr ---\n${b.r.stderr.slice(0, 3000)}`);
  x(b.r.timedOut, `not finished within ${limitMs} ms`).toBe(false);
  x(b.r.stderr, shown).not.toMatch(STACK_FRAME);
  x(b.r.stderr, shown).not.toMatch(/internal error|heap out of memory/i);
  x(b.r.code, shown).toBe(0);
  x(b.deck, 'a deck written').toBeDefined();
  const deck = openDeck(b.deck!);
  expectWellFormed(x, deck);
  await expectSchemaValid(b.deck!, b.file);
  return deck;
}

describe.concurrent('valid but unusual input: builds', () => {
  it('CRLF line ends: the same deck as LF', async ({ expect: x }) => {
    const b = await buildValid('crlf', referenceText().replace(/\n/g, '\r\n'), BAD_RUN_LIMIT_MS);
    x(b.r.code, b.r.stderr).toBe(0);
    x(Buffer.compare(b.deck!, await buildReference()), 'byte for byte the reference deck').toBe(0);
  });

  it('a UTF-8 byte-order mark is accepted (Windows editors write one): the same deck', async ({ expect: x }) => {
    const b = await buildValid('bom', `\ufeff${referenceText()}`, BAD_RUN_LIMIT_MS);
    x(b.r.code, b.r.stderr).toBe(0);
    x(Buffer.compare(b.deck!, await buildReference()), 'byte for byte the reference deck').toBe(0);
  });

  it('XML markup and a vertical tab (a soft return) in texts: escaped, not interpreted; every part well-formed', async ({ expect: x }) => {
    const markup = ' </a:t></a:r><a:r><a:t>x & <b>"q" \'s\' ]]> &amp;';
    let text = referenceText();
    const title = /^meta:\n {2}title: (.*)$/m.exec(text)![1]!;
    text = text.replace(/^(meta:\n {2}title: ).*$/m, (_, k: string) => `${k}${JSON.stringify(title + markup)}`);
    text = text.replace(/^(summary: )(.*)$/m, (_, k: string, v: string) => `${k}${JSON.stringify(`${v.slice(0, 10)}\u000b${v.slice(10)}`)}`);
    text = text.replace(/^( {4}title: )(政府购买服务决算金额)$/m, (_, k: string, v: string) => `${k}${JSON.stringify(`${v} <&>"`)}`);
    const b = await buildValid('markup', text, BAD_RUN_LIMIT_MS);
    x(b.r.code, b.r.stderr).toBe(0);
    const deck = openDeck(b.deck!);
    expectWellFormed(x, deck);
    await expectSchemaValid(b.deck!, 'the deck with markup in its texts');
    const slide1 = deck.xml.find(([name]) => name === 'ppt/slides/slide1.xml')![1];
    x(paragraphs(slide1).join(''), 'the title, markup and all, as text').toContain(title + markup);
  });

  it('an old template footer with markup and control characters (used, for data without meta.footer): sanitised; every part well-formed', async ({ expect: x }) => {
    const dir = join(tmp, 'valid', 'footer');
    const folder = join(dir, 'template');
    await cp(join(TEMPLATES_DIR, 'default'), folder, { recursive: true });
    const yaml = await readFile(join(folder, 'template.yaml'), 'utf8');
    await writeFile(join(folder, 'template.yaml'), `${yaml}footer: "政府\\u0001购买 </a:t><b>&amp; \\uD800 \\"q\\""\n`);
    const data = join(dir, 'zhejiang-2023.yaml');
    await writeFile(data, referenceText().replace(/^  footer: .*\n/m, ''));
    const r = await cli(['build', data, '--out', join(dir, 'out'), '--template', folder], { cwd: ROOT, limitMs: BAD_RUN_LIMIT_MS });
    x(r.code, r.stderr).toBe(0);
    x(r.stderr).toMatch(/template\.yaml: warning: footer: the footer's words belong to the data file/);
    const bytes = await readFile(join(dir, 'out', 'zhejiang-2023.pptx'));
    const deck = openDeck(bytes);
    expectWellFormed(x, deck);
    await expectSchemaValid(bytes, 'the deck with markup in its footer');
    x(deck.xml.some(([name, t]) => name.startsWith('ppt/slides/') && paragraphs(t).some((p) => p.includes('政府购买 </a:t><b>&amp;'))), 'the footer, as text').toBe(true);
  });

  it("the data's footer with markup: escaped, not interpreted", async ({ expect: x }) => {
    const dir = join(tmp, 'valid', 'data-footer');
    await mkdir(dir, { recursive: true });
    const data = join(dir, 'zhejiang-2023.yaml');
    await writeFile(data, referenceText().replace(/^  footer: .*\n/m, '  footer: "政府购买 </a:t><b>&amp; \\"q\\""\n'));
    const r = await cli(['build', data, '--out', join(dir, 'out')], { cwd: ROOT, limitMs: BAD_RUN_LIMIT_MS });
    x(r.code, r.stderr).toBe(0);
    const deck = openDeck(await readFile(join(dir, 'out', 'zhejiang-2023.pptx')));
    expectWellFormed(x, deck);
    x(deck.xml.some(([name, t]) => name.startsWith('ppt/slides/') && paragraphs(t).some((p) => p.includes('政府购买 </a:t><b>&amp; "q"'))), 'the footer, as text').toBe(true);
  });
});

/** 100,000 characters of Chinese text, with its punctuation. */
const LONG_CJK = (() => {
  const unit = '政府购买服务改革推进省域社会治理能力现代化，';
  return unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
})();

type Built = Awaited<ReturnType<typeof buildValid>>;
const extreme: { long?: Promise<Built>; many?: Promise<Built> } = {};

/** The reference with 100,000-character texts: the summary, a section's summary and one of its points, a case. */
function buildLongTexts(): Promise<Built> {
  extreme.long ??= (async () => {
    let text = referenceText();
    const set = (re: RegExp, value: string) => {
      if (!re.test(text)) throw new Error(`test setup: ${re} not in the reference`);
      text = text.replace(re, (_, key: string) => `${key}${value}`);
    };
    set(/^(summary: ).*$/m, LONG_CJK);
    set(/^( {8}summary: )一是强化组织保障.*$/m, `二${LONG_CJK}`);
    set(/^( {10}- )强化组织保障.*$/m, 'a'.repeat(100_000)); // one word: no break opportunity anywhere
    set(/^( {4}text: )温州市.*$/m, LONG_CJK);
    return buildValid('long-texts', text, LONG_TEXT_LIMIT_MS);
  })();
  return extreme.long;
}

/** The reference with its first part holding 2,000 copies of one section. */
function buildManySections(): Promise<Built> {
  extreme.many ??= (async () => {
    const data = parse(referenceText()) as { parts: { sections: Record<string, unknown>[] }[] };
    const model = data.parts[0]!.sections.at(-1)!;
    data.parts[0]!.sections = Array.from({ length: 2000 }, (_, i) => ({ ...model, id: `section_${String(i + 1).padStart(4, '0')}` }));
    // No anchors and aliases for the repeated lists: written out, as a person would.
    return buildValid('many-sections', stringify(data, { lineWidth: 0, aliasDuplicateObjects: false }), MANY_SECTIONS_LIMIT_MS);
  })();
  return extreme.many;
}

// The slowest builds start with the file (see beforeAll) and run alongside the bad cases.
describe.concurrent('valid but extreme input: builds (exit 0) in bounded time, a deck that passes the schemas', () => {
  it(`100,000-character texts (summary, a section's summary and a point, a case) within ${LONG_TEXT_LIMIT_MS / 1000} s`, { timeout: LONG_TEXT_LIMIT_MS + 60_000 }, async ({ expect: x }) => {
    const b = await buildLongTexts();
    const deck = await expectBuilt(x, b, LONG_TEXT_LIMIT_MS);
    // The summaries become speaker notes, whole; the texts on the slides continue on follow-up slides.
    x(deck.xml.some(([name, t]) => name.startsWith('ppt/notesSlides/') && t.includes(LONG_CJK)), 'the 100,000-character summary is in the notes').toBe(true);
    const slides = deck.xml.filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    x(slides.length, 'more slides than the reference deck (17): the long texts continue').toBeGreaterThan(17);
    const shownText = slides.map(([, t]) => paragraphs(t).join('')).join('');
    x(shownText.split('a').length - 1, 'the 100,000-letter word, all of it, on the slides').toBeGreaterThanOrEqual(100_000);
    console.info(`100,000-character texts: exit ${b.r.code} in ${(b.r.ms / 1000).toFixed(1)} s`);
  });

  it(`2,000 sections in one part within ${MANY_SECTIONS_LIMIT_MS / 1000} s`, { timeout: MANY_SECTIONS_LIMIT_MS + 60_000 }, async ({ expect: x }) => {
    const b = await buildManySections();
    const deck = await expectBuilt(x, b, MANY_SECTIONS_LIMIT_MS);
    x(deck.xml.filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length).toBeGreaterThan(2000);
    console.info(`2,000 sections: exit ${b.r.code} in ${(b.r.ms / 1000).toFixed(1)} s`);
  });
});
