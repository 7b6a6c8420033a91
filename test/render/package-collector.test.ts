// The stand-in for pptxgenjs's JSZip (scripts/build.mjs): parts kept as they
// were put, archives it is asked for zipped for real.
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import PackageCollector, { CollectedPackage } from '../../src/render/package-collector.js';

describe('the part collector', () => {
  it('keeps parts by full name, from folders too, text as UTF-8 and base64 as bytes', async () => {
    const zip = new PackageCollector();
    zip.folder('ppt').folder('_rels');
    zip.file('[Content_Types].xml', '<Types>政</Types>');
    zip.folder('ppt/media').file('image-1-1.png', Buffer.from([1, 2, 3]).toString('base64'), { base64: true });
    const out = await zip.generateAsync({ type: 'uint8array' });
    expect(out).toBeInstanceOf(CollectedPackage);
    const parts = (out as CollectedPackage).parts;
    expect(Object.keys(parts).sort()).toEqual(['[Content_Types].xml', 'ppt/media/image-1-1.png']);
    expect(strFromU8(parts['[Content_Types].xml']!)).toBe('<Types>政</Types>');
    expect([...parts['ppt/media/image-1-1.png']!]).toEqual([1, 2, 3]);
  });

  it('zips for real when asked for base64 (the workbook of a native chart) or a buffer', async () => {
    const zip = new PackageCollector();
    zip.folder('xl').file('workbook.xml', '<workbook/>');
    const base64 = (await zip.generateAsync({ type: 'base64' })) as string;
    expect(strFromU8(unzipSync(Buffer.from(base64, 'base64'))['xl/workbook.xml']!)).toBe('<workbook/>');
    const buffer = (await zip.generateAsync({ type: 'nodebuffer' })) as Buffer;
    expect(Object.keys(unzipSync(buffer))).toEqual(['xl/workbook.xml']);
    await expect(zip.generateAsync({ type: 'blob' })).rejects.toThrow(/blob archive/);
  });
});
