// The cache key of a chart picture: everything that changes its pixels.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { ChartSpec } from '../model/deck.js';
import type { ChartStyle } from './chart-png.js';

let codeHash: string | undefined;

/**
 * Chart.js's version, read from its package.json: importing Chart.js for it
 * would load all of Chart.js (330 KB) into builds that draw nothing.
 */
function chartJsVersion(): string {
  try {
    const entry = createRequire(import.meta.url).resolve('chart.js');
    return (JSON.parse(readFileSync(join(dirname(dirname(entry)), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
const CONTENT_NAMED = /-[A-Z0-9]{8}\.mjs$/;

/**
 * The drawing code's fingerprint: the code files beside this module (the
 * bundle's chunks, once built; src/render while developing) and the Chart.js version.
 * A changed tool draws anew rather than reusing pictures an older one drew.
 */
export function rendererVersion(): string {
  if (codeHash === undefined) {
    const dir = dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const name of readdirSync(dir).filter((n) => /\.(ts|mjs|js)$/.test(n)).sort()) {
      hash.update(name);
      // The bundle's chunks are named by their content: the name says it all,
      // and reading 2 MB of chunks on every build cost about 10 ms.
      if (!CONTENT_NAMED.test(name)) hash.update(readFileSync(join(dir, name)));
    }
    codeHash = hash.digest('hex').slice(0, 16);
  }
  return `chart.js@${chartJsVersion()}/${codeHash}`;
}

export function chartKey(spec: ChartSpec, widthPt: number, heightPt: number, style: ChartStyle, fontHash: string, renderer = 'napi-canvas'): string {
  // The id and alt text do not change the picture; the rest does.
  const { id: _id, alt: _alt, ...drawn } = spec;
  return createHash('sha256')
    .update(JSON.stringify({ drawn, w: Math.round(widthPt * 100), h: Math.round(heightPt * 100), colors: style.colors, family: style.family, lang: style.tag, fontHash, renderer, v: rendererVersion() }))
    .digest('hex');
}
