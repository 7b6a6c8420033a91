// The cache key of a chart picture: everything that changes its pixels.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chart } from 'chart.js';
import type { ChartSpec } from '../model/deck.js';
import type { ChartStyle } from './chart-png.js';

let codeHash: string | undefined;

/**
 * The drawing code's fingerprint: the code files beside this module (the
 * bundle, once built; src/render while developing) and the Chart.js version.
 * A changed tool draws anew rather than reusing pictures an older one drew.
 */
export function rendererVersion(): string {
  if (codeHash === undefined) {
    const dir = dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const name of readdirSync(dir).filter((n) => /\.(ts|mjs|js)$/.test(n)).sort()) hash.update(name).update(readFileSync(join(dir, name)));
    codeHash = hash.digest('hex').slice(0, 16);
  }
  return `chart.js@${Chart.version}/${codeHash}`;
}

export function chartKey(spec: ChartSpec, widthPt: number, heightPt: number, style: ChartStyle, fontHash: string): string {
  // The id and alt text do not change the picture; the rest does.
  const { id: _id, alt: _alt, ...drawn } = spec;
  return createHash('sha256')
    .update(JSON.stringify({ drawn, w: Math.round(widthPt * 100), h: Math.round(heightPt * 100), colors: style.colors, family: style.family, lang: style.words?.tag, fontHash, v: rendererVersion() }))
    .digest('hex');
}
