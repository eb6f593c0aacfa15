import type {
  Article,
  BreadcrumbList,
  ContactPoint,
  Organization,
  SearchAction,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';

/**
 * Structured data for search engines, typed with schema-dts so a misspelt property fails the
 * type check. Only types that still earn rich results or site understanding are built: no
 * FAQPage/HowTo (Google stopped showing those for sites like this).
 */

export interface OrganizationInput {
  name: string;
  /** Absolute URL of the organisation's site. */
  url: string;
  /** Absolute URL of a square logo. */
  logo: string;
  /** Support contact points (phone, email, chat) from the contact data, when available. */
  contactPoint?: readonly ContactPoint[];
  /** The organisation's official profiles elsewhere (social accounts). */
  sameAs?: readonly string[];
}

type OrganizationNode = Exclude<Organization, string>;

export function organizationJsonLd(input: OrganizationInput): WithContext<OrganizationNode> {
  return { '@context': 'https://schema.org', ...organization(input) };
}

function organization({ name, url, logo, contactPoint, sameAs }: OrganizationInput): OrganizationNode {
  return {
    '@type': 'Organization',
    name,
    url,
    logo,
    ...(sameAs?.length ? { sameAs: [...sameAs] } : {}),
    ...(contactPoint?.length ? { contactPoint: [...contactPoint] } : {}),
  };
}

export interface WebSiteInput {
  name: string;
  url: string;
  inLanguage: string;
  /** Absolute search URL with the literal placeholder "{search_term_string}". */
  searchUrlTemplate: string;
}

export const searchTermPlaceholder = '{search_term_string}';

export function webSiteJsonLd(input: WebSiteInput): WithContext<WebSite> {
  if (!input.searchUrlTemplate.includes(searchTermPlaceholder)) {
    throw new Error(`The search URL template must contain ${searchTermPlaceholder}; got ${input.searchUrlTemplate}.`);
  }
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: input.searchUrlTemplate },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: input.name,
    url: input.url,
    inLanguage: input.inLanguage,
    potentialAction: search,
  };
}

export interface ArticleInput {
  headline: string;
  description: string;
  url: string;
  inLanguage: string;
  dateModified?: Date | undefined;
  publisher: OrganizationInput;
}

export function articleJsonLd(input: ArticleInput): WithContext<Article> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: input.inLanguage,
    ...(input.dateModified ? { dateModified: input.dateModified.toISOString() } : {}),
    publisher: organization(input.publisher),
  };
}

/** The trail from the home page to the current page; every item is an absolute URL. */
export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> body. Characters that could end the script
 * element or start HTML (`<`, `>`, `&`) and the JS line separators are escaped, so text from
 * editors ("</script>") can never break out of it.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
