// Decks built on templates nobody here made: the PowerPoint-saved default
// template (test/fixtures/templates/) and five of LibreOffice's bundled
// Impress designs, converted to .pptx here in one soffice run. Every deck
// passes the ECMA-376 schemas, has a title placeholder on every slide, carries
// the template's masters and their graphics and none of its slides, and in
// LibreOffice's render no line of text lies over another text box.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { fontConfig } from '../../src/commands/preview.js';
import { modelAndLayout, packageDate, renderDeck, type Laid } from '../../src/pipeline.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { inCI } from '../helpers/ci.js';
import { expectSchemaValid } from '../helpers/ooxml-schema.js';
import { ROOT, TEMPLATES_DIR } from '../helpers/paths.js';
import { overlaps, pdfLines } from '../helpers/pdf-text.js';
import { slideTitles } from '../helpers/titles.js';

const has = (cmd: string, arg = '--version') => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
const available = has('soffice') && has('pdftotext', '-v');
const DESIGNS_DIR = '/usr/lib/libreoffice/share/template/common/presnt';
/** Of 23 designs: light and dark, 16:9 and 4:3, pictures and drawn shapes in their masters. */
const DESIGNS = ['Blue_Curve', 'Focus', 'Vintage', 'Midnightblue', 'Growing_Liberty'];
const DATA = ['zhejiang-2023', 'shandong-ppp-2016', 'pingxiang-livelihood-2019', 'gansu-toilets-2019-2021'];

describe('LibreOffice in CI', () => {
  it('is installed when CI runs', () => {
    if (inCI) expect(available, 'CI installs libreoffice-impress and poppler-utils (.ci/run)').toBe(true);
  });
});

interface Built {
  name: string;
  template: LoadedTemplate;
  laid: Laid;
  bytes: Uint8Array;
  source: Record<string, Uint8Array>;
}

describe.skipIf(!available && !inCI)('decks on organisation templates', () => {
  let dir: string;
  const decks: Built[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-org-'));
    // One LibreOffice start converts the five designs.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pptx', '--outdir', dir, ...DESIGNS.map((d) => join(DESIGNS_DIR, `${d}.otp`))], { stdio: 'ignore', timeout: 180_000 });
    const files = [join(ROOT, 'test', 'fixtures', 'templates', 'powerpoint-default-4x3.pptx'), ...DESIGNS.map((d) => join(dir, `${d}.pptx`))];
    for (const [i, file] of files.entries()) {
      if (!existsSync(file)) throw new Error(`LibreOffice did not convert ${basename(file)}`);
      const template = await loadTemplate(file, TEMPLATES_DIR);
      // The reference data on the PowerPoint template; the other reports by turns on the designs.
      const data = (await checkFile(join(ROOT, 'data', `${DATA[i % DATA.length]}.yaml`), { lang: 'zh' })).data;
      const laid = modelAndLayout(data, template, 'zh');
      const bytes = (await renderDeck(laid, template, packageDate(data))).bytes;
      const name = basename(file, '.pptx');
      await writeFile(join(dir, `deck-${name}.pptx`), bytes);
      decks.push({ name, template, laid, bytes, source: unzipSync(new Uint8Array(await import('node:fs/promises').then((f) => f.readFile(file)))) });
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...decks.map((d) => join(dir, `deck-${d.name}.pptx`))], {
      stdio: 'ignore',
      timeout: 300_000,
      env: { ...process.env, FONTCONFIG_FILE: await fontConfig(decks[0]!.template, dir) },
    });
  }, 600_000);

  it('passes the ECMA-376 schemas', async () => {
    expect(decks).toHaveLength(1 + DESIGNS.length);
    for (const d of decks) await expectSchemaValid(d.bytes, d.name);
  });

  it('has one title placeholder on every slide, holding its title, on a layout with one', () => {
    for (const d of decks) {
      const found = slideTitles(d.bytes);
      expect(found, d.name).toHaveLength(d.laid.placed.slides.length);
      found.forEach((s, i) => {
        const title = d.laid.placed.slides[i]!.elements.find((e) => e.name === 'title');
        const words = (t: string) => t.replace(/[\s\u000b]/g, '');
        expect(s.titles, `${d.name} ${s.slide}`).toHaveLength(1);
        expect(words(s.titles[0]!)).toBe(words(title?.kind === 'text' ? title.paragraphs.join('') : '?'));
        expect(s.layoutTitles, `${d.name} ${s.layout}`).toContain(s.types[0]);
      });
    }
  });

  it("carries the template's masters with their graphics, its theme, and none of its slides", () => {
    for (const d of decks) {
      const out = unzipSync(d.bytes);
      const masters = Object.keys(d.source).filter((n) => /^ppt\/slideMasters\/slideMaster\d+\.xml$/.test(n));
      expect(masters.length, d.name).toBeGreaterThan(0);
      for (const m of masters) {
        const shapes = (xml: string) => (xml.match(/<p:(sp|pic|cxnSp|grpSp)>/g) ?? []).length;
        expect(out[m], `${d.name} ${m}`).toBeDefined();
        expect(shapes(strFromU8(out[m]!))).toBe(shapes(strFromU8(d.source[m]!)));
      }
      // Every picture the masters and layouts show is in the deck, byte for byte.
      const media = Object.keys(d.source).filter((n) => n.startsWith('ppt/media/'));
      const used = media.filter((n) => Object.keys(d.source).some((r) => /^ppt\/(slideMasters|slideLayouts)\/_rels\//.test(r) && strFromU8(d.source[r]!).includes(basename(n))));
      for (const n of used) expect(Object.values(out).some((b) => Buffer.compare(b, d.source[n]!) === 0), `${d.name} ${n}`).toBe(true);
      // The slides are the deck's: as many as laid out, none of the template's words.
      expect(Object.keys(out).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(d.laid.placed.slides.length);
      expect(strFromU8(out['ppt/presentation.xml']!)).toMatch(/<p:sldMasterIdLst>(<p:sldMasterId [^>]*\/>)+<\/p:sldMasterIdLst>/);
      expect(Object.keys(out).some((n) => /vbaProject/i.test(n))).toBe(false);
    }
  });

  it('draws no line of text over another text box in LibreOffice', () => {
    const found: string[] = [];
    for (const d of decks) {
      const pages = pdfLines(join(dir, `deck-${d.name}.pdf`));
      expect(pages, d.name).toHaveLength(d.laid.placed.slides.length);
      pages.forEach((page, p) => found.push(...overlaps(page).map((o) => `${d.name} page ${p + 1}: ${o}`)));
    }
    expect(found).toEqual([]);
  });
});
