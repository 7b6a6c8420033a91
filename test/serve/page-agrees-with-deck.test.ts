// The page agrees with the deck: for every slide of the four reference decks,
// the boxes the page draws are the shapes of the written .pptx (within 1 px at
// 96 dpi), and a browser screenshot of each slide looks like LibreOffice's
// render of it (few differing pixels on a reduced picture). One browser and
// one LibreOffice run (converting the four decks) for the file; LibreOffice
// converts while the browser measures.
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOne } from '../../src/commands/build-one.js';
import { readPageFiles } from '../../src/commands/serve.js';
import { pageModel } from '../../src/serve/page-model.js';
import { startPageServer } from '../../src/serve/server.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { memoryCache } from '../../src/write/chart-cache.js';
import { CHROMIUM, hasChromium, launchChromium } from '../helpers/browser.js';
import { inCI } from '../helpers/ci.js';
import { ROOT, TEMPLATES_DIR } from '../helpers/paths.js';
import { openPackage, relationships, slideNames, attributes } from '../helpers/pptx.js';

const run = promisify(execFile);
const has = (cmd: string, arg = '--version') => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
const available = hasChromium && has('soffice') && has('pdftoppm', '-v');
if (!available && !inCI) console.warn('NOTICE: Chromium, LibreOffice or pdftoppm is missing: the page-versus-deck test is skipped. Install: apt-get install -y chromium libreoffice-impress poppler-utils');

const DECKS = readdirSync(join(ROOT, 'data')).filter((f) => f.endsWith('.yaml')).sort();
const EMU_PER_PX = 9525; // 914400 EMU per inch / 96 px per inch
/** The reduced picture both renders are compared on: 16:9, about 1/8 of the 96-dpi slide. */
const SMALL = { w: 160, h: 90 };
/** The frame width the page is shown at: half the 96-dpi slide, as a narrow window would show it. */
const VIEWPORT = { width: 680, height: 800 };

interface Box { name: string; x: number; y: number; w: number; h: number }
interface SlideResult { boxes: Box[]; shot: Buffer }
/** The control: a slide drawn with every shape a quarter inch out of place. */
const CONTROL_SLIDE = 2;

/** The shapes of a slide (and the pictures of its layout: the logo), in px at 96 dpi, in document order. */
function shapesOf(xml: string, layout = false): Box[] {
  const shapes = [...xml.matchAll(/<p:(sp|pic)>([\s\S]*?)<\/p:\1>/g)];
  // A layout's placeholders (its title) are patterns for slides, not drawn on them.
  return shapes.filter((m) => !(layout && m[2]!.includes('<p:ph'))).map((m) => {
    // The one picture of a slide layout is the template's logo.
    const name = layout && m[1] === 'pic' ? 'logo' : attributes(/<p:cNvPr\s([^>]*?)\/?>/.exec(m[2]!)![1]!).name!;
    const off = attributes(/<a:off\s([^>]*?)\/>/.exec(m[2]!)![1]!);
    const ext = attributes(/<a:ext\s([^>]*?)\/>/.exec(m[2]!)![1]!);
    return { name, x: Number(off.x) / EMU_PER_PX, y: Number(off.y) / EMU_PER_PX, w: Number(ext.cx) / EMU_PER_PX, h: Number(ext.cy) / EMU_PER_PX };
  });
}

/** A picture reduced to SMALL, in gray levels 0..255. */
async function reduced(png: Buffer): Promise<Float64Array> {
  const image = await loadImage(png);
  const canvas = createCanvas(SMALL.w, SMALL.h);
  const ctx = canvas.getContext('2d');
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0, SMALL.w, SMALL.h);
  const rgba = ctx.getImageData(0, 0, SMALL.w, SMALL.h).data;
  const gray = new Float64Array(SMALL.w * SMALL.h);
  for (let i = 0; i < gray.length; i++) gray[i] = 0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!;
  return gray;
}

