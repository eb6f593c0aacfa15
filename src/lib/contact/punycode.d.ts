// punycode.js ships no types; the checker uses one function of its ES module build.
declare module 'punycode/punycode.es6.js' {
  /** Decodes the xn-- labels of a domain name to Unicode. */
  export function toUnicode(domain: string): string;
}
