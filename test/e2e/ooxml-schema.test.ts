// The decks against the ECMA-376 transitional schemas (test/helpers/ooxml-schema.ts):
// the reference deck in Chinese and English, with picture and native charts,
// with both templates; and copies broken on purpose, which the check must refuse.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { notesMasterAfterMasters, withEffectList } from '../../src/render/finish.js';
import { modelAndLayout, packageDate, renderDeck } from '../../src/pipeline.js';
import { loadTemplate } from '../../src/template/load.js';
import type { Lang } from '../../src/model/words.js';
import type { ChartMode } from '../../src/render/pptx.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';
import { inCI } from '../helpers/ci.js';
import { KNOWN_SCHEMA_DEFECTS, expectSchemaValid, schemaReport, xmllintInstalled, XMLLINT_INSTALL, type Finding } from '../helpers/ooxml-schema.js';

async function deck(lang: Lang, charts: ChartMode, templateName = 'default'): Promise<Uint8Array> {
  const template = await loadTemplate(templateName, TEMPLATES_DIR);
  const data = (await checkFile(DATA_FILE, { lang })).data;
  return (await renderDeck(modelAndLayout(data, template, lang), template, packageDate(data), { charts })).bytes;
}

describe('xmllint in CI', () => {
  it('is installed when CI runs', () => {
    // .ci/run installs libxml2-utils: in CI, its absence is a failure, not a skip.
    if (inCI) expect(xmllintInstalled, `xmllint must be installed in CI (${XMLLINT_INSTALL})`).toBe(true);
  });
});

describe('every deck passes the schemas', () => {
  const cases: [string, Lang, ChartMode, string][] = [
    ['Chinese, chart pictures, default template', 'zh', 'picture', 'default'],
    ['Chinese, chart pictures, plain template', 'zh', 'picture', 'plain'],
    ['Chinese, native charts', 'zh', 'native', 'default'],
    ['English, chart pictures', 'en', 'picture', 'default'],
    ['English, native charts, plain template', 'en', 'native', 'plain'],
  ];
  for (const [name, lang, charts, template] of cases) {
    it(name, async () => {
      await expectSchemaValid(await deck(lang, charts, template), name);
    });
  }
});

/** The reference deck with one part changed by `edit`. */
function broken(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const before = strFromU8(files[part]!);
  const after = edit(before);
  if (after === before) throw new Error(`test setup: the edit changed nothing in ${part}`);
  files[part] = strToU8(after);
  return zipSync(files);
}

