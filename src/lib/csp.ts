import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy, declared once. Astro renders it as a <meta> on every page and
 * adds the hashes of the scripts and styles it emits; public/_headers and docs/deploy.md send
 * the same policy as a header plus the directives a <meta> cannot carry (tests/quality check
 * that they agree).
 */

/** Directives other than script-src/style-src (Astro owns those two). */
export const cspDirectives = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

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
export function cspHeader(scriptHashes: readonly string[]): string {
  return [
    ...cspDirectives,
    ...cspHeaderOnlyDirectives,
    `script-src ${[...cspScriptSources, ...scriptHashes.map((h) => `'${h}'`)].join(' ')}`,
    "style-src 'self'",
  ].join('; ');
}
