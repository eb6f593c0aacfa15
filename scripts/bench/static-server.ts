import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Pagefind's index files are gzip already; compressing them again would only add bytes. */
export const isGzip = (body: Uint8Array) => body[0] === 0x1f && body[1] === 0x8b;

/** What a static host with gzip on sends for this file: compressed when that is smaller. */
export function encodeForTransfer(body: Buffer, acceptsGzip: boolean): { body: Buffer; gzip: boolean } {
  if (!acceptsGzip || isGzip(body) || body.length < 256) return { body, gzip: false };
  const gz = gzipSync(body, { level: 6 });
  return gz.length < body.length ? { body: gz, gzip: true } : { body, gzip: false };
}

export interface Transfer {
  path: string;
  bytes: number;
}

export interface StaticServer {
  origin: string;
  /** Every response body sent since the last call, as it went over the wire. */
  takeTransfers(): Transfer[];
  close(): Promise<void>;
}

/** Serves a built site on 127.0.0.1 like a static host: directory index, gzip, 404. */
export async function serveStatic(root: string): Promise<StaticServer> {
  let transfers: Transfer[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const raw = await readFile(file);
      const { body, gzip } = encodeForTransfer(raw, /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')));
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-cache',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(body);
      transfers.push({ path, bytes: body.length });
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The benchmark server has no port.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    takeTransfers() {
      const taken = transfers;
      transfers = [];
      return taken;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
