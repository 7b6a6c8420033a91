// The written package, end to end: build the reference deck with the build
// command into a temporary folder and read the .pptx back.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/commands/build.js';
import { checkFile } from '../../src/check.js';
import { modelAndLayout, packageDate, renderDeck, type Laid } from '../../src/pipeline.js';
import { loadTemplate } from '../../src/template/load.js';
import { xmlSafe } from '../../src/util/sanitize.js';
import { BIN, DATA_FILE, ROOT, TEMPLATES_DIR } from '../helpers/paths.js';
import { attributes, decodeXml, openPackage, paragraphs, relationships, slideNames, type Package } from '../helpers/pptx.js';
import { expectSchemaValid } from '../helpers/ooxml-schema.js';

const run = promisify(execFile);
/** What follows the last dot of the file name: "rels" for _rels/.rels. */
const extension = (name: string) => posix.basename(name).split('.').pop()!.toLowerCase();

let dir: string;
const buildInto = async (out: string, template = 'default'): Promise<BuildReport> =>
  build({ files: [DATA_FILE], template, templatesDir: TEMPLATES_DIR, outDir: join(dir, out), dataDir: join(ROOT, 'data'), sourceDateEpoch: undefined });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-e2e-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the reference deck with the default template', () => {
  let report: BuildReport;
  let bytes: Uint8Array;
  let pkg: Package;
  let laid: Laid;

  beforeAll(async () => {
    report = await buildInto('a');
    bytes = new Uint8Array(await readFile(join(dir, 'a', 'zhejiang-2023.pptx')));
    pkg = openPackage(bytes);
    laid = modelAndLayout((await checkFile(DATA_FILE)).data, await loadTemplate('default', TEMPLATES_DIR));
  });

  it('is built, alone in its folder, with 17 slides and 7 charts, nothing overflowing', async () => {
    expect(report.failed.map((f) => f.error.message)).toEqual([]);
    expect(report.built).toHaveLength(1);
    expect(report.built[0]).toMatchObject({ out: join(dir, 'a', 'zhejiang-2023.pptx'), slides: 17, charts: 7, warnings: [], overflows: [] });
    expect(report.built[0]!.bytes).toBe(bytes.length);
    // No temporary file left behind.
    expect((await readdir(join(dir, 'a'))).sort()).toEqual(['.cache', 'zhejiang-2023.pptx']);
  });

  it('passes the ECMA-376 schemas', async () => {
    await expectSchemaValid(bytes, 'the reference deck');
  });

  it('is a zip of parts only, [Content_Types].xml first, no folder entries', () => {
    expect(pkg.entries[0]).toBe('[Content_Types].xml');
    expect(pkg.entries.filter((n) => n.endsWith('/'))).toEqual([]);
  });

  it('has well-formed XML in every .xml and .rels part', () => {
    const xmlParts = pkg.entries.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    expect(xmlParts.length).toBeGreaterThan(60);
    const invalid = xmlParts.flatMap((n) => {
      const r = XMLValidator.validate(pkg.text(n));
      return r === true ? [] : [`${n}: ${r.err.msg} (line ${r.err.line})`];
    });
    expect(invalid).toEqual([]);
  });

  it('keeps paragraph properties first in every paragraph (pptxgenjs repeats them after a soft break)', () => {
    const slides = pkg.entries.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const withBreaks = slides.filter((n) => pkg.text(n).includes('<a:br/>'));
    // The balanced titles of the dividers use soft breaks: the repair has something to repair.
    expect(withBreaks.length).toBeGreaterThan(0);
    for (const n of slides) expect(pkg.text(n), n).not.toMatch(/<a:br\/>\s*<a:pPr/);
  });

  it('resolves every relationship to a part of the package', () => {
    const rels = pkg.entries.filter((n) => n.endsWith('.rels'));
    expect(rels).toContain('_rels/.rels');
    const broken: string[] = [];
    for (const r of rels) {
      for (const rel of relationships(pkg, r)) if (!rel.external && !pkg.has(rel.resolved)) broken.push(`${r}: ${rel.id} -> ${rel.target}`);
    }
    expect(broken).toEqual([]);
  });

  it('declares content types for existing parts only, and for every part', () => {
    const types = pkg.text('[Content_Types].xml');
    const overrides = [...types.matchAll(/<Override\s([^>]*?)\/>/g)].map((m) => attributes(m[1]!));
    const defaults = new Set([...types.matchAll(/<Default\s([^>]*?)\/>/g)].map((m) => attributes(m[1]!).Extension!.toLowerCase()));
    expect(overrides.filter((o) => !pkg.has(o.PartName!.replace(/^\//, ''))).map((o) => o.PartName)).toEqual([]);
    const overridden = new Set(overrides.map((o) => o.PartName!.replace(/^\//, '')));
    const untyped = pkg.entries.filter((n) => n !== '[Content_Types].xml' && !overridden.has(n) && !defaults.has(extension(n)));
    expect(untyped).toEqual([]);
    for (const s of slideNames(pkg)) expect(overridden.has(s), s).toBe(true);
  });

  it('has 17 slides, listed in the presentation in order', () => {
    const slides = slideNames(pkg);
    expect(slides).toHaveLength(17);
    const pres = pkg.text('ppt/presentation.xml');
    expect([...pres.matchAll(/<p:sldId\s/g)]).toHaveLength(17);
    const rels = relationships(pkg, 'ppt/_rels/presentation.xml.rels');
    const slideRels = [...pres.matchAll(/<p:sldId\s([^>]*?)\/>/g)].map((m) => rels.find((r) => r.id === attributes(m[1]!)['r:id'])?.resolved);
    expect(slideRels).toEqual(slides);
  });

  it('has the slide size of the template', () => {
    const size = attributes(/<p:sldSz\s([^>]*?)\/>/.exec(pkg.text('ppt/presentation.xml'))![1]!);
    expect(Number(size.cx)).toBe(Math.round(13.333 * 914400));
    expect(Number(size.cy)).toBe(Math.round(7.5 * 914400));
  });

  it('shows each slide\'s title and page number on the slide', () => {
    slideNames(pkg).forEach((name, i) => {
      const text = paragraphs(pkg.text(name)).join('\n');
      const slide = laid.deck.slides[i]!;
      expect(text, name).toContain(slide.title);
      expect(text, name).toContain(`${i + 1} / 17`);
    });
    expect(paragraphs(pkg.text('ppt/slides/slide3.xml')).join('')).toContain('321.70亿元');
  });

  it('gives every picture alt text', () => {
    const pics = pkg.entries
      .filter((n) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n))
      .flatMap((n) => [...pkg.text(n).matchAll(/<p:pic>([\s\S]*?)<\/p:pic>/g)].map((m) => ({ part: n, cNvPr: attributes(/<p:cNvPr\s([^>]*?)\/?>/.exec(m[1]!)![1]!) })));
    // 7 charts and the logo in the layouts that show it.
    expect(pics.length).toBeGreaterThanOrEqual(8);
    const missing = pics.filter((p) => !p.cNvPr.descr?.trim()).map((p) => `${p.part}: ${p.cNvPr.name}`);
    expect(missing).toEqual([]);
  });

  it('states every number of a chart in its picture\'s alt text', () => {
    let charts = 0;
    slideNames(pkg).forEach((name, i) => {
      const xml = pkg.text(name);
      for (const e of laid.placed.slides[i]!.elements) {
        if (e.kind !== 'chart') continue;
        charts++;
        const pic = [...xml.matchAll(/<p:pic>([\s\S]*?)<\/p:pic>/g)].map((m) => attributes(/<p:cNvPr\s([^>]*?)\/?>/.exec(m[1]!)![1]!)).find((a) => a.name === e.name);
        expect(pic, `${name} ${e.name}`).toBeDefined();
        expect(pic!.descr).toBe(e.chart.alt);
        for (const s of e.chart.series) for (const l of s.labels) expect(pic!.descr).toContain(l);
      }
    });
    expect(charts).toBe(7);
    expect(pkg.text('ppt/slides/slide3.xml')).toMatch(/descr="[^"]*321\.70亿元[^"]*"/);
  });

  it('embeds the chart pictures as PNG', () => {
    const media = pkg.entries.filter((n) => n.startsWith('ppt/media/'));
    expect(media.length).toBeGreaterThanOrEqual(7);
    for (const m of media) expect([...pkg.parts[m]!.slice(1, 4)].map((c) => String.fromCharCode(c)).join(''), m).toBe('PNG');
  });

  it('marks every text run of the slides and notes as Chinese and names the East Asian font', () => {
    const parts = pkg.entries.filter((n) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(n));
    expect(parts).toHaveLength(34);
    const wrong: string[] = [];
    for (const n of parts) {
      const runs = [...pkg.text(n).matchAll(/<a:rPr\b[^>]*>/g)].map((m) => m[0]);
      for (const r of runs) if (!r.includes('lang="zh-CN"')) wrong.push(`${n}: ${r}`);
    }
    expect(wrong).toEqual([]);
    for (const s of slideNames(pkg)) {
      const xml = pkg.text(s);
      expect(xml, s).toContain('<a:ea typeface="Microsoft YaHei"');
    }
  });

  it('has a notes slide for every slide, holding that slide\'s notes', () => {
    slideNames(pkg).forEach((name, i) => {
      const relsName = name.replace('slides/', 'slides/_rels/') + '.rels';
      const notes = relationships(pkg, relsName).filter((r) => r.type.endsWith('/notesSlide'));
      expect(notes, name).toHaveLength(1);
      const notesXml = pkg.text(notes[0]!.resolved);
      const text = paragraphs(notesXml).join('\n');
      const firstLine = laid.deck.slides[i]!.notes.split('\n')[0]!;
      expect(text, name).toContain(firstLine);
      // The notes slide points back to its slide.
      const back = relationships(pkg, notes[0]!.resolved.replace('notesSlides/', 'notesSlides/_rels/') + '.rels').find((r) => r.type.endsWith('/slide'));
      expect(back?.resolved).toBe(name);
    });
  });

  it('the notes of a measure slide hold its section summary', () => {
    const text = paragraphs(pkg.text('ppt/notesSlides/notesSlide5.xml')).join('\n');
    expect(text).toContain('2014年，浙江就建立了由省政府常务副省长担任总召集人的政府购买服务工作联席会议制度');
  });

  it('stamps the data\'s date and the deck\'s title and author in the document properties', () => {
    const core = pkg.text('docProps/core.xml');
    expect(core).toMatch(/<dcterms:created[^>]*>2023-03-10T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified[^>]*>2023-03-10T00:00:00Z<\/dcterms:modified>/);
    expect(decodeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '')).toBe(laid.deck.title);
    expect(decodeXml(/<dc:creator>([^<]*)<\/dc:creator>/.exec(core)?.[1] ?? '')).toBe('浙江省财政厅');
  });

  it('is the same bytes when built again', async () => {
    await buildInto('again');
    const again = new Uint8Array(await readFile(join(dir, 'again', 'zhejiang-2023.pptx')));
    expect(again.length).toBe(bytes.length);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('is the same bytes from the CLI in any time zone', async () => {
    expect(existsSync(join(ROOT, 'dist', 'briefing.mjs'))).toBe(true);
    const files = await Promise.all(
      ['Asia/Shanghai', 'UTC', 'America/Los_Angeles'].map(async (tz) => {
        const out = join(dir, `tz-${tz.replace('/', '-')}`);
        const env: NodeJS.ProcessEnv = { ...process.env, TZ: tz };
        delete env.SOURCE_DATE_EPOCH;
        await run(process.execPath, [BIN, 'build', DATA_FILE, '--out', out], { cwd: ROOT, env });
        return readFile(join(out, 'zhejiang-2023.pptx'));
      }),
    );
    for (const f of files) expect(f.equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the reference deck with the plain template', () => {
  let pkg: Package;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const report = await buildInto('plain', 'plain');
    expect(report.failed).toEqual([]);
    expect(report.built[0]!.overflows).toEqual([]);
    bytes = new Uint8Array(await readFile(join(dir, 'plain', 'zhejiang-2023.pptx')));
    pkg = openPackage(bytes);
  });

  it('passes the ECMA-376 schemas', async () => {
    await expectSchemaValid(bytes, 'the plain deck');
  });

  it('builds 17 slides of valid XML', () => {
    expect(slideNames(pkg)).toHaveLength(17);
    for (const n of pkg.entries.filter((x) => x.endsWith('.xml') || x.endsWith('.rels'))) expect(XMLValidator.validate(pkg.text(n)), n).toBe(true);
  });

  it('uses its own fonts: DengXian for Chinese, Arial for Latin', () => {
    const xml = pkg.text('ppt/slides/slide1.xml');
    expect(xml).toContain('<a:ea typeface="DengXian"');
    expect(xml).toContain('<a:latin typeface="Arial"');
    expect(xml).not.toContain('Microsoft YaHei');
  });

  it('has no logo: only the 7 charts are pictures', () => {
    const media = pkg.entries.filter((n) => n.startsWith('ppt/media/'));
    expect(media).toHaveLength(7);
    const layoutPics = pkg.entries.filter((n) => n.startsWith('ppt/slideLayouts/') && n.endsWith('.xml')).flatMap((n) => [...pkg.text(n).matchAll(/<p:pic>/g)]);
    expect(layoutPics).toEqual([]);
  });
});

describe('text with markup and control characters', () => {
  it('still gives well-formed XML, with the text intact', async () => {
    const data = structuredClone((await checkFile(DATA_FILE)).data);
    data.meta.title = '改革 & 创新 <试点> "浙江" \'省\'\u0001';
    data.meta.organisation = '财政厅 & 民政厅';
    data.source.title = '来源 <原文> & "转载"';
    data.summary = '第一段 & <b>\u0002\u000B第二行';
    data.charts[0]!.title = '金额 <亿元> & "决算"';
    data.parts[0]!.sections[0]!.points[0] = '要点 & <强调> "引号"\u0003';
    const template = await loadTemplate('default', TEMPLATES_DIR);
    const laid = modelAndLayout(data, template);
    const bytes = (await renderDeck(laid, template, packageDate(data))).bytes;
    await expectSchemaValid(bytes, 'the deck with markup in its texts');
    const pkg = openPackage(bytes);
    const invalid = pkg.entries
      .filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))
      .flatMap((n) => {
        const r = XMLValidator.validate(pkg.text(n));
        return r === true ? [] : [`${n}: ${r.err.msg}`];
      });
    expect(invalid).toEqual([]);
    expect(paragraphs(pkg.text('ppt/slides/slide1.xml'))).toContain('改革 & 创新 <试点> "浙江" \'省\'');
    expect(paragraphs(pkg.text('ppt/slides/slide5.xml'))).toContain('要点 & <强调> "引号"');
    const descr = [...pkg.text('ppt/slides/slide3.xml').matchAll(/<p:cNvPr\s([^>]*?)\/?>/g)].map((m) => attributes(m[1]!)).find((a) => a.name === 'chart-0')?.descr;
    const chart = laid.placed.slides[2]!.elements.find((e) => e.name === 'chart-0');
    expect(chart?.kind).toBe('chart');
    expect(descr).toBe(chart?.kind === 'chart' ? xmlSafe(chart.chart.alt) : undefined);
    expect(descr).toContain('金额 <亿元> & "决算"');
    expect(decodeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(pkg.text('docProps/core.xml'))?.[1] ?? '')).toContain('改革 & 创新 <试点>');
  });
});
