// --lang en and --require-translation through the CLI, as a user runs them.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lines, runCli } from '../helpers/cli.js';
import { DATA_FILE, bilingualReferenceText } from '../helpers/paths.js';
import { openPackage, paragraphs, slideNames } from '../helpers/pptx.js';
import { lineColOf, replaceOnce } from '../helpers/text.js';

let dir: string;
/** The reference data with the English of meta.subtitle left out. */
let partial: string;
let partialText: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-lang-'));
  partial = join(dir, 'draft.yaml');
  partialText = replaceOnce(bilingualReferenceText(), "    en: Modernising Zhejiang's Capacity for Social Governance\n", '');
  await writeFile(partial, partialText);
});

describe.concurrent('briefing build --lang en', () => {
  it('writes <name>.en.pptx in English beside the Chinese deck, with no warning', async ({ expect }) => {
    const out = join(dir, 'en');
    const zh = await runCli(['build', DATA_FILE, '--out', out]);
    const en = await runCli(['build', DATA_FILE, '--out', out, '--lang', 'en']);
    expect([zh.code, en.code]).toEqual([0, 0]);
    // No warning; the one notice is of the English sources, whose longer readings continue on a second slide.
    expect(lines(en.stderr)).toEqual([expect.stringMatching(/: slide 16 Sources and Notes on the Data: the text continues on 1 more slide/)]);
    expect(en.stdout).toMatch(/-> .*zhejiang-2023\.en\.pptx {2}\(18 slides, 7 charts/);
    const pkg = openPackage(new Uint8Array(await readFile(join(out, 'zhejiang-2023.en.pptx'))));
    const first = paragraphs(pkg.text(slideNames(pkg)[0]!)).join(' ');
    // The title is set on two lines (one paragraph, a line break between).
    expect(first).toMatch(/Deepening the Reform of ?Government Procurement of Services/);
    expect(paragraphs(pkg.text(slideNames(pkg)[1]!)).join(' ')).toContain('Agenda');
    // The Chinese deck is still there, still Chinese.
    const zhPkg = openPackage(new Uint8Array(await readFile(join(out, 'zhejiang-2023.pptx'))));
    expect(paragraphs(zhPkg.text(slideNames(zhPkg)[0]!)).join(' ')).toContain('深化政府购买服务改革');
  });

  it('a text without English: one warning line at its place, and the deck is built with the Chinese', async ({ expect }) => {
    const out = join(dir, 'draft');
    const r = await runCli(['build', partial, '--out', out, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const at = lineColOf(partialText, 'zh: 推进浙江省域社会治理能力现代化');
    expect(lines(r.stderr).filter((l) => !l.includes('the text continues'))).toEqual([
      `${partial}:${at.line}:${at.col}: warning: meta.subtitle: no English text; the Chinese is used`,
      `${partial}: warning: 1 text has no English; the deck shows the Chinese for them (hint: write them as { zh: ..., en: ... }; --require-translation makes this an error)`,
    ]);
    const pkg = openPackage(new Uint8Array(await readFile(join(out, 'draft.en.pptx'))));
    expect(paragraphs(pkg.text(slideNames(pkg)[0]!)).join(' ')).toContain('推进浙江省域社会治理能力现代化');
  });

  it('--require-translation: the same text is an error, exit 2, and no deck', async ({ expect }) => {
    const out = join(dir, 'strict');
    const r = await runCli(['build', partial, '--out', out, '--lang', 'en', '--require-translation']);
    expect(r.code).toBe(2);
    const at = lineColOf(partialText, 'zh: 推进浙江省域社会治理能力现代化');
    expect(lines(r.stderr)).toEqual([`${partial}:${at.line}:${at.col}: meta.subtitle: no English text`, `${partial}: 1 text has no English (hint: write them as { zh: ..., en: ... })`]);
    expect(existsSync(join(out, 'draft.en.pptx'))).toBe(false);
    expect(r.stdout).toBe('');
  });

  it('validate --lang en lists the text; with --require-translation it fails', async ({ expect }) => {
    const warn = await runCli(['validate', partial, '--lang', 'en']);
    expect(warn.code).toBe(0);
    expect(warn.stderr).toContain('warning: meta.subtitle: no English text');
    const strict = await runCli(['validate', partial, '--lang', 'en', '--require-translation']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain(': meta.subtitle: no English text');
    // In Chinese, nothing is missing.
    expect((await runCli(['validate', partial, '--require-translation'])).code).toBe(0);
  });
});
