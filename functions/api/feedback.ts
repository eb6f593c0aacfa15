/**
 * POST /api/feedback: stores one "Was this article helpful?" vote in D1 (Cloudflare Pages
 * Function; FEEDBACK_ENDPOINT=/api/feedback makes the widget send here). The checks are in
 * src/lib/feedback/ (unit-tested); this file is only the glue to the runtime.
 *
 * Stored: locale, article, vote, reason and the minute. Never stored: the address, a cookie,
 * headers. The address is used once, salted and hashed in memory, to key a per-isolate rate
 * limit (src/lib/feedback/rate-limit.ts explains what that does and does not promise).
 */
import { checkVote, maxVoteBytes, type KnownArticles } from '../../src/lib/feedback/vote.ts';
import { TokenBuckets } from '../../src/lib/feedback/rate-limit.ts';
import { insertVoteParams, insertVoteSql } from '../../src/lib/feedback/store.ts';

/** The parts of the Workers runtime this function uses (the full types are not a dependency). */
interface D1Statement {
  bind(...values: unknown[]): D1Statement;
  run(): Promise<{ meta: { changes: number } }>;
}
interface Env {
  FEEDBACK_DB: { prepare(sql: string): D1Statement };
  ASSETS: { fetch(input: Request | string): Promise<Response> };
}
interface Context {
  request: Request;
  env: Env;
}

/**
 * A burst of 20 requests, then one every 6 seconds, per client per isolate: far above a reader
 * (one vote per page view), far below a script.
 */
const clients = new TokenBuckets(20, 1 / 6);
/**
 * Lives as long as this isolate, so a client's key cannot be recomputed afterwards. Made on the
 * first request: Workers allow no random values at start-up.
 */
let salt: Uint8Array | undefined;

let known: Promise<KnownArticles> | undefined;

export async function onRequest({ request, env }: Context): Promise<Response> {
  if (request.method !== 'POST') return reply(405, 'Send a vote with POST.', { Allow: 'POST' });
  const origin = request.headers.get('Origin');
  if (origin !== null && origin !== new URL(request.url).origin) return reply(403, 'Votes come from the help center pages only.');
  if (Number(request.headers.get('Content-Length') ?? 0) > maxVoteBytes) return reply(413, `A vote is at most ${maxVoteBytes} bytes.`);
  if (!clients.take(await clientKey(request), Date.now())) return reply(429, 'Too many votes; try again in a minute.', { 'Retry-After': '60' });

  const body = new Uint8Array(await request.arrayBuffer());
  const check = checkVote(new TextDecoder().decode(body), body.byteLength, await articles(env, request));
  if (!check.ok) return reply(check.status, check.error);

  const result = await env.FEEDBACK_DB.prepare(insertVoteSql).bind(...insertVoteParams(check.vote, Date.now())).run();
  if (result.meta.changes === 0) return reply(429, 'This article has had enough votes this minute; try again later.', { 'Retry-After': '60' });
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}

/** The article list the build published with this deployment, read once per isolate. */
function articles(env: Env, request: Request): Promise<KnownArticles> {
  known ??= env.ASSETS.fetch(new URL('/api/articles.json', request.url).href).then(async (response) => {
    if (!response.ok) throw new Error(`/api/articles.json answered ${response.status}: build the site before deploying the function.`);
    return (await response.json()) as KnownArticles;
  });
  known.catch(() => (known = undefined));
  return known;
}

async function clientKey(request: Request): Promise<string> {
  salt ??= crypto.getRandomValues(new Uint8Array(16));
  const address = new TextEncoder().encode(request.headers.get('CF-Connecting-IP') ?? '');
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array([...salt, ...address]));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

function reply(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
