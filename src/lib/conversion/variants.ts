/** OpenCC targets: Hong Kong, Taiwan characters, Taiwan with Taiwanese phrases. */
export const variants = ['hk', 'tw', 'twp'] as const;
export type Variant = (typeof variants)[number];
