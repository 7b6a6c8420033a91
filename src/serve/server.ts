// serve's web server: Node's http, loopback only, answering a fixed set of
// names (the page, its script and style, the update stream, the deck's
// pictures and font, the .pptx) and 404 to anything else. The update stream
// is Server-Sent Events: one way, text, reconnecting by itself in the
// browser, and nothing to install.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestPath } from './paths.js';

/** What the server serves, asked on every request (it changes with every build). */
export interface PageSources {
  /** The page's own files: index.html, page.js, page.css. */
  page: Map<string, { type: string; body: Buffer }>;
  /** The current state, sent to every page on connecting and on every change. */
  state(): unknown;
  picture(name: string): Uint8Array | undefined;
  /** The template's font file for this name, else undefined. */
  font(name: string): string | undefined;
  /** The deck file for this name, else undefined. */
  pptx(name: string): string | undefined;
}

export interface PageServer {
  url: string;
  port: number;
  /** Sends the current state to every open page. */
  publish(): void;
  close(): Promise<void>;
}

export const HOST = '127.0.0.1';

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Scripts, styles, pictures and fonts from this server only; the page sets its styles through the CSSOM, which this allows.
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

const PAGE_FILES: Record<string, string> = { '/': 'index.html', '/page.js': 'page.js', '/page.css': 'page.css' };

/** Listens on 127.0.0.1:`port` (0: a free port). Rejects with the listen error (EADDRINUSE). */
export async function startPageServer(sources: PageSources, port: number): Promise<PageServer> {
  const clients = new Set<ServerResponse>();
  let self = '';
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A page of another site that resolves its own name to 127.0.0.1 (DNS rebinding) names that site as the Host.
    if (req.headers.host !== self && req.headers.host !== self.replace(HOST, 'localhost')) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed', { Allow: 'GET, HEAD' });
    const path = requestPath(req.url);
    if (path === undefined) return notFound(res);
    const own = PAGE_FILES[path];
    if (own) {
      const f = sources.page.get(own)!;
      return send(res, 200, f.type, req.method === 'HEAD' ? '' : f.body, { 'Cache-Control': 'no-cache' });
    }
    if (path === '/events') return events(req, res);
    const [, folder, name, ...rest] = path.split('/');
    if (rest.length || !name) return notFound(res);
    if (folder === 'pictures') {
      const png = sources.picture(name);
      // Named by content: a name always means the same picture.
      return png ? send(res, 200, 'image/png', req.method === 'HEAD' ? '' : Buffer.from(png), { 'Cache-Control': 'max-age=31536000, immutable' }) : notFound(res);
    }
    if (folder === 'fonts') {
      const file = sources.font(name);
      return file ? sendFile(req, res, file, fontType(name), { 'Cache-Control': 'no-cache' }) : notFound(res);
    }
    if (folder === 'deck') {
      const file = sources.pptx(name);
      const type = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
      return file ? sendFile(req, res, file, type, { 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}` }) : notFound(res);
    }
    return notFound(res);
  }

  function events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(`retry: 500\n\n`);
    res.write(message(sources.state()));
    clients.add(res);
    req.on('close', () => clients.delete(res));
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, () => {
      server.off('error', fail);
      ok();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  self = `${HOST}:${actual}`;
  // A comment now and then keeps idle connections (and proxies) from timing out.
  const beat = setInterval(() => clients.forEach((c) => c.write(': keep-alive\n\n')), 15_000);
  beat.unref();
  return {
    url: `http://${self}/`,
    port: actual,
    publish() {
      const m = message(sources.state());
      for (const c of clients) c.write(m);
    },
    async close() {
      clearInterval(beat);
      for (const c of clients) c.end();
      clients.clear();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}

const message = (state: unknown) => `data: ${JSON.stringify(state)}\n\n`;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

const notFound = (res: ServerResponse) => send(res, 404, 'text/plain; charset=utf-8', 'not found', { 'Cache-Control': 'no-store' });

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, type: string, headers: Record<string, string>): Promise<void> {
  const s = await stat(file).catch(() => undefined);
  if (!s?.isFile()) return notFound(res);
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(s.size), ...headers });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

const fontType = (name: string) => ({ otf: 'font/otf', ttf: 'font/ttf', woff: 'font/woff', woff2: 'font/woff2', ttc: 'font/collection' })[name.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream';
