// A real client opens the decks: LibreOffice converts them to PDF, one page
// per slide, and the slide texts come out of the PDF. Skipped, with a notice,
// where LibreOffice is not installed; in CI (CI=true, .ci/run installs it) they
// run whatever is installed, and fail without it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { modelAndLayout, packageDate, renderDeck } from '../../src/pipeline.js';
import { BriefingData } from '../../src/schema/data.js';
import { localize } from '../../src/model/localize.js';
import { loadTemplate } from '../../src/template/load.js';
import { build } from '../../src/commands/build.js';
import { Unfit } from '../../src/layout/unfit.js';
import { dataFrom, shape } from '../helpers/generated-data.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';
import { inCI } from '../helpers/ci.js';
import { expectSchemaValid } from '../helpers/ooxml-schema.js';

const has = (cmd: string, arg = '--version') => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
const available = has('soffice') && has('pdfinfo', '-v') && has('pdftotext', '-v');

if (!available && !inCI) {
  const notice = 'NOTICE: LibreOffice (soffice) or poppler-utils is not installed: the real-client test is skipped. Install: apt-get install -y libreoffice-impress poppler-utils fonts-noto-cjk';
  console.warn(notice);
}

describe.skipIf(!available && !inCI)('the decks in LibreOffice', () => {
  it('has LibreOffice and poppler-utils to run', () => {
    expect(available, 'LibreOffice and poppler-utils must be installed (apt-get install -y libreoffice-impress poppler-utils)').toBe(true);
  });

  let dir: string;
  const decks: { name: string; slides: number; texts: string[] }[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-soffice-'));
    const report = await build({ files: [DATA_FILE], template: 'default', templatesDir: TEMPLATES_DIR, outDir: dir, dataDir: 'data', jobs: 1, cache: false });
    decks.push({ name: 'zhejiang-2023', slides: report.built[0]!.slides, texts: ['深化政府购买服务改革', '321.70', '34463', '汇报提纲', '资料来源与数据说明'] });
    // A sample of generated decks, the same each run.
    const template = await loadTemplate('default', TEMPLATES_DIR);
    // The first three that build: a text too long for any slide is refused (Unfit), as a build refuses it.
    const samples = fc.sample(shape, { numRuns: 60, seed: 20261127 });
    let i = -1;
    for (const s of samples) {
      if (i === 2) break;
      const data = localize(BriefingData.parse(dataFrom(s)), 'zh').data;
      let laid;
      try {
        laid = modelAndLayout(data, template);
      } catch (e) {
        if (e instanceof Unfit) continue;
        throw e;
      }
      i++;
      await writeFile(join(dir, `generated-${i}.pptx`), (await renderDeck(laid, template, packageDate(data))).bytes);
      decks.push({ name: `generated-${i}`, slides: laid.placed.slides.length, texts: ['汇报提纲'] });
    }
    // One LibreOffice start for all decks, with a profile of its own.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...decks.map((d) => join(dir, `${d.name}.pptx`))], {
      stdio: 'ignore',
      timeout: 240_000,
    });
  }, 300_000);

  it('gets decks that pass the ECMA-376 schemas', async () => {
    for (const d of decks) await expectSchemaValid(new Uint8Array(await readFile(join(dir, `${d.name}.pptx`))), d.name);
  });

  it('converts every deck to a PDF of one page per slide, with its texts', () => {
    expect(decks).toHaveLength(4);
    for (const d of decks) {
      const pdf = join(dir, `${d.name}.pdf`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), d.name).toBe(d.slides);
      // Without -layout: CJK text comes out as runs, without column spacing.
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const t of d.texts) expect(text, `${d.name}: ${t}`).toContain(t.replace(/\s+/g, ''));
    }
  });
});
