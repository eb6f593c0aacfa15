import { createHash } from 'node:crypto';
import { colorSchemeScript } from './color-scheme.ts';
import { searchQueryScript } from './search/prepaint.ts';

/**
 * The Content-Security-Policy, declared once. Astro renders it as a <meta> on every page and
 * adds the hashes of the scripts and styles it emits; public/_headers and docs/deploy.md send
 * the same policy as a header plus the directives a <meta> cannot carry (tests/quality check
 * that they agree).
 */

type Directive = `${'default-src' | 'connect-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/**
 * Directives other than script-src/style-src (Astro owns those two). `connectTo` lists other
 * origins pages may send data to: the feedback endpoint, when one is configured.
 */
export function cspDirectives(connectTo: readonly string[] = []): Directive[] {
  const connect: Directive[] = connectTo.length ? [`connect-src 'self' ${connectTo.join(' ')}`] : [];
  return ["default-src 'self'", ...connect, "object-src 'none'", "base-uri 'none'", "form-action 'self'"];
}

/**
 * The origins pages send data to besides their own, from the site configuration. A path such
 * as "/api/feedback" is this origin, which default-src 'self' already allows.
 */
export function connectOrigins(feedbackEndpoint: string | undefined): string[] {
  return feedbackEndpoint && !feedbackEndpoint.startsWith('/') ? [new URL(feedbackEndpoint).origin] : [];
}

/**
 * Scripts: this origin only (Astro bundles, Pagefind), plus the hashed inline scripts. Pagefind
 * compiles its search index reader from WebAssembly, which needs 'wasm-unsafe-eval' (it does not
 * allow JavaScript eval).
 */
export const cspScriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Browsers ignore these in a <meta>, and warn about it, so they travel only as headers. */
export const cspHeaderOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The CSP source expression for an inline script or style, e.g. `'sha256-…'` without quotes. */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/** The header value: the same policy as the meta tag plus the header-only directives. */
export function cspHeader(scriptHashes: readonly string[], connectTo: readonly string[] = []): string {
  return [
    ...cspDirectives(connectTo),
    ...cspHeaderOnlyDirectives,
    `script-src ${[...cspScriptSources, ...scriptHashes.map((h) => `'${h}'`)].join(' ')}`,
    "style-src 'self'",
  ].join('; ');
}

/** Every inline script the site emits; each is allowed by its hash and nothing else inline is. */
export const inlineScripts = [colorSchemeScript, searchQueryScript] as const;

/** The CSP hashes of the inline scripts. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return inlineScripts.map(cspHash);
}
