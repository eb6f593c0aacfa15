import ArticleLink from './ArticleLink.astro';
import Callout from './Callout.astro';
import ContactChannel from './ContactChannel.astro';
import Fact from './Fact.astro';
import Regions from './Regions.astro';
import Steps from './Steps.astro';

/**
 * Components editors may use in any article without importing them. They are handed to every
 * rendered article by the article page. Examples are in CONTRIBUTING.md.
 */
export const mdxComponents = { ArticleLink, Callout, ContactChannel, Fact, Regions, Steps };
