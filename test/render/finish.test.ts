import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { finishPackage } from '../../src/render/finish.js';
import { PLACEHOLDER_PNG } from '../../src/render/pptx.js';

const minimal = (extra: Record<string, Uint8Array> = {}) =>
  zipSync({
    '[Content_Types].xml': new TextEncoder().encode('<?xml version="1.0"?><Types><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="x"/></Types>'),
    'docProps/core.xml': new TextEncoder().encode('<cp:coreProperties xmlns:cp="c" xmlns:dcterms="d"><dcterms:created>2020-01-01T00:00:00Z</dcterms:created><dcterms:modified>2020-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>'),
    ...extra,
  });
const fonts = { eastAsian: 'Microsoft YaHei', latin: 'Microsoft YaHei' };

describe('finishPackage', () => {
  it('stamps dates before 1980 (SOURCE_DATE_EPOCH=0) in core.xml, and the earliest zip date in the entries', () => {
    const out = unzipSync(finishPackage(minimal(), { ...fonts, date: new Date(0) }));
    expect(new TextDecoder().decode(out['docProps/core.xml'])).toContain('1970-01-01T00:00:00Z');
    expect(new TextDecoder().decode(out['[Content_Types].xml'])).not.toContain('slideMaster2');
  });

  it('puts each chart picture in place of its placeholder', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const out = unzipSync(
      finishPackage(minimal({ 'ppt/media/image-3-1.png': PLACEHOLDER_PNG }), { ...fonts, date: new Date(0), pictures: new Map([['ppt/media/image-3-1.png', png]]), placeholder: PLACEHOLDER_PNG }),
    );
    expect(out['ppt/media/image-3-1.png']).toEqual(png);
  });

  it('fails rather than ship a deck when the placeholder is not where pptxgenjs was expected to put it', () => {
    const pictures = new Map([['ppt/media/image-3-2.png', new Uint8Array([1])]]);
    expect(() => finishPackage(minimal({ 'ppt/media/image-3-1.png': PLACEHOLDER_PNG }), { ...fonts, date: new Date(0), pictures, placeholder: PLACEHOLDER_PNG })).toThrow(
      /image-3-2\.png is not the chart placeholder/,
    );
  });
});
