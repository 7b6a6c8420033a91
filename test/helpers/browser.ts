// Headless Chromium from Debian's packages, driven by playwright-core (its own
// browser downloads cannot reach the network). Missing, browser tests are
// skipped with a notice; in CI (.ci/run installs it) they fail instead.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { inCI } from './ci.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
/** Run the browser tests: always in CI (where a missing browser fails them), elsewhere when Chromium is there. */
export const runBrowserTests = hasChromium || inCI;

if (!hasChromium && !inCI) console.warn(`NOTICE: no Chromium at ${CHROMIUM}: the browser tests are skipped. Install: apt-get install -y chromium`);

export async function launchChromium(): Promise<Browser> {
  if (!hasChromium) throw new Error(`Chromium must be installed at ${CHROMIUM} (apt-get install -y chromium), or named by CHROMIUM_PATH`);
  const { chromium } = await import('playwright-core');
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--font-render-hinting=none'] });
}
