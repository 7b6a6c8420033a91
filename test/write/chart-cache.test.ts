import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { build, cacheDirOf } from '../../src/commands/build.js';
import { DEFAULT_CACHE_BYTES, chartCacheIn, diskCache, readCheckedParts, writeCheckedParts } from '../../src/write/chart-cache.js';
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

describe('the chart cache folder', () => {
  it('stays at 64 MB at most: a new picture drops the least recently used ones, a picture just used stays', { timeout: 60_000 }, async () => {
    expect(DEFAULT_CACHE_BYTES).toBe(64 * 1024 * 1024);
    const dir = await temp();
    const megabyte = new Uint8Array(1024 * 1024).fill(7);
    // 70 pictures of 1 MB, last used at 1000 s, 1001 s, ... (old-0 the least recently).
    for (let i = 0; i < 70; i++) {
      await writeFile(join(dir, `old-${i}.png`), megabyte);
      await utimes(join(dir, `old-${i}.png`), 1000 + i, 1000 + i);
    }
    const cache = chartCacheIn(dir)!;
    // Using old-0 makes it the most recently used.
    expect(await cache.get('old-0')).toEqual(megabyte);
    await cache.put('new', Uint8Array.of(1, 2, 3));
    const left = (await readdir(dir)).sort();
    const bytes = (await Promise.all(left.map((n) => stat(join(dir, n))))).reduce((n, s) => n + s.size, 0);
    expect(bytes).toBeLessThanOrEqual(DEFAULT_CACHE_BYTES);
    // 70 MB and 3 bytes: the 7 least recently used go (old-1 to old-7), no more.
    const gone = Array.from({ length: 70 }, (_, i) => `old-${i}.png`).filter((n) => !left.includes(n));
    expect(gone).toEqual(['old-1.png', 'old-2.png', 'old-3.png', 'old-4.png', 'old-5.png', 'old-6.png', 'old-7.png']);
    expect(left).toContain('new.png');
    expect(left).toContain('old-0.png');
  });

  it('does not prune a folder under its limit', async () => {
    const dir = await temp();
    const cache = diskCache(dir, 10);
    await cache.put('a', Uint8Array.of(1, 2, 3));
    await cache.put('b', Uint8Array.of(4, 5, 6));
    expect((await readdir(dir)).sort()).toEqual(['a.png', 'b.png']);
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
