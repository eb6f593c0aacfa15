import { placeholderDomainReason, placeholderValues } from '../contact/placeholders.ts';
import { error, type Finding } from './finding.ts';
import type { ContentInput, Rule } from './rule.ts';

const refusal = 'a production build (OKPAY_PRODUCTION=1) refuses it';

/** Why a deployment URL cannot go live, or undefined when it can. */
function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'https:') return 'not https';
  return placeholderDomainReason(url.hostname);
}

/** The deployment settings of src/site.config.ts, each with its environment variable. */
function siteValues(input: ContentInput): { key: 'url' | 'editUrl' | 'feedbackEndpoint'; env: string; value: string | undefined; fix: string }[] {
  const { site } = input;
  return [
    { key: 'url', env: 'SITE_URL', value: site.url, fix: "set SITE_URL to the help center's public https:// address." },
    { key: 'editUrl', env: 'EDIT_URL', value: site.editUrl, fix: 'set EDIT_URL to the repository\'s https:// "edit" address of the content folder, or to "" to hide the "Edit this page" link.' },
    { key: 'feedbackEndpoint', env: 'FEEDBACK_ENDPOINT', value: site.feedbackEndpoint, fix: 'set FEEDBACK_ENDPOINT to the https:// address that collects votes, or leave it unset.' },
  ];
}

/**
 * The repository ships example values (okpay.example, numbers reserved for fiction, figures not
 * yet confirmed) so it builds anywhere; a production build must not publish any of them. Every
 * one left is listed at once, so a release is fixed in one pass.
 */
export const productionRule: Rule = {
  name: 'production',
  summary:
    'With OKPAY_PRODUCTION=1 (check:content and the build alike) no example value may remain: SITE_URL, EDIT_URL and FEEDBACK_ENDPOINT are real https:// addresses, contact.yaml holds no example domain or fiction phone number, and facts.yaml no `placeholder: true` figure.',
  example: {
    bad: 'SITE_URL=https://help.okpay.example OKPAY_PRODUCTION=1 npm run build',
    good: 'SITE_URL=https://help.okpay.com OKPAY_PRODUCTION=1 npm run build',
    lang: 'sh',
  },
  content({ input, data }) {
    if (!input.site.production) return [];
    const findings: Finding[] = [];
    const config = input.siteConfig;
    for (const { key, env, value, fix } of siteValues(input)) {
      const reason = value === undefined ? undefined : urlProblem(value);
      if (!reason) continue;
      const line = config ? config.text.split('\n').findIndex((l) => new RegExp(`^\\s*${key}:`).test(l)) + 1 : 1;
      findings.push(error(config?.file ?? 'src/site.config.ts', Math.max(line, 1), env, `"${value}" is ${reason === 'not https' ? 'not an https:// address' : `an example value (${reason})`}; ${refusal}.`, fix));
    }
    const contactFile = `${input.contentDir}contact.yaml`;
    for (const placeholder of data.contact ? placeholderValues(data.contact) : []) {
      findings.push(
        error(
          contactFile,
          data.yaml.get('contact.yaml')?.lineOf(placeholder.path) ?? 1,
          placeholder.path.join('.'),
          `"${placeholder.value}" is a placeholder (${placeholder.reason}); ${refusal}.`,
          'replace it with the verified official value.',
        ),
      );
    }
    (data.facts ?? []).forEach((fact, i) => {
      if (!fact.placeholder) return;
      findings.push(
        error(
          `${input.contentDir}facts.yaml`,
          data.yaml.get('facts.yaml')?.lineOf([i, 'placeholder']) ?? 1,
          `${fact.id}.placeholder`,
          `"${fact.value}" (${fact.id}) is not confirmed yet; ${refusal}.`,
          'confirm the figure with OKPay, correct value and text if needed, and remove "placeholder: true".',
        ),
      );
    });
    return findings;
  },
};
