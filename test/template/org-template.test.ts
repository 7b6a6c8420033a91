// An organisation's file as a template: what is read from it, bad files
// refused with one line and exit 2 (nothing written), and template import
// round-tripping (import, then build on the folder).
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { importTemplate } from '../../src/commands/template-import.js';
import { UserError } from '../../src/errors.js';
import { modelAndLayout, packageDate, renderDeck } from '../../src/pipeline.js';
import { loadTemplate } from '../../src/template/load.js';
import { lines, runCli, STACK_FRAME } from '../helpers/cli.js';
import { DATA_FILE, ROOT, TEMPLATES_DIR } from '../helpers/paths.js';
import { slideTitles } from '../helpers/titles.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'templates', 'powerpoint-default-4x3.pptx');

describe('the PowerPoint default template, read', () => {
  it('gives its 4:3 size, its theme as our palette and faces, and the areas of its layouts', async () => {
    const t = await loadTemplate(FIXTURE, TEMPLATES_DIR);
    expect(t.spec.slide).toEqual({ width_in: 10, height_in: 7.5 });
    // Office theme: accent1 4F81BD, accent2 C0504D, dk1 (windowText) 000000 on lt1 (window) FFFFFF.
    expect(t.spec.colors).toMatchObject({ primary: '4F81BD', accent: 'C0504D', text: '000000', background: 'FFFFFF' });
    expect(t.spec.colors.chart).toHaveLength(6);
    expect(t.spec.fonts).toMatchObject({ latin: 'Calibri', east_asian: '宋体' });
    // Title and Content: title at 0.5, 0.3 in (9 x 1.25), body below it.
    expect(t.spec.areas?.title).toEqual({ x: 0.5, y: 0.3, w: 9, h: 1.25 });
    expect(t.spec.areas?.content?.y).toBeGreaterThan(0.3 + 1.25);
    expect(t.org?.layouts).toEqual({ cover: 'ppt/slideLayouts/slideLayout1.xml', content: 'ppt/slideLayouts/slideLayout2.xml', section: 'ppt/slideLayouts/slideLayout3.xml' });
    // Its faces are not in any template folder: one warning says which font to add and where.
    expect(t.warnings).toHaveLength(1);
    expect(t.warnings![0]!.message).toMatch(/宋体/);
    expect(t.warnings![0]!.hint).toMatch(/fonts/);
  });
});

describe('bad template files', () => {
  let dir: string;
  const files: Record<string, string> = {};
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-badtpl-'));
    const good = new Uint8Array(await readFile(FIXTURE));
    const edited = (edit: (parts: Record<string, Uint8Array>) => void) => {
      const parts = unzipSync(good);
      edit(parts);
      return zipSync(parts);
    };
    const make: Record<string, Uint8Array> = {
      'text.pptx': strToU8('this is not a presentation\n'),
      'other.pptx': zipSync({ 'word/document.xml': strToU8('<w:document/>'), '[Content_Types].xml': strToU8('<Types/>') }),
      'encrypted.pptx': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      'corrupt.pptx': good.slice(0, Math.floor(good.length / 2)),
      'macros.potm': good,
      'macros-inside.pptx': edited((p) => {
        p['ppt/vbaProject.bin'] = new Uint8Array([1, 2, 3]);
      }),
      'no-title.pptx': edited((p) => {
        for (const n of Object.keys(p)) if (/^ppt\/slide(Layouts|Masters)\/[^/]+\.xml$/.test(n)) p[n] = strToU8(strFromU8(p[n]!).replace(/type="(ctrTitle|title)"/g, 'type="body"'));
      }),
    };
    for (const [name, bytes] of Object.entries(make)) {
      files[name] = join(dir, name);
      await writeFile(files[name]!, bytes);
    }
  });

  const cases: [string, RegExp][] = [
    ['text.pptx', /not a presentation/],
    ['other.pptx', /not a presentation/],
    ['encrypted.pptx', /password-protected/],
    ['corrupt.pptx', /corrupt/],
    ['macros.potm', /macro-enabled .* refused/],
    ['macros-inside.pptx', /macro-enabled .* refused/],
    ['no-title.pptx', /no usable slide layout/],
  ];
  for (const [name, problem] of cases) {
    it(`${name}: a user error naming the file`, async () => {
      const e = await loadTemplate(files[name]!, TEMPLATES_DIR).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).diagnostics).toHaveLength(1);
      expect((e as UserError).message).toMatch(problem);
      expect((e as UserError).diagnostics[0]!.file).toBe(files[name]);
    });
  }

  it('at the command line: one line, exit 2, nothing written', async () => {
    for (const name of ['encrypted.pptx', 'macros.potm', 'no-title.pptx']) {
      const out = join(dir, `out-${name}`);
      const r = await runCli(['build', DATA_FILE, '-t', files[name]!, '--out', out]);
      expect(r.code, r.stderr).toBe(2);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).toContain(files[name]!);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(await readdir(out).catch(() => [])).toEqual([]);
    }
    // template import refuses it the same way, and writes no folder.
    const before = await readdir(TEMPLATES_DIR);
    const r = await runCli(['template', 'import', files['macros.potm']!, '--name', 'should-not-exist']);
    expect(r.code, r.stderr).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/macros\.potm: a macro-enabled/);
    expect(await readdir(TEMPLATES_DIR)).toEqual(before);
  });
});

