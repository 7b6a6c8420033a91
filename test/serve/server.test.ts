import { request } from 'node:http';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPageServer, type PageServer, type PageSources } from '../../src/serve/server.js';

/** A raw request: the path sent exactly as given (fetch would normalise dot segments). */
function get(server: PageServer, path: string, o: { method?: string; host?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: o.method ?? 'GET', headers: o.host ? { host: o.host } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the page server', () => {
  let server: PageServer;
  let dir: string;
  let state = { version: 1, text: 'first' };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-server-'));
    await writeFile(join(dir, 'Font.otf'), 'font bytes');
    await writeFile(join(dir, 'deck.pptx'), 'pptx bytes');
    await writeFile(join(dir, 'secret.txt'), 'secret');
    const sources: PageSources = {
      page: new Map([
        ['index.html', { type: 'text/html; charset=utf-8', body: Buffer.from('<!doctype html><p>page') }],
        ['page.js', { type: 'text/javascript; charset=utf-8', body: Buffer.from('// script') }],
        ['page.css', { type: 'text/css; charset=utf-8', body: Buffer.from('/* style */') }],
      ]),
      state: () => state,
      picture: (name) => (name === 'abc.png' ? new Uint8Array([1, 2, 3]) : undefined),
      font: (name) => (name === 'Font.otf' ? join(dir, 'Font.otf') : undefined),
      pptx: (name) => (name === 'deck.pptx' ? join(dir, 'deck.pptx') : undefined),
    };
    server = await startPageServer(sources, 0);
  });
  afterAll(() => server.close());

  it('listens on the loopback only, at the address it gives', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the page, its script and style, with a content security policy', async () => {
    const page = await get(server, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body.toString()).toContain('<p>page');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await get(server, '/page.js')).body.toString()).toBe('// script');
    expect((await get(server, '/page.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it("serves the deck's pictures, font and .pptx by their names, and nothing else", async () => {
    const picture = await get(server, '/pictures/abc.png');
    expect(picture.status).toBe(200);
    expect([...picture.body]).toEqual([1, 2, 3]);
    expect(picture.headers['content-type']).toBe('image/png');
    expect((await get(server, '/fonts/Font.otf')).body.toString()).toBe('font bytes');
    const deck = await get(server, '/deck/deck.pptx?v=7');
    expect(deck.body.toString()).toBe('pptx bytes');
    expect(deck.headers['content-disposition']).toContain('attachment');
    for (const path of ['/pictures/other.png', '/fonts/secret.txt', '/deck/secret.txt', '/secret.txt', '/index.html', '/pictures/abc.png/x', '/pictures/', '/events/x']) {
      expect((await get(server, path)).status, path).toBe(404);
    }
  });

  it.each([
    '/../../etc/passwd',
    '/fonts/../../../etc/passwd',
    '/fonts/../secret.txt',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/fonts/..%2fsecret.txt',
    '/fonts/..%2Fsecret.txt',
    '/fonts/%2e%2e%2fsecret.txt',
    '/fonts/..%5csecret.txt',
    '/fonts/..\\secret.txt',
    '/%252e%252e/%252e%252e/etc/passwd',
    '/pictures/..%2f..%2f..%2fetc%2fpasswd',
    '/./page.js',
    '/fonts/./Font.otf',
  ])('answers a traversal attempt %j with 404', async (path) => {
    const res = await get(server, path);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toBe('not found');
  });

  it('refuses a request naming another host (a page of another site rebound to 127.0.0.1), and any method but GET and HEAD', async () => {
    expect((await get(server, '/', { host: 'evil.example:80' })).status).toBe(403);
    expect((await get(server, '/', { host: `localhost:${server.port}` })).status).toBe(200);
    expect((await get(server, '/', { method: 'POST' })).status).toBe(405);
    const head = await get(server, '/fonts/Font.otf', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('sends the state on connecting to /events, and again on every publish', async () => {
    const received: string[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/events' }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          for (const m of chunk.split('\n\n')) if (m.startsWith('data: ')) received.push(m.slice(6));
          if (received.length === 1) {
            state = { version: 2, text: 'second' };
            server.publish();
          }
          if (received.length === 2) {
            req.destroy();
            resolve();
          }
        });
      });
      req.on('error', (e) => (received.length === 2 ? undefined : reject(e)));
      req.end();
    });
    await done;
    expect(received.map((r) => JSON.parse(r))).toEqual([
      { version: 1, text: 'first' },
      { version: 2, text: 'second' },
    ]);
  });
});

describe('starting the server', () => {
  it('fails with EADDRINUSE on a port in use', async () => {
    const first = await startPageServer({ page: new Map(), state: () => null, picture: () => undefined, font: () => undefined, pptx: () => undefined }, 0);
    try {
      await expect(startPageServer({ page: new Map(), state: () => null, picture: () => undefined, font: () => undefined, pptx: () => undefined }, first.port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await first.close();
    }
  });
});
