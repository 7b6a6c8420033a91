// briefing serve at a shell: the address it prints, the page there, exit 0
// on SIGTERM and Ctrl-C (SIGINT), exit 2 on a port in use or a bad --port.
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { BIN, ROOT, referenceText } from '../helpers/paths.js';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-serve-cli-'));
  file = join(dir, 'deck.yaml');
  await writeFile(file, referenceText());
});

const fetchText = (url: string): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    get(url, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    }).on('error', reject);
  });

/** The first `data:` message of /events. */
const firstEvent = (url: string): Promise<{ version: number; deck: { slides: unknown[] } | null }> =>
  new Promise((resolve, reject) => {
    const req = get(`${url}events`, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => {
        text += d;
        const m = /^data: (.*)\n\n/m.exec(text);
        if (m) {
          req.destroy();
          resolve(JSON.parse(m[1]!));
        }
      });
    });
    req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
  });

describe('briefing serve', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('prints its address on 127.0.0.1, serves the deck there, and ends with exit 0 on %s', async (signal) => {
    const child = spawn(process.execPath, [BIN, 'serve', file, '--port', '0', '--out', join(dir, `out-${signal}`)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const end = Date.now() + 60_000;
    while (!stderr.includes('watching for changes') && Date.now() < end && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    const url = /serving the deck at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1];
    expect(url, stdout + stderr).toBeDefined();
    const page = await fetchText(url!);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<main id="slides"');
    expect((await firstEvent(url!)).deck?.slides).toHaveLength(17);
    expect((await fetchText(`${url}..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    child.kill(signal);
    expect(await closed).toBe(0);
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it('refuses a port in use (exit 2, naming --port 0) and a port that is no port', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as AddressInfo).port;
    try {
      const r = await runCli(['serve', file, '--port', String(port), '--out', join(dir, 'out-taken')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`port ${port} is in use`);
      expect(r.stderr).toContain('--port 0');
      expect(r.stderr).not.toMatch(STACK_FRAME);
    } finally {
      taken.close();
    }
    const bad = await runCli(['serve', file, '--port', '-1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--port takes a whole number from 0 to 65535');
  });

  it('asks which deck to serve when the data folder holds several', async () => {
    const r = await runCli(['serve', '--port', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('serve shows one deck');
    expect(r.stderr).toContain('zhejiang-2023.yaml');
  });
});
