import ArticleLink from './ArticleLink.astro';
import Callout from './Callout.astro';
import ContactChannel from './ContactChannel.astro';
import Fact from './Fact.astro';
import Regions from './Regions.astro';
import Steps from './Steps.astro';
import type { ComponentName } from './catalog.ts';

/**
 * Components editors may use in any article without importing them. They are handed to every
 * rendered article by the article page. The list and each one's attributes live in catalog.ts
 * (what the content check allows); `satisfies` keeps the two the same.
 */
export const mdxComponents = { ArticleLink, Callout, ContactChannel, Fact, Regions, Steps } satisfies Record<ComponentName, unknown>;
