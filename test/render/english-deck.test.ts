// The English deck of the reference data, end to end: the package check,
// no overflow, every run and note tagged en-US, written beside the Chinese deck.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/commands/build.js';
import { verifyPackage } from '../../src/render/verify.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';
import { openPackage, slideNames, type Package } from '../helpers/pptx.js';
import { expectSchemaValid } from '../helpers/ooxml-schema.js';

let report: BuildReport;
let pkg: Package;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-en-deck-'));
  report = await build({ files: [DATA_FILE], template: 'default', templatesDir: TEMPLATES_DIR, outDir: dir, dataDir: 'data', jobs: 1, cache: false, lang: 'en' });
  pkg = openPackage(new Uint8Array(await readFile(join(dir, 'zhejiang-2023.en.pptx'))));
});

describe('the English deck', () => {
  it('is written as <name>.en.pptx, with no warnings and nothing overflowing', () => {
    expect(report.failed).toEqual([]);
    const built = report.built[0]!;
    expect(built.out).toBe(join(dir, 'zhejiang-2023.en.pptx'));
    expect(built.warnings).toEqual([]);
    expect(built.overflows).toEqual([]);
    // The 17 slides of the Chinese deck; the English readings, longer, continue the sources on a second page at 12 pt or more.
    expect(built.slides).toBe(18);
    expect(built.continued).toEqual([{ slide: 16, title: 'Sources and Notes on the Data', extra: 1 }]);
  });

  it('passes the ECMA-376 schemas', async () => {
    await expectSchemaValid(new Uint8Array(await readFile(join(dir, 'zhejiang-2023.en.pptx'))), 'the English deck');
  });

  it('passes the package check', () => {
    expect(verifyPackage(pkg.parts)).toEqual([]);
  });

  it('tags every run en-US with Chinese as the alternative, keeping the East Asian face', () => {
    for (const name of slideNames(pkg)) {
      const xml = pkg.text(name);
      expect(xml, name).not.toContain('lang="zh-CN"');
      for (const m of xml.matchAll(/<a:rPr\b[^>]*>/g)) expect(m[0], name).toMatch(/lang="en-US" altLang="zh-CN"/);
      expect(xml).toContain('<a:ea typeface="Microsoft YaHei"');
    }
  });

  it('tags the speaker notes en-US', () => {
    const notes = pkg.entries.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    expect(notes).toHaveLength(18);
    for (const n of notes) expect(pkg.text(n)).not.toContain('lang="zh-CN"');
  });
});