describe('template import', () => {
  it('writes templates/NAME/ with template.yaml and the file, and a deck builds on it', async () => {
    const templates = await mkdtemp(join(tmpdir(), 'briefing-import-'));
    const done = await importTemplate(FIXTURE, templates, 'office');
    expect(done.dir).toBe(join(templates, 'office'));
    expect((await readdir(done.dir)).sort()).toEqual(['office.pptx', 'template.yaml']);
    const yaml = parse(await readFile(join(done.dir, 'template.yaml'), 'utf8'));
    expect(yaml).toMatchObject({ name: 'office', master: { file: 'office.pptx' }, slide: { width_in: 10, height_in: 7.5 }, colors: { primary: '4F81BD' }, fonts: { latin: 'Calibri' } });
    // An edit of the mapping is taken.
    await writeFile(join(done.dir, 'template.yaml'), (await readFile(join(done.dir, 'template.yaml'), 'utf8')).replace('primary: 4F81BD', 'primary: 1F4E79'));
    const t = await loadTemplate(done.dir, templates);
    expect(t.spec.colors.primary).toBe('1F4E79');
    const data = (await checkFile(DATA_FILE, { lang: 'zh' })).data;
    const laid = modelAndLayout(data, t, 'zh');
    const bytes = (await renderDeck(laid, t, packageDate(data))).bytes;
    expect(slideTitles(bytes).every((s) => s.titles.length === 1)).toBe(true);
    // A second import of the same name writes nothing.
    await expect(importTemplate(FIXTURE, templates, 'office')).rejects.toThrow(/exists already/);
  });
});

describe('16:10', () => {
  it('a deck builds on the PowerPoint template stretched to 16:10 (12 x 7.5 in), content within the layout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-1610-'));
    const parts = unzipSync(new Uint8Array(await readFile(FIXTURE)));
    const wider = (v: string) => String(Math.round(Number(v) * 1.2));
    for (const n of Object.keys(parts)) {
      if (n === 'ppt/presentation.xml') parts[n] = strToU8(strFromU8(parts[n]!).replace(/<p:sldSz cx="\d+" cy="(\d+)" type="screen4x3"\/>/, '<p:sldSz cx="10972800" cy="$1"/>'));
      if (/^ppt\/slide(Layouts|Masters)\/[^/]+\.xml$/.test(n)) parts[n] = strToU8(strFromU8(parts[n]!).replace(/(<a:off x=")(\d+)/g, (_w, h: string, v: string) => h + wider(v)).replace(/(<a:ext cx=")(\d+)/g, (_w, h: string, v: string) => h + wider(v)));
    }
    const file = join(dir, 'office-16x10.pptx');
    await writeFile(file, zipSync(parts));
    const t = await loadTemplate(file, TEMPLATES_DIR);
    expect(t.spec.slide).toEqual({ width_in: 12, height_in: 7.5 });
    const data = (await checkFile(DATA_FILE, { lang: 'zh' })).data;
    const laid = modelAndLayout(data, t, 'zh');
    const content = t.spec.areas!.content!;
    for (const s of laid.placed.slides.filter((p) => p.layout === 'content')) {
      for (const e of s.elements.filter((x) => !['title', 'footer', 'page'].includes(x.name))) {
        expect(e.box.x + e.box.w, `${s.source.title} ${e.name}`).toBeLessThanOrEqual(content.x + content.w + 1e-6);
        expect(e.box.y + e.box.h, `${s.source.title} ${e.name}`).toBeLessThanOrEqual(content.y + content.h + 1e-6);
      }
    }
    const bytes = (await renderDeck(laid, t, packageDate(data))).bytes;
    expect(slideTitles(bytes).every((s) => s.titles.length === 1 && s.layoutTitles.includes(s.types[0]!))).toBe(true);
  });
});

describe("the footer line and the master's pictures", () => {
  it('takes the widest plain stretch of a picture under it (an ink blot on the left is left free)', async () => {
    const { createCanvas } = await import('@napi-rs/canvas');
    const { footerOffPictures } = await import('../../src/template/org-pictures.js');
    // A 10 x 7.5 in background at 20 px an inch: pale, with a dark blot from 0 to 1.5 in at the bottom.
    const canvas = createCanvas(200, 150);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#F3E9D2';
    ctx.fillRect(0, 0, 200, 150);
    ctx.fillStyle = '#1A1A2E';
    ctx.fillRect(0, 130, 30, 20);
    const master = 'ppt/slideMasters/slideMaster1.xml';
    const pic = '<p:pic><p:nvPicPr><p:cNvPr id="2" name="bg"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId2"/></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9144000" cy="6858000"/></a:xfrm></p:spPr></p:pic>';
    const parts = {
      [master]: strToU8(`<p:sldMaster><p:cSld><p:spTree>${pic}</p:spTree></p:cSld></p:sldMaster>`),
      'ppt/slideMasters/_rels/slideMaster1.xml.rels': strToU8('<Relationships><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"/></Relationships>'),
      'ppt/media/image1.png': new Uint8Array(canvas.toBuffer('image/png')),
    };
    const org = { path: 'x.pptx', parts, cx: 9144000, cy: 6858000, masters: [], slideMasters: [] };
    const m = { part: master, theme: '', layouts: [], placeholders: [], clrMap: {}, pictures: [] };
    const footer = { x: 0.5, y: 6.9, w: 7.5, h: 0.4 };
    const moved = await footerOffPictures(org, m, footer);
    expect(moved.x).toBeGreaterThanOrEqual(1.5);
    expect(moved.x + moved.w).toBeCloseTo(8, 1);
    // A plain picture leaves the footer where it was.
    ctx.fillStyle = '#F3E9D2';
    ctx.fillRect(0, 0, 200, 150);
    parts['ppt/media/image1.png'] = new Uint8Array(canvas.toBuffer('image/png'));
    expect(await footerOffPictures(org, m, footer)).toEqual(footer);
  });
});
