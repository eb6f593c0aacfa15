/**
 * The components an article may use, with the attributes each one takes. The one list: the article
 * page hands exactly these to MDX (index.ts must match it, the type checker makes sure), and the
 * content check rejects any other tag or attribute. Plain TypeScript, so check:content can read
 * it without Astro.
 */
export interface ComponentSpec {
  /** What it is for, in CONTRIBUTING.md. */
  purpose: string;
  /** Attribute name → whether it is required and, if only some values work, which. Values are plain text in quotes. */
  attributes: Readonly<Record<string, { required: boolean; values?: readonly string[] }>>;
  example: string;
}

export const calloutTypes = ['tip', 'note', 'warning', 'danger'] as const;

export const componentCatalog = {
  ArticleLink: {
    purpose: 'a link to another article of the same language',
    attributes: { to: { required: true } },
    example: '<ArticleLink to="signing-in/reset-password" />',
  },
  Callout: {
    purpose: 'a boxed tip, note, warning or danger',
    attributes: { type: { required: false, values: calloutTypes }, title: { required: false } },
    example: '<Callout type="warning">Never share your verification code.</Callout>',
  },
  ContactChannel: {
    purpose: 'an official support channel from content/contact.yaml',
    attributes: { channel: { required: true }, start: { required: false } },
    example: '<ContactChannel channel="email" />',
  },
  Fact: {
    purpose: 'a figure from content/facts.yaml',
    attributes: { id: { required: true } },
    example: '<Fact id="refund-completion" />',
  },
  Regions: {
    purpose: 'the list of countries and regions with their own support numbers and hours, from content/contact.yaml',
    attributes: {},
    example: '<Regions />',
  },
  Steps: {
    purpose: 'numbered steps around a Markdown list',
    attributes: {},
    example: '<Steps>\n\n1. Open the app.\n2. Select **Pay**.\n\n</Steps>',
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof componentCatalog;

export const componentNames = Object.keys(componentCatalog) as ComponentName[];