describe.skipIf(!xmllintInstalled && !inCI)('the check itself', () => {
  let reference: Uint8Array;
  let native: Uint8Array;
  beforeAll(async () => {
    [reference, native] = await Promise.all([deck('zh', 'picture'), deck('en', 'native')]);
  });
  const errors = async (bytes: Uint8Array): Promise<Finding[]> => (await schemaReport(bytes)).findings.filter((f) => f.category !== 'known');

  it('validates every XML part, embedded workbooks too, and allows the known defects of the schemas by name only', async () => {
    const report = await schemaReport(native);
    // Every slide of the deck (18 in English: its sources continue on a second slide).
    const slides = Object.keys(unzipSync(native)).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThanOrEqual(17);
    expect(report.validated.filter((p) => /^\/ppt\/slides\/slide\d+\.xml$/.test(p))).toHaveLength(slides.length);
    expect(report.validated).toContain('/[Content_Types].xml');
    expect(report.validated).toContain('/ppt/presentation.xml');
    expect(report.validated.filter((p) => /^\/ppt\/embeddings\/[^!]+\.xlsx!\/xl\/worksheets\/sheet1\.xml$/.test(p))).toHaveLength(7);
    // The deck carries both: bullets sized 100 % and padded shared strings in the charts' workbooks.
    const known = report.findings.filter((f) => f.category === 'known');
    expect(new Set(known.map((f) => KNOWN_SCHEMA_DEFECTS.find((d) => d.allows(f.message))!.name))).toEqual(new Set(['a:buSzPct integer form', 'x:t xml:space']));
    expect(report.findings.filter((f) => f.category !== 'known')).toEqual([]);
  });

  it('refuses notesMasterIdLst after sldIdLst, as pptxgenjs writes it (and finishing mends it)', async () => {
    const bad = broken(reference, 'ppt/presentation.xml', (xml) => {
      const list = /<p:notesMasterIdLst>.*?<\/p:notesMasterIdLst>/.exec(xml)![0];
      return xml.replace(list, '').replace('</p:sldIdLst>', `</p:sldIdLst>${list}`);
    });
    expect(await errors(bad)).toEqual([expect.objectContaining({ part: '/ppt/presentation.xml', category: 'xsd', message: expect.stringMatching(/^Element 'p:notesMasterIdLst': This element is not expected/) })]);
    expect(notesMasterAfterMasters(strFromU8(unzipSync(bad)['ppt/presentation.xml']!))).toBe(strFromU8(unzipSync(reference)['ppt/presentation.xml']!));
  });

  it('refuses a missing required attribute, a value outside its list, a fractional font size and a negative extent', async () => {
    const slide = 'ppt/slides/slide3.xml';
    const edits: [string, (xml: string) => string, RegExp][] = [
      ['no id', (x) => x.replace(/(<p:cNvPr) id="\d+"/, '$1'), /^Element 'p:cNvPr': The attribute 'id' is required but missing\.$/],
      ['enum', (x) => x.replace(/<a:pPr algn="\w+"/, '<a:pPr algn="middle"'), /^Element 'a:pPr', attribute 'algn': \[facet 'enumeration'\] The value 'middle' is not an element of the set/],
      ['font size', (x) => x.replace(/ sz="(\d+)"/, ' sz="$1.5"'), /^Element 'a:rPr', attribute 'sz': '\d+\.5' is not a valid value of the atomic type 'a:ST_TextFontSize'\.$/],
      ['extent', (x) => x.replace(/<a:ext cx="(\d+)" cy="\d+"\/>/, '<a:ext cx="$1" cy="-100584"/>'), /^Element 'a:ext', attribute 'cy': \[facet 'minInclusive'\] The value '-100584' is less than the minimum value allowed \('0'\)\.$/],
    ];
    for (const [name, edit, message] of edits) {
      const found = await errors(broken(reference, slide, edit));
      expect(found.map((f) => [f.part, f.category]), name).toContainEqual([`/${slide}`, 'xsd']);
      expect(found.some((f) => message.test(f.message)), `${name}: ${JSON.stringify(found)}`).toBe(true);
    }
  });

  it('refuses an element of an unknown namespace, unless Markup Compatibility makes it ignorable', async () => {
    const slide = 'ppt/slides/slide2.xml';
    const unknown = broken(reference, slide, (x) => x.replace('<p:spTree>', '<p:spTree><x:note xmlns:x="urn:example:notes">?</x:note>'));
    expect((await errors(unknown)).map((f) => f.message)).toEqual([expect.stringMatching(/^Element '\{urn:example:notes\}note': This element is not expected\./)]);
    const ignorable = broken(reference, slide, (x) =>
      x.replace(/<p:sld /, '<p:sld xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x="urn:example:notes" mc:Ignorable="x" ').replace('<p:spTree>', '<p:spTree><x:note>?</x:note>'),
    );
    expect(await errors(ignorable)).toEqual([]);
  });

  it('takes the first understood branch of mc:AlternateContent, else its fallback', async () => {
    const slide = 'ppt/slides/slide2.xml';
    const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x="urn:example:shapes"';
    const withChoice = (choice: string, fallback: string) =>
      broken(reference, slide, (x) => x.replace('<p:spTree>', `<p:spTree><mc:AlternateContent ${MC}><mc:Choice Requires="x">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`));
    // The choice needs a namespace not understood: the fallback is read, and it is wrong here.
    const wrongFallback = await errors(withChoice('<x:shape/>', '<p:bogus/>'));
    expect(wrongFallback.map((f) => f.message)).toEqual([expect.stringMatching(/^Element 'p:bogus': This element is not expected\./)]);
    expect(await errors(withChoice('<p:bogus/>', ''))).toEqual([]);
  });

  it('refuses a part whose root is not the one its content type requires, XML that is not well-formed, and a dangling r:id', async () => {
    const wrongRoot = broken(reference, 'ppt/slides/slide4.xml', (x) => x.replace(/<p:sld\b/, '<p:sldLayout').replace(/<\/p:sld>$/, '</p:sldLayout>'));
    expect((await errors(wrongRoot)).some((f) => f.part === '/ppt/slides/slide4.xml' && /does not match content type .*presentationml\.slide\+xml/.test(f.message))).toBe(true);
    const notXml = broken(reference, 'ppt/slides/slide4.xml', (x) => x.replace('</p:spTree>', '</p:sptree>'));
    expect(await errors(notXml)).toEqual([expect.objectContaining({ part: '/ppt/slides/slide4.xml', category: 'xml' })]);
    const dangling = broken(reference, 'ppt/presentation.xml', (x) => x.replace(/(<p:sldId id="\d+" r:id=")rId2"/, '$1rId99"'));
    expect((await errors(dangling)).map((f) => f.message)).toEqual(["p:sldId/@r:id='rId99' names no relationship of this part"]);
  });

  it('allows a known defect of the schemas only as it is named: a bullet size of 500 % is an error', async () => {
    const slide = Object.keys(unzipSync(reference)).find((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n) && strFromU8(unzipSync(reference)[n]!).includes('<a:buSzPct val="100000"/>'))!;
    const found = await errors(broken(reference, slide, (x) => x.replace('<a:buSzPct val="100000"/>', '<a:buSzPct val="500000"/>')));
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^Element 'a:buSzPct', attribute 'val': \[facet 'pattern'\] The value '500000'/)]);
  });

  it('looks inside the embedded workbooks of native charts', async () => {
    const files: Record<string, Uint8Array> = unzipSync(native);
    const name = Object.keys(files).find((n) => n.endsWith('.xlsx'))!;
    files[name] = broken(files[name]!, 'xl/workbook.xml', (x) => x.replace('<sheets>', '<sheets><bogus/>'));
    const found = await errors(zipSync(files));
    expect(found.map((f) => [f.part, f.category])).toEqual([[`/${name}!/xl/workbook.xml`, 'xsd']]);
  });

  it('the one-line call fails for a broken deck, naming the part and the message', async () => {
    const bad = broken(reference, 'ppt/slides/slide3.xml', (x) => x.replace(/ sz="(\d+)"/, ' sz="$1.5"'));
    await expect(expectSchemaValid(bad, 'a broken deck')).rejects.toThrow(/a broken deck against the ECMA-376 schemas[\s\S]*\/ppt\/slides\/slide3\.xml:\d+ \[xsd\] Element 'a:rPr', attribute 'sz'/);
  });
});

