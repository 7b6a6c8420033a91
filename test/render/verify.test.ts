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

  it('finds a part without a content type', () => {
    expect(verifyPackage({ ...parts, 'ppt/extra.bin': new Uint8Array([1]) })).toContain('ppt/extra.bin: no content type');
  });

  it('finds duplicate shape ids and pictures without alt text', () => {
    const dup = edit('ppt/slides/slide3.xml', (x) => x.replace(/<p:cNvPr id="(\d+)"/g, '<p:cNvPr id="7"'));
    expect(verifyPackage(dup).some((p) => p === 'ppt/slides/slide3.xml: shape id 7 used twice')).toBe(true);
    const noAlt = edit('ppt/slides/slide3.xml', (x) => x.replace(/descr="[^"]*"/g, 'descr=""'));
    expect(verifyPackage(noAlt)).toContain('ppt/slides/slide3.xml: a picture without alt text');
  });
});
