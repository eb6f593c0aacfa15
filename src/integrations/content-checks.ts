import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../schemas/site.ts';
import { formatFinding } from '../lib/content-checks/finding.ts';
import { checkContentFolder } from '../../scripts/content-files.ts';

/**
 * Runs the content rule set (the one `npm run check:content` runs) before anything is built, so
 * the build refuses exactly what the check refuses, with the same messages, and no article code
 * ever runs. In `astro dev` problems are logged instead, so unfinished articles can be previewed.
 */
export function contentChecks(site: SiteConfig): AstroIntegration {
  return {
    name: 'okpay:content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const { findings } = checkContentFolder(site.contentDir, site);
        const errors = findings.filter((f) => f.severity === 'error').map((f) => `error: ${formatFinding(f)}`);
        for (const f of findings) if (f.severity === 'warning') logger.warn(formatFinding(f));
        if (errors.length && command === 'build') {
          throw new Error(`The content has ${errors.length} problem(s); nothing was built (npm run check:content lists the same):\n${errors.join('\n')}`);
        }
        for (const line of errors) logger.error(line);
        logger.info(`Content checked in ${Math.round(performance.now() - started)} ms: ${errors.length} problem(s).`);
      },
    },
  };
}
