import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.js';
import { verifyPackage, type Parts } from '../../src/render/verify.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';

let parts: Parts;
beforeAll(async () => {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const out = await mkdtemp(join(tmpdir(), 'briefing-verify-'));
  await build({ files: [DATA_FILE], template: 'default', templatesDir: TEMPLATES_DIR, outDir: out, dataDir: 'data', jobs: 1, cache: false });
  parts = unzipSync(new Uint8Array(await readFile(join(out, 'zhejiang-2023.pptx'))));
});

const edit = (name: string, change: (xml: string) => string): Parts => ({ ...parts, [name]: new TextEncoder().encode(change(new TextDecoder().decode(parts[name]!))) });

describe('verifyPackage', () => {
  it('passes the reference deck', () => {
    expect(verifyPackage(parts)).toEqual([]);
  });

  it('finds a part that is not well-formed', () => {
    expect(verifyPackage(edit('ppt/slides/slide3.xml', (x) => x.replace('</p:spTree>', '')))).toEqual([expect.stringMatching(/^ppt\/slides\/slide3\.xml:\d+: /)]);
  });

  it('finds a character XML does not allow', () => {
    expect(verifyPackage(edit('ppt/slides/slide3.xml', (x) => x.replace('<a:t>', '<a:t>\u0001')))).toContain('ppt/slides/slide3.xml: a character XML does not allow');
  });

  it('finds a relationship to a missing part, and a content type for a missing part', () => {
    const { ['ppt/media/image-3-1.png']: _, ...missing } = parts;
    const problems = verifyPackage(missing);
    expect(problems.some((p) => /slide3\.xml\.rels: rId\d+ points to ppt\/media\/image-3-1\.png/.test(p))).toBe(true);
    const phantom = edit('[Content_Types].xml', (x) => x.replace('</Types>', '<Override PartName="/ppt/slideMasters/slideMaster9.xml" ContentType="x"/></Types>'));
    expect(verifyPackage(phantom)).toContain('[Content_Types].xml: a content type for /ppt/slideMasters/slideMaster9.xml, which does not exist');
  });

  it('finds a part declared twice in [Content_Types].xml (OPC allows one Override per part)', () => {
    const twice = edit('[Content_Types].xml', (x) => x.replace('</Types>', '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/></Types>'));
    expect(verifyPackage(twice)).toContain('[Content_Types].xml: /ppt/slideMasters/slideMaster1.xml has more than one content type');
    expect(verifyPackage(parts)).toEqual([]);
  });

  it('finds a part without a content type', () => {
    expect(verifyPackage({ ...parts, 'ppt/extra.bin': new Uint8Array([1]) })).toContain('ppt/extra.bin: no content type');
  });

  it('finds duplicate shape ids and pictures without alt text', () => {
    const dup = edit('ppt/slides/slide3.xml', (x) => x.replace(/<p:cNvPr id="(\d+)"/g, '<p:cNvPr id="7"'));
    expect(verifyPackage(dup).some((p) => p === 'ppt/slides/slide3.xml: shape id 7 used twice')).toBe(true);
    const noAlt = edit('ppt/slides/slide3.xml', (x) => x.replace(/descr="[^"]*"/g, 'descr=""'));
    expect(verifyPackage(noAlt)).toContain('ppt/slides/slide3.xml: a picture without alt text');
  });

  describe('geometry', () => {
    const slide = 'ppt/slides/slide3.xml';
    const xmlOf = (parts: Parts) => new TextDecoder().decode(parts[slide]);
    // The frame of the shape named `name`: <a:off .../><a:ext .../>.
    const frame = (name: string) => new RegExp(`(name="${name}"[\\s\\S]*?<a:off x=")(\\d+)(" y=")(\\d+)("/>\\s*<a:ext cx=")(\\d+)(" cy=")(\\d+)`);

    it('names the place of every shape (rects, texts, pictures) by the layout', () => {
      const names = [...xmlOf(parts).matchAll(/<p:cNvPr id="\d+" name="([^"]*)"/g)].map((m) => m[1]);
      expect(names).toContain('title');
      expect(names).toContain('title-rule');
      expect(names).toContain('chart-0');
    });

    it('refuses a negative extent, naming the slide', () => {
      const bad = edit(slide, (x) => x.replace(frame('title-rule'), (_m, a, x0, b, y0, c, cx, d) => `${a}${x0}${b}${y0}${c}${cx}${d}-772668`));
      expect(verifyPackage(bad)).toEqual(expect.arrayContaining([expect.stringMatching(/^slide 3: a negative extent \(a:ext cx="\d+" cy="-772668"\)$/)]));
    });

    it('refuses a text box, picture or chart of no width or height, naming the slide and the shape', () => {
      const noHeight = edit(slide, (x) => x.replace(frame('title'), (_m, a, x0, b, y0, c, cx, d) => `${a}${x0}${b}${y0}${c}${cx}${d}0`));
      expect(verifyPackage(noHeight)).toContain('slide 3: shape "title" (sp) has no height');
      const noWidth = edit(slide, (x) => x.replace(frame('chart-0'), (_m, a, x0, b, y0, c, _cx, d, cy) => `${a}${x0}${b}${y0}${c}0${d}${cy}`));
      expect(verifyPackage(noWidth)).toContain('slide 3: shape "chart-0" (pic) has no width');
    });

    it('refuses a shape outside the slide', () => {
      const off = edit(slide, (x) => x.replace(frame('chart-0'), (_m, a, _x0, b, y0, c, cx, d, cy) => `${a}12000000${b}${y0}${c}${cx}${d}${cy}`));
      expect(verifyPackage(off)).toEqual(expect.arrayContaining([expect.stringMatching(/^slide 3: shape "chart-0" \(pic\) lies outside the slide/)]));
    });

    it('takes the frame of the shape tree (no size) and a straight line of no height as normal', () => {
      expect(xmlOf(parts)).toContain('<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/>');
      const line = '<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="900" name="rule"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr><a:xfrm><a:off x="914400" y="914400"/><a:ext cx="914400" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom></p:spPr></p:cxnSp>';
      const drawnLine = line.replace('<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="900"', '<p:sp><p:nvSpPr><p:cNvPr id="901"').replace('<p:cNvCxnSpPr/>', '<p:cNvSpPr/>').replace('</p:nvCxnSpPr>', '</p:nvSpPr>').replace('</p:cxnSp>', '</p:sp>');
      expect(verifyPackage(edit(slide, (x) => x.replace('</p:spTree>', `${line}${drawnLine}</p:spTree>`)))).toEqual([]);
    });
  });
});
