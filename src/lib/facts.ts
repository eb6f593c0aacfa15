/** What a fact's value counts. */
export const factUnits = ['business-days', 'days', 'hours', 'minutes', 'amount', 'percent', 'count'] as const;

/**
 * A figure articles and guides quote rather than type (<Fact id>, {fact:id}): an entry of
 * content/facts.yaml once src/schemas/facts.ts, which documents each field, has validated it.
 */
export interface Fact {
  id: string;
  value: string;
  unit: (typeof factUnits)[number];
  /** The figure as it reads inside a sentence, per locale code. */
  text: Record<string, string>;
  /** Not yet confirmed by OKPay: a production build refuses it. */
  placeholder: boolean;
  source?: string | undefined;
}
