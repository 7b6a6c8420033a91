import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { LINE_BREAK } from '../../src/layout/fit.js';
import { modelAndLayout, type Laid } from '../../src/pipeline.js';
import { logoBox } from '../../src/render/logo-box.js';
import { pageModel } from '../../src/serve/page-model.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';

/** A distinct stand-in picture per chart: the model only names them. */
const chartsOf = (laid: Laid, salt = 0) =>
  new Map(laid.placed.slides.flatMap((s) => s.elements.flatMap((e) => (e.kind === 'chart' ? [[`${s.source.number}/${e.name}`, new Uint8Array([s.source.number, e.name.length, salt])] as const] : []))));

describe('the page model', () => {
  let template: LoadedTemplate;
  let laid: Laid;
  beforeAll(async () => {
    template = await loadTemplate('default', TEMPLATES_DIR);
    laid = modelAndLayout((await checkFile(DATA_FILE)).data, template);
  });

  it('has every placed element of every slide, in order, with the box it was placed in', () => {
    const { deck } = pageModel(laid.placed, template, chartsOf(laid), { title: 'T', pptxName: 'zhejiang-2023.pptx' });
    expect(deck.slides).toHaveLength(laid.placed.slides.length);
    deck.slides.forEach((slide, i) => {
      const placed = laid.placed.slides[i]!;
      expect(slide.number).toBe(i + 1);
      expect(slide.title).toBe(placed.source.title);
      expect(slide.notes).toBe(placed.source.notes);
      const [logo, ...rest] = slide.elements;
      expect(logo!.box).toEqual(logoBox(placed.layout, laid.placed.widthIn, laid.placed.heightIn, template.logo!));
      expect(rest.map((e) => [e.name, e.box])).toEqual(placed.elements.map((e) => [e.name, e.box]));
    });
  });

  it("keeps the layout's line breaks: one string per measured line", () => {
    const { deck } = pageModel(laid.placed, template, chartsOf(laid), { title: 'T', pptxName: 'd.pptx' });
    let broken = 0;
    deck.slides.forEach((slide, i) => {
      const texts = laid.placed.slides[i]!.elements.filter((e) => e.kind === 'text');
      const drawn = slide.elements.filter((e) => e.kind === 'text');
      drawn.forEach((t, j) => {
        const placed = texts[j]!;
        expect(t.paragraphs.map((lines) => lines.join(LINE_BREAK))).toEqual(placed.paragraphs);
        expect(t.paragraphs.flat().length).toBe(placed.measured.lines);
        expect(t.style).toEqual(placed.style);
        if (t.paragraphs.some((p) => p.length > 1)) broken++;
      });
    });
    // The reference deck has wrapped texts: the check above is not vacuous.
    expect(broken).toBeGreaterThan(5);
  });

  it('names each picture by its content and serves exactly the pictures it names', () => {
    const { deck, pictures } = pageModel(laid.placed, template, chartsOf(laid), { title: 'T', pptxName: 'd.pptx' });
    const named = deck.slides.flatMap((s) => s.elements.flatMap((e) => (e.kind === 'picture' ? [e.src] : [])));
    const charts = laid.placed.slides.flatMap((s) => s.elements.filter((e) => e.kind === 'chart'));
    expect(charts.length).toBeGreaterThan(0);
    // Every slide's logo and every chart; the logo is one picture.
    expect(named).toHaveLength(deck.slides.length + charts.length);
    expect(new Set(named)).toEqual(new Set([...pictures.keys()].map((n) => `/pictures/${n}`)));
    for (const name of pictures.keys()) expect(name).toMatch(/^[0-9a-f]{20}\.png$/);
    expect(deck.font.src).toBe('/fonts/BriefingSansSC-Regular.otf');
    expect(deck.font.family).toBe(template.spec.fonts.family);
    expect(deck.pptx).toEqual({ href: '/deck/d.pptx', name: 'd.pptx' });
    expect(deck.lang).toBe('zh-CN');
    expect(pageModel(laid.placed, template, new Map(), { title: 'T', pptxName: 'd.en.pptx', lang: 'en-US' }).deck.lang).toBe('en-US');
  });

  it("changes a slide's key when, and only when, what it shows changes", () => {
    const before = pageModel(laid.placed, template, chartsOf(laid), { title: 'T', pptxName: 'd.pptx' }).deck;
    const again = pageModel(laid.placed, template, chartsOf(laid), { title: 'T', pptxName: 'd.pptx' }).deck;
    expect(again.slides.map((s) => s.key)).toEqual(before.slides.map((s) => s.key));
    // One chart's picture redrawn: only its slide changes.
    const charts = chartsOf(laid);
    const [first] = [...charts.keys()];
    charts.set(first!, new Uint8Array([9, 9, 9]));
    const after = pageModel(laid.placed, template, charts, { title: 'T', pptxName: 'd.pptx' }).deck;
    const changed = after.slides.filter((s, i) => s.key !== before.slides[i]!.key).map((s) => s.number);
    const slideOfChart = laid.placed.slides.findIndex((s) => s.source.number === Number(first!.split('/')[0])) + 1;
    expect(changed).toEqual([slideOfChart]);
  });

  it('shows a native chart (no picture) as its box', () => {
    const { deck, pictures } = pageModel(laid.placed, template, new Map(), { title: 'T', pptxName: 'd.pptx' });
    const chart = laid.placed.slides.flatMap((s) => s.elements).find((e) => e.kind === 'chart')!;
    const drawn = deck.slides.flatMap((s) => s.elements).find((e) => e.name === chart.name)!;
    expect(drawn).toMatchObject({ kind: 'rect', box: chart.box });
    expect(pictures.size).toBe(1);
  });
});
