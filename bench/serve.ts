// serve: from saving a one-figure edit to the page showing it, in headless
// Chromium (the page's own mark: the new version's slides drawn, then the
// next animation frame, when the browser paints them). Without Chromium, to
// the update arriving over the event stream, and labelled so.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { get } from 'node:http';
import { referenceData } from './variants.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function serveSaves(root: string, n: number): Promise<{ label: string; runs: number; medianMs: number; minMs: number; maxMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-serve-'));
  const file = join(dir, 'deck.yaml');
  const reference = referenceData(root);
  writeFileSync(file, reference);
  const child = spawn(process.execPath, [join(root, 'bin', 'briefing.mjs'), 'serve', file, '--port', '0', '--out', join(dir, 'out')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  while (!err.includes('watching')) {
    if (child.exitCode !== null) throw new Error(`briefing serve ended: ${err}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1] ?? '';
  const save = (i: number) => writeFileSync(file, reference.replace('    value: 399\n', `    value: ${400 + i}\n`));
  const times: number[] = [];
  let label: string;
  try {
    if (existsSync(CHROMIUM)) {
      label = 'serve: one-figure edit, save to the page updated and painted (headless Chromium)';
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(url);
        await page.waitForSelector('article.slide .canvas');
        // The page sets data-version once a state's slides are drawn; the frame after is when they show.
        await page.evaluate(() => {
          const w = window as unknown as { painted: Record<string, number> };
          w.painted = {};
          new MutationObserver(() => {
            const v = document.documentElement.dataset.version!;
            requestAnimationFrame(() => (w.painted[v] = Date.now()));
          }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-version'] });
        });
        for (let i = 0; i < n; i++) {
          const before = Number(await page.evaluate(() => document.documentElement.dataset.version));
          const saved = Date.now();
          save(i);
          const painted = await page.waitForFunction((v) => (window as unknown as { painted: Record<string, number> }).painted[String(v + 1)], before, { polling: 10, timeout: 20_000 });
          times.push(Number(await painted.jsonValue()) - saved);
          await new Promise((r) => setTimeout(r, 300));
        }
      } finally {
        await browser.close();
      }
    } else {
      label = 'serve: one-figure edit, save to the update received over /events (no Chromium: not painted)';
      let buffer = '';
      let waiting: (() => void) | undefined;
      const req = get(`${url}events`, (res) => res.on('data', (d: Buffer) => {
        buffer += d.toString();
        const messages = buffer.split('\n\n');
        buffer = messages.pop()!;
        if (messages.some((m) => m.startsWith('data: '))) waiting?.();
      }));
      await new Promise((r) => setTimeout(r, 300));
      for (let i = 0; i < n; i++) {
        const received = new Promise<void>((r) => (waiting = r));
        const saved = performance.now();
        save(i);
        await received;
        times.push(performance.now() - saved);
        await new Promise((r) => setTimeout(r, 300));
      }
      req.destroy();
    }
  } finally {
    child.kill('SIGINT');
  }
  return { label, runs: n, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
}

// tsx bench/serve.ts: this row alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await serveSaves(join(import.meta.dirname, '..'), Number(process.env.BENCH_RUNS ?? 9));
  console.log(`${r.label}: median ${r.medianMs.toFixed(0)} ms (min ${r.minMs.toFixed(0)}, max ${r.maxMs.toFixed(0)}, ${r.runs} saves; target < 250 ms: ${r.medianMs < 250 ? 'yes' : 'NO'})`);
}