describe('finishing mends what pptxgenjs writes', () => {
  it('moves notesMasterIdLst right after sldMasterIdLst', () => {
    const pptxgenjs = '<p:presentation><p:sldMasterIdLst><p:sldMasterId id="1" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId3"/></p:notesMasterIdLst><p:sldSz cx="1" cy="1"/></p:presentation>';
    expect(notesMasterAfterMasters(pptxgenjs)).toBe(
      '<p:presentation><p:sldMasterIdLst><p:sldMasterId id="1" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId3"/></p:notesMasterIdLst><p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst><p:sldSz cx="1" cy="1"/></p:presentation>',
    );
    // Already in place: unchanged.
    expect(notesMasterAfterMasters(notesMasterAfterMasters(pptxgenjs))).toBe(notesMasterAfterMasters(pptxgenjs));
  });

  it('gives every background an effect list, after the fill and before any extension list', () => {
    expect(withEffectList('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></p:bgPr></p:bg>')).toBe('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>');
    expect(withEffectList('<p:bgPr shadeToTitle="1"><a:noFill/><p:extLst/></p:bgPr>')).toBe('<p:bgPr shadeToTitle="1"><a:noFill/><a:effectLst/><p:extLst/></p:bgPr>');
    const has = '<p:bgPr><a:noFill/><a:effectDag/></p:bgPr>';
    expect(withEffectList(has)).toBe(has);
  });

  it('in the written deck: every background of every part has its effect list, and the notes master list is in place', async () => {
    const files = unzipSync(await deck('zh', 'picture'));
    const backgrounds = Object.entries(files).flatMap(([n, b]) => [...strFromU8(b).matchAll(/<p:bgPr\b[^>]*>([\s\S]*?)<\/p:bgPr>/g)].map((m) => [n, m[1]!] as const));
    expect(backgrounds.length).toBeGreaterThan(0);
    for (const [n, inner] of backgrounds) expect(inner, n).toMatch(/<a:effectLst\/>$/);
    expect(strFromU8(files['ppt/presentation.xml']!)).toMatch(/<\/p:sldMasterIdLst><p:notesMasterIdLst>/);
  });
});