/**
 * A pixel differs when its gray levels are more than TOLERANCE apart. At
 * 160 x 90 a line of text is a gray smudge a few pixels high; LibreOffice sets
 * it a little differently (a wider space after a full-width colon, its own
 * hinting), which moves smudges by a pixel and gray levels by up to about 70.
 * A box, rule, bar or background that is missing, misplaced or of another
 * colour moves them by far more (dark blue on white: about 190).
 */
const TOLERANCE = 72;
/**
 * The share of differing pixels allowed per slide. Measured on the four
 * reference decks (2 cores, Chromium 150, LibreOffice 7.4): 0.1% to 4.6% per
 * slide, the most on slides with large figures set beside Chinese (a shift of
 * the figure's digits). The control, one slide per deck drawn with every shape
 * a quarter inch out of place, differs on 7.7% to 10.2%; a slide compared with
 * the next slide's render mostly on 4% to 60%. So 6% passes every slide as
 * the two renderers draw it and fails a gross disagreement.
 */
const MAX_SHARE = 0.06;

/** The system's fonts, the template's font folder, and the deck's font names pointing at the template's font. */
const fontconfigFor = (t: LoadedTemplate) => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${dirname(t.fontPath)}</dir>
${[...new Set([t.spec.fonts.east_asian, t.spec.fonts.latin])].map((f) => `  <alias binding="same"><family>${f}</family><prefer><family>${t.spec.fonts.family}</family></prefer></alias>`).join('\n')}
</fontconfig>
`;

const share = (a: Float64Array, b: Float64Array) => a.reduce((n, v, i) => n + (Math.abs(v - b[i]!) > TOLERANCE ? 1 : 0), 0) / a.length;

describe.skipIf(!available && !inCI)('the page agrees with the deck', () => {
  let browser: Browser | undefined;
  const results = new Map<string, { pptx: Uint8Array; slides: SlideResult[]; lo: Buffer[]; control: Buffer }>();

  beforeAll(async () => {
    expect(available, `Chromium (${CHROMIUM}), LibreOffice and pdftoppm must be installed`).toBe(true);
    const dir = await mkdtemp(join(tmpdir(), 'briefing-agree-'));
    const template = await loadTemplate('default', TEMPLATES_DIR);
    const cache = memoryCache();
    const built = [];
    for (const file of DECKS) built.push(await buildOne(join(ROOT, 'data', file), { template, outDir: dir, cache }));
    // LibreOffice converts the four decks (one process) while the browser draws them.
    // LibreOffice is given the template's font under the names the deck asks for (Microsoft YaHei), as
    // PowerPoint on Windows has them: else it sets Latin text in DejaVu Sans, wider than either, and
    // the comparison would measure this machine's fallback font rather than the page.
    const fontsConf = join(dir, 'fonts.conf');
    await writeFile(fontsConf, fontconfigFor(template));
    const converted = run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...built.map((b) => b.out)], { timeout: 120_000, env: { ...process.env, FONTCONFIG_FILE: fontsConf } });
    converted.catch(() => undefined);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: VIEWPORT });
    const files = await readPageFiles(join(ROOT, 'src', 'serve', 'page'));
    for (const b of built) {
      const made = pageModel(b.placed, template, b.pictures, { title: b.deck.title, pptxName: basename(b.out) });
      const state = { version: 1, deck: made.deck, changed: [], problems: [], at: new Date().toISOString() };
      const server = await startPageServer({ page: files, state: () => state, picture: (n) => made.pictures.get(n), font: (n) => (n === basename(template.fontPath) ? template.fontPath : undefined), pptx: () => undefined }, 0);
      try {
        await page.goto(server.url);
        await page.waitForSelector(`#slide-${made.deck.slides.length} .canvas`);
        await page.evaluate(() => document.fonts.ready);
        await page.waitForFunction(() => [...document.querySelectorAll('main img')].every((i) => (i as HTMLImageElement).complete));
        const boxes = await page.evaluate((pxPerIn) =>
          [...document.querySelectorAll('main .canvas')].map((canvas) => {
            const c = canvas.getBoundingClientRect();
            const scale = c.width / (canvas as HTMLElement).offsetWidth;
            void pxPerIn;
            return [...canvas.querySelectorAll<HTMLElement>(':scope > [data-name]')].map((el) => {
              const r = el.getBoundingClientRect();
              return { name: el.dataset.name!, x: (r.left - c.left) / scale, y: (r.top - c.top) / scale, w: r.width / scale, h: r.height / scale };
            });
          }), 96);
        const slides: SlideResult[] = [];
        for (let i = 0; i < boxes.length; i++) slides.push({ boxes: boxes[i]!, shot: await page.locator(`#slide-${i + 1} .frame`).screenshot() });
        // The control: must differ from LibreOffice's render by more than the threshold, or the comparison could not fail.
        await page.evaluate((n) => document.querySelectorAll<HTMLElement>(`#slide-${n} .canvas > [data-name]`).forEach((el) => (el.style.translate = '24px 24px')), CONTROL_SLIDE);
        const control = await page.locator(`#slide-${CONTROL_SLIDE} .frame`).screenshot();
        results.set(b.file, { pptx: await readFile(b.out), slides, lo: [], control });
      } finally {
        await server.close();
      }
    }
    await converted;
    for (const b of built) {
      const pdf = b.out.replace(/\.pptx$/, '.pdf');
      const prefix = join(dir, basename(b.out, '.pptx'));
      await run('pdftoppm', ['-png', '-scale-to-x', String(SMALL.w), '-scale-to-y', String(SMALL.h), pdf, prefix]);
      const pages = readdirSync(dir).filter((f) => f.startsWith(`${basename(prefix)}-`) && f.endsWith('.png')).sort();
      results.get(b.file)!.lo = await Promise.all(pages.map((p) => readFile(join(dir, p))));
    }
  }, 180_000);
  afterAll(() => browser?.close());

  it.each(DECKS)('%s: the page draws every shape of every slide where the .pptx puts it (1 px at 96 dpi)', (file) => {
    const r = results.get(join(ROOT, 'data', file))!;
    const pkg = openPackage(r.pptx);
    const names = slideNames(pkg);
    expect(r.slides).toHaveLength(names.length);
    names.forEach((name, i) => {
      const layout = relationships(pkg, name.replace('slides/', 'slides/_rels/') + '.rels').find((rel) => rel.type.endsWith('/slideLayout'))!;
      const deck = [...shapesOf(pkg.text(layout.resolved), true), ...shapesOf(pkg.text(name))];
      const page = r.slides[i]!.boxes;
      expect(page.map((b) => b.name), `slide ${i + 1}`).toEqual(deck.map((b) => b.name));
      page.forEach((b, j) => {
        const d = deck[j]!;
        for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(b[k] - d[k]), `slide ${i + 1} ${b.name}.${k}: page ${b[k].toFixed(2)}, pptx ${d[k].toFixed(2)}`).toBeLessThanOrEqual(1);
      });
    });
  });

  it.each(DECKS)("%s: each slide on the page looks like LibreOffice's render of it", async (file) => {
    const r = results.get(join(ROOT, 'data', file))!;
    expect(r.lo).toHaveLength(r.slides.length);
    const shares: number[] = [];
    const lo = await Promise.all(r.lo.map(reduced));
    for (let i = 0; i < r.slides.length; i++) {
      const shot = await reduced(r.slides[i]!.shot);
      shares.push(share(shot, lo[i]!));
    }
    console.log(`${file}: differing pixels per slide (%): ${shares.map((s) => (s * 100).toFixed(1)).join(' ')}`);
    const control = share(await reduced(r.control), lo[CONTROL_SLIDE - 1]!);
    console.log(`${file}: slide ${CONTROL_SLIDE} with every shape 1/4 in out of place: ${(control * 100).toFixed(1)}%`);
    expect(control, 'the control: shapes out of place must count as a disagreement').toBeGreaterThan(MAX_SHARE);
    shares.forEach((s, i) => expect(s, `slide ${i + 1}: ${(s * 100).toFixed(1)}% of pixels differ`).toBeLessThanOrEqual(MAX_SHARE));
  });
});
