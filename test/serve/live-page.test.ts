// The live page in a real browser (headless Chromium, playwright-core):
// served by the serve command in this process, edited through the data file.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { serve } from '../../src/commands/serve.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import { launchChromium, runBrowserTests } from '../helpers/browser.js';
import { ROOT, TEMPLATES_DIR, referenceText } from '../helpers/paths.js';
import { replaceOnce } from '../helpers/text.js';

const POINT = '深入践行八八战略，围绕省委省政府大事、要事、急事深化改革';

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.runIf(runBrowserTests)('the live page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let url = '';
  let dir: string;
  let file: string;
  const stop = new AbortController();
  let running: Promise<void>;
  const consoleErrors: string[] = [];
  const version = () => page.evaluate(() => Number(document.documentElement.dataset.version ?? -1));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-live-'));
    file = join(dir, 'deck.yaml');
    await writeFile(file, referenceText());
    let ready = false;
    running = serve({
      file,
      port: 0,
      pageDir: join(ROOT, 'src', 'serve', 'page'),
      template: 'default',
      templatesDir: TEMPLATES_DIR,
      outDir: join(dir, 'out'),
      dataDir: dir,
      signal: stop.signal,
      report: () => undefined,
      onListening: (u) => (url = u),
      onReady: () => (ready = true),
    });
    browser = await launchChromium();
    await until(() => ready, 'the first build', 60_000);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => (m.type() === 'error' ? consoleErrors.push(m.text()) : undefined));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    stop.abort();
    await running;
  });

  it('loads and shows every slide: number, title, text in the template font, pictures, notes, the download link', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await page.goto(url);
    expect(response!.status()).toBe(200);
    await page.waitForSelector('#slide-17 .canvas');
    expect(await page.locator('article.slide').count()).toBe(17);
    expect(await page.locator('#slide-3 .slide-head .number').textContent()).toBe('3');
    expect(await page.locator('#slide-3 .slide-head .title').textContent()).toBe('总体成效：2021年与2015年对比');
    // Real text, one element per measured line.
    expect(await page.locator('#slide-8 .canvas').textContent()).toContain(POINT);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Briefing Sans SC"', '财政'))).toBe(true);
    // Every picture loaded (the charts and the logo).
    await until(() => page.evaluate(() => [...document.querySelectorAll('main img')].every((i) => (i as HTMLImageElement).complete)), 'the pictures');
    const pictures = await page.evaluate(() => [...document.querySelectorAll('main img')].map((i) => (i as HTMLImageElement).naturalWidth));
    expect(pictures.length).toBeGreaterThan(17);
    expect(pictures.every((w) => w > 0)).toBe(true);
    expect((await page.locator('#slide-1 .notes').textContent())!.length).toBeGreaterThan(10);
    const href = await page.locator('#download').getAttribute('href');
    const pptx = await page.evaluate(async (h) => new Uint8Array(await (await fetch(h!)).arrayBuffer()).slice(0, 2).join(','), href);
    expect(pptx).toBe('80,75'); // "PK": a zip package
  });

  it('enlarges a slide on click and closes with Escape', async () => {
    await page.locator('#slide-3 .frame').click();
    await expect.poll(() => page.locator('#zoom').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.locator('#zoom-frame .canvas').textContent()).toContain('政府购买服务决算金额');
    const width = await page.locator('#zoom-frame').evaluate((f) => f.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(1000);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#zoom').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  });

  it('shows an edit without reloading, where the reader was, marking the slide it changed', async () => {
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.locator('#slide-6').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 100));
    const scrolled = await page.evaluate(() => window.scrollY);
    const before = await version();
    await writeFile(file, replaceOnce(referenceText(), POINT, `${POINT}（已核）`));
    await until(async () => (await version()) > before, 'the update');
    expect(await page.locator('#slide-8 .canvas').textContent()).toContain(`${POINT}（已核）`);
    expect(await page.evaluate(() => [...document.querySelectorAll('article.changed')].map((a) => a.id))).toEqual(['slide-8']);
    // The same document (no reload) and the same place.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThanOrEqual(1);
    expect(await page.locator('#status').textContent()).toContain('changed: 8');
  });

  it('lays a bad edit over the last good slides, listing the problems as validate prints them, and a fix clears it', async () => {
    const bad = replaceOnce(referenceText(), '    value: 399\n', '    value: [\n');
    await writeFile(file, bad);
    await page.locator('#problems').waitFor({ state: 'visible' });
    const expected = await checkFile(file).then(
      () => [],
      (e: UserError) => e.diagnostics.map(formatDiagnostic),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.locator('#problem-list li').allTextContents()).toEqual(expected);
    expect(expected[0]).toMatch(/deck\.yaml:\d+:\d+: /);
    // The last good slides stay beneath.
    expect(await page.locator('article.slide').count()).toBe(17);
    expect(await page.locator('#slide-8 .canvas').textContent()).toContain(`${POINT}（已核）`);
    expect(await page.locator('#slides').getAttribute('class')).toContain('stale');

    await writeFile(file, referenceText());
    await page.locator('#problems').waitFor({ state: 'hidden' });
    expect(await page.locator('#slide-8 .canvas').textContent()).not.toContain('（已核）');
    expect(await page.locator('#slides').getAttribute('class')).not.toContain('stale');
  });

  it('lists the warnings of a good build (a quote that no longer holds its figure) above the slides, and drops them once mended', async () => {
    await writeFile(file, replaceOnce(referenceText(), '    value: 399\n', '    value: 398\n'));
    await page.locator('#warnings').waitFor({ state: 'visible' });
    const items = await page.locator('#warning-list li').allTextContents();
    expect(items).toEqual([expect.stringMatching(/deck\.yaml:\d+:\d+: warning: .*quote/)]);
    expect(await page.locator('#warnings-title').textContent()).toBe('1 warning');
    // A warning is not a problem: the slides are this save's, not stale.
    expect(await page.locator('#problems').isHidden()).toBe(true);
    expect(await page.locator('#slides').getAttribute('class')).not.toContain('stale');
    await writeFile(file, referenceText());
    await page.locator('#warnings').waitFor({ state: 'hidden' });
  });

  it('had no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('answers traversal attempts with 404, in the browser too', async () => {
    const origin = url.replace(/\/$/, '');
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/fonts/..%2f..%2ftemplate.yaml', '/fonts/%2e%2e%2ftemplate.yaml', '/deck/..%2fdeck.yaml']) {
      const response = await page.goto(origin + path);
      expect(response!.status(), path).toBe(404);
    }
    const status = await page.evaluate(() => fetch('/pictures/..%2f..%2f..%2fetc%2fpasswd').then((r) => r.status));
    expect(status).toBe(404);
  });
});
