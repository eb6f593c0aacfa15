import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * public/_headers is the editable template (caching and security headers); the build writes the
 * Content-Security-Policy line from src/lib/csp.ts into the published copy, so a deployment's
 * own settings (a feedback endpoint the pages may send to) reach the header policy too.
 */
export function headersFile(contentSecurityPolicy: string): AstroIntegration {
  return {
    name: 'okpay:headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const file = join(fileURLToPath(dir), '_headers');
        const template = await readFile(file, 'utf8');
        const line = /^(\s+Content-Security-Policy:).*$/m;
        if (!line.test(template)) throw new Error('public/_headers has no Content-Security-Policy line for the build to fill in.');
        await writeFile(file, template.replace(line, `$1 ${contentSecurityPolicy}`));
      },
    },
  };
}
