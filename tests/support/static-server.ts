import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/**
 * The one static server for a built site, behaving like the production host: it sends the
 * headers from dist/_headers (Netlify/Cloudflare format, i.e. the CSP and caching rules),
 * compresses text with brotli or gzip as the browser asks, redirects to the trailing slash and
 * serves the locale's 404 page. The quality gates (CSP, weight, Lighthouse, screenshots) and the
 * benchmarks (bench:search, bench:scale) all run against it, so their byte figures agree.
 */

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);
/** Pagefind's index files are gzip already; compressing them again would only add bytes. */
const isGzip = (body: Uint8Array) => body[0] === 0x1f && body[1] === 0x8b;

/** The encoding a CDN picks for a client: brotli when accepted, else gzip, else none. */
export function pickEncoding(acceptEncoding: string): 'br' | 'gzip' | undefined {
  return /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : undefined;
}

/**
 * What the host sends for a file: text compressed with brotli (quality 11, as a CDN's static
 * compression) or gzip (level 9); other files, and files already gzip, as they are.
 */
export function encodeForTransfer(body: Buffer, ext: string, encoding: 'br' | 'gzip' | undefined): { body: Buffer; encoding?: 'br' | 'gzip' } {
  if (!encoding || !compressible.has(ext) || isGzip(body)) return { body };
  if (encoding === 'br') return { body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), encoding };
  return { body: gzipSync(body, { level: 9 }), encoding };
}

export interface HeaderRule {
  pattern: RegExp;
  source: string;
  headers: [string, string][];
}

/** Parses a `_headers` file: an unindented URL pattern (`*` matches anything), then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim();
      const pattern = new RegExp(`^${source.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ pattern, source, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a URL pattern.`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

export function headersFor(rules: HeaderRule[], pathname: string): [string, string][] {
  return rules.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.headers);
}

export interface ServeOptions {
  root?: string;
  port?: number;
  host?: string;
  /** Whether to send the _headers rules (the CSP among them); on by default. */
  applyHeaders?: boolean;
}

/** One response body as it went over the wire. */
export interface Transfer {
  path: string;
  bytes: number;
}

export interface RunningServer {
  url: string;
  server: Server;
  /** Every response body sent since the last call (for the benchmarks' byte counts). */
  takeTransfers(): Transfer[];
  close(): Promise<void>;
}

export async function serveDist({ root = 'dist', port = 0, host = '127.0.0.1', applyHeaders = true }: ServeOptions = {}): Promise<RunningServer> {
  const dir = resolve(root);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: run \`npm run build\` first.`);
  const headersFile = join(dir, '_headers');
  const rules = applyHeaders && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const cache = new Map<string, ReturnType<typeof encodeForTransfer>>();
  let transfers: Transfer[] = [];

  async function file(path: string): Promise<string | undefined> {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return path;
    if (info?.isDirectory() && existsSync(join(path, 'index.html'))) return join(path, 'index.html');
    return undefined;
  }

  async function send(req: IncomingMessage, res: ServerResponse, path: string, pathname: string, status = 200) {
    const ext = extname(path);
    const wanted = pickEncoding(String(req.headers['accept-encoding'] ?? ''));
    const key = `${wanted}:${path}`;
    let sent = cache.get(key);
    if (!sent) cache.set(key, (sent = encodeForTransfer(await readFile(path), ext, wanted)));
    const { body, encoding } = sent;
    if (encoding) {
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.setHeader('Content-Type', types[ext] ?? 'application/octet-stream');
    res.setHeader('Content-Length', body.length);
    for (const [name, value] of headersFor(rules, pathname)) res.appendHeader(name, value);
    res.writeHead(status);
    res.end(req.method === 'HEAD' ? undefined : body);
    if (req.method !== 'HEAD') transfers.push({ path: pathname, bytes: body.length });
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const pathname = decodeURIComponent(url.pathname);
      const target = normalize(join(dir, pathname));
      if (!target.startsWith(dir)) {
        res.writeHead(403).end();
        return;
      }
      const found = await file(target);
      if (found && !pathname.endsWith('/') && found.endsWith('index.html') && !pathname.endsWith('.html')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      if (found) return await send(req, res, found, pathname);
      const locale = pathname.split('/')[1] ?? '';
      const notFound = (await file(join(dir, locale, '404', 'index.html'))) ?? (await file(join(dir, '404.html')));
      if (notFound) return await send(req, res, notFound, pathname, 404);
      res.writeHead(404).end('Not found');
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    server,
    takeTransfers() {
      const taken = transfers;
      transfers = [];
      return taken;
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

// `node tests/support/static-server.ts [port]`: serve dist/ until stopped (Playwright's webServer).
if (import.meta.main) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
  const running = await serveDist({ port });
  console.log(`Serving dist/ with its _headers on ${running.url}`);
}
