import { bodyRule } from './body.ts';
import { componentsRule } from './components.ts';
import { conversionRule } from './conversion.ts';
import { dataFilesRule } from './data-files.ts';
import { frontmatterRule } from './frontmatter.ts';
import { descriptionLengthRule, uniqueSlugRule, uniqueTitleRule } from './library-rules.ts';
import { linksRule } from './links.ts';
import { markdownlintRule } from './markdown-lint.ts';
import { oneSourceRule, placementRule } from './placement.ts';
import { productionRule } from './production.ts';
import { imageAltRule, todoRule } from './prose.ts';
import { categoryChannelRule, factIdsRule } from './references.ts';
import { redirectsRule } from './redirects.ts';
import type { Rule } from './rule.ts';
import { safetyRule } from './safety.ts';
import { glossaryRule, handTypedFactsRule, punctuationRule, registerRule } from './style.ts';
import { situationsRule } from './situations.ts';
import { supportRule } from './support.ts';
import { syntaxRule } from './syntax.ts';
import { translationsRule } from './translations.ts';

/**
 * Every content rule, in the order CONTRIBUTING.md lists them. check:content and the build run
 * exactly this list. To add a rule: write a module exporting a `Rule` (see rule.ts), add it here,
 * run `npm run docs:rules`, and add a case to tests/content/.
 */
export const rules: readonly Rule[] = [
  frontmatterRule,
  placementRule,
  oneSourceRule,
  syntaxRule,
  safetyRule,
  componentsRule,
  bodyRule,
  todoRule,
  imageAltRule,
  markdownlintRule,
  uniqueSlugRule,
  uniqueTitleRule,
  descriptionLengthRule,
  linksRule,
  redirectsRule,
  factIdsRule,
  handTypedFactsRule,
  registerRule,
  punctuationRule,
  glossaryRule,
  translationsRule,
  conversionRule,
  dataFilesRule,
  categoryChannelRule,
  supportRule,
  situationsRule,
  productionRule,
];
