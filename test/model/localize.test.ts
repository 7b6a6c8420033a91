// Texts in one language, and the listing of texts that have no English.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import { localize } from '../../src/model/localize.js';
import { BriefingData } from '../../src/schema/data.js';
import { DATA_FILE, bilingualReferenceText, referenceText } from '../helpers/paths.js';
import { replaceOnce } from '../helpers/text.js';

async function tempData(text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'briefing-en-')), 'data.yaml');
  await writeFile(file, text);
  return file;
}

describe('localize', () => {
  it('picks zh or en; a { zh } text without en is listed for en only', () => {
    const raw = BriefingData.parse({ ...parseData(), summary: { zh: '摘要' } });
    expect(localize(raw, 'zh').data.summary).toBe('摘要');
    expect(localize(raw, 'zh').missing).toEqual([]);
    const en = localize(raw, 'en');
    expect(en.data.summary).toBe('摘要');
    expect(en.missing).toContainEqual(['summary']);
  });

  it('never lists quotes or the original strings of readings: they are the source evidence', () => {
    const { missing } = localize(BriefingData.parse(parseData()), 'en');
    expect(missing.some((p) => p.at(-1) === 'quote' || p.at(-1) === 'original')).toBe(false);
  });
});

describe('checkFile --lang en', () => {
  it('the reference data has English for every text: no warnings', async () => {
    expect((await checkFile(DATA_FILE, { lang: 'en' })).warnings).toEqual([]);
  });

  it('the Chinese-only file lists each text with its position, then a count; the deck still builds', async () => {
    const file = await tempData(referenceText());
    const { warnings } = await checkFile(file, { lang: 'en' });
    const lines = warnings.map(formatDiagnostic);
    expect(lines[0]).toMatch(/^.*data\.yaml:7:10: warning: meta\.title: no English text; the Chinese is used$/);
    expect(lines).toContainEqual(expect.stringMatching(/:\d+:\d+: warning: metrics\[0\]\.label: no English text; the Chinese is used$/));
    expect(lines).toContainEqual(expect.stringMatching(/: warning: parts\[0\]\.sections\[0\]\.points\[2\]: no English text/));
    expect(lines.at(-1)).toMatch(/: warning: (\d+) texts have no English; the deck shows the Chinese for them \(hint: .*--require-translation/);
    const count = Number(/: warning: (\d+) texts/.exec(lines.at(-1)!)![1]);
    expect(count).toBe(warnings.length - 1);
    expect(count).toBeGreaterThan(150);
  });

  it('one missing English text is one warning at its line, with --require-translation an error', async () => {
    const text = replaceOnce(bilingualReferenceText(), '      en: Documents given policy advice\n', '');
    const file = await tempData(text);
    const { warnings, data } = await checkFile(file, { lang: 'en' });
    const line = text.split('\n').findIndex((l) => l.includes('zh: 提供政策建议的文件')) + 1;
    expect(warnings.map(formatDiagnostic)).toEqual([
      expect.stringMatching(new RegExp(`data\\.yaml:${line}:7: warning: metrics\\[0\\]\\.label: no English text; the Chinese is used$`)),
      expect.stringMatching(/data\.yaml: warning: 1 text has no English/),
    ]);
    expect(data.metrics[0]!.label).toBe('提供政策建议的文件');
    const strict = await checkFile(file, { lang: 'en', requireTranslation: true }).catch((e: unknown) => e);
    expect(strict).toBeInstanceOf(UserError);
    expect((strict as UserError).diagnostics[0]).toMatchObject({ path: 'metrics[0].label', message: 'no English text', severity: 'error', line });
  });

  it('the Chinese deck is not concerned: no warnings for a Chinese-only file', async () => {
    expect((await checkFile(await tempData(referenceText()))).warnings).toEqual([]);
  });

  it('a text given a number is reported against the plain form', async () => {
    const text = replaceOnce(referenceText(), '  organisation: 浙江省财政厅\n', '  organisation: 2023\n');
    const e = await checkFile(await tempData(text)).catch((x: unknown) => x);
    expect(formatDiagnostic((e as UserError).diagnostics[0]!)).toMatch(/meta\.organisation: expected string, got number 2023 \(hint: put the value in quotes\)$/);
  });

  it('a misspelt en key gets a hint', async () => {
    const text = replaceOnce(bilingualReferenceText(), '      en: Documents given policy advice\n', '      eng: Documents given policy advice\n');
    const e = await checkFile(await tempData(text)).catch((x: unknown) => x);
    expect(formatDiagnostic((e as UserError).diagnostics[0]!)).toMatch(/metrics\[0\]\.label\.eng: unknown key "eng" \(hint: did you mean "en"\?\)$/);
  });
});

function parseData(): Record<string, unknown> {
  // The YAML of the reference, as plain data (the loader is tested elsewhere).
  return parseYaml(bilingualReferenceText());
}
import { parse as parseYaml } from 'yaml';
