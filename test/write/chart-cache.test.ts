import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { build, cacheDirOf } from '../../src/commands/build.js';
import { chartCacheIn, readCheckedParts, writeCheckedParts } from '../../src/write/chart-cache.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';

const temp = () => mkdtemp(join(tmpdir(), 'briefing-cache-'));

describe('the chart cache', () => {
  it('gives back what was put, from a new process too (the folder)', async () => {
    const dir = await temp();
    const png = Uint8Array.of(1, 2, 3);
    await chartCacheIn(dir)!.put('k1', png);
    expect(await chartCacheIn(dir)!.get('k1')).toEqual(png);
    expect(await chartCacheIn(dir)!.get('k2')).toBeUndefined();
  });
});

describe('the parts found well-formed', () => {
  it('round-trip through the cache folder, keeping only hash-like lines', async () => {
    const dir = await temp();
    expect(await readCheckedParts(dir)).toEqual([]);
    await writeCheckedParts(dir, ['2jmj7l5rSw0yVb/vlWAYkK/YBwk=', 'qUqP5cyxm6YcTAhz05Hph5gvu9M=']);
    await writeFile(join(dir, 'checked-parts.txt'), `${await readFile(join(dir, 'checked-parts.txt'), 'utf8')}not a hash\n\n<x>\n`);
    expect(await readCheckedParts(dir)).toEqual(['2jmj7l5rSw0yVb/vlWAYkK/YBwk=', 'qUqP5cyxm6YcTAhz05Hph5gvu9M=']);
  });

  it('are kept by a build with a cache: every XML part of the deck', async () => {
    const outDir = await temp();
    const report = await build({ files: [DATA_FILE], template: 'default', templatesDir: TEMPLATES_DIR, outDir, dataDir: 'data', jobs: 1 });
    const parts = Object.entries(unzipSync(await readFile(report.built[0]!.out))).filter(([n]) => /\.(xml|rels)$/.test(n));
    const keys = new Set(await readCheckedParts(cacheDirOf(outDir)));
    expect(parts.length).toBeGreaterThan(80);
    for (const [name, bytes] of parts) expect(keys.has(createHash('sha1').update(bytes).digest('base64')), name).toBe(true);
  });
});
