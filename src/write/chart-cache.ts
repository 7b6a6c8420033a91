// Rendered charts kept by content: a chart whose inputs did not change is not
// drawn again. An in-memory layer for watch mode over a bounded folder on disk.
import { readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mkdirs } from './atomic.js';

export interface ChartCache {
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, png: Uint8Array): Promise<void>;
}

/** Beyond this many bytes on disk the least recently used pictures are removed. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

export function memoryCache(below?: ChartCache, maxEntries = 256): ChartCache {
  const entries = new Map<string, Uint8Array>();
  const remember = (key: string, png: Uint8Array) => {
    entries.delete(key);
    entries.set(key, png);
    // A Map keeps insertion order: the first key is the least recently used.
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  };
  return {
    async get(key) {
      const hit = entries.get(key) ?? (await below?.get(key));
      if (hit) remember(key, hit);
      return hit;
    },
    async put(key, png) {
      remember(key, png);
      await below?.put(key, png);
    },
  };
}

/** Checking the folder's size means reading it whole: do it on the first write and every so often. */
const PRUNE_EVERY = 25;

/** The cache a build uses: remembered in memory over the folder `dir`; none without a folder. */
export function chartCacheIn(dir: string | undefined): ChartCache | undefined {
  return dir ? memoryCache(diskCache(dir)) : undefined;
}

/**
 * Writes a cache file whole (a temporary file renamed into place, so a reader
 * never sees half of it). A cache that cannot be written only costs speed:
 * false, never an error that fails a build.
 */
async function keep(path: string, data: Uint8Array | string): Promise<boolean> {
  try {
    await mkdirs(dirname(path));
    const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temp, data);
    await rename(temp, path);
    return true;
  } catch {
    return false;
  }
}

export function diskCache(dir: string, maxBytes = DEFAULT_CACHE_BYTES): ChartCache {
  const file = (key: string) => join(dir, `${key}.png`);
  let writes = 0;
  return {
    async get(key) {
      try {
        const bytes = new Uint8Array(await readFile(file(key)));
        // The file time marks use, for pruning the least recently used.
        const now = new Date();
        await utimes(file(key), now, now).catch(() => undefined);
        return bytes;
      } catch {
        return undefined;
      }
    },
    async put(key, png) {
      if ((await keep(file(key), png)) && writes++ % PRUNE_EVERY === 0) await prune(dir, maxBytes).catch(() => undefined);
    },
  };
}

async function prune(dir: string, maxBytes: number): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.png'));
  const files = await Promise.all(
    names.map(async (n) => {
      const s = await stat(join(dir, n)).catch(() => undefined);
      return { path: join(dir, n), size: s?.size ?? 0, used: s?.mtimeMs ?? 0 };
    }),
  );
  let total = files.reduce((sum, f) => sum + f.size, 0);
  if (total <= maxBytes) return;
  files.sort((a, b) => a.used - b.used);
  for (const f of files) {
    if (total <= maxBytes) break;
    await rm(f.path, { force: true });
    total -= f.size;
  }
}

// Beside the pictures: the package parts already found well-formed (by content
// hash), so that a rebuild does not parse the same XML again (about 25 ms).
const CHECKED = 'checked-parts.txt';
const MAX_CHECKED = 4000;

export async function readCheckedParts(dir: string): Promise<string[]> {
  const text = await readFile(join(dir, CHECKED), 'utf8').catch(() => '');
  return text.split('\n').filter((k) => /^[A-Za-z0-9+/=]{20,}$/.test(k));
}

/** Keeps the newest MAX_CHECKED; like the pictures, never fails a build. */
export async function writeCheckedParts(dir: string, keys: readonly string[]): Promise<void> {
  await keep(join(dir, CHECKED), `${keys.slice(-MAX_CHECKED).join('\n')}\n`);
}

// Also beside the pictures: the advance widths of the characters measured with
// a font, so that a rebuild lays text out without loading the canvas.
const advancesFile = (dir: string, fontHash: string) => join(dir, `advances-${fontHash.slice(0, 16)}.json`);

export async function readAdvances(dir: string, fontHash: string): Promise<Record<string, number>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(advancesFile(dir, fontHash), 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

export async function writeAdvances(dir: string, fontHash: string, widths: Record<string, number>): Promise<void> {
  await keep(advancesFile(dir, fontHash), JSON.stringify(widths));
}
