/**
 * Path segments that belong to fixed pages under /<locale>/. A category may not use one,
 * or its page would shadow (or be shadowed by) the fixed page.
 */
export const reservedSegments = ['search', 'contact', 'guides', '404'] as const;

/** A slug as editors write it in file and folder names: lower-case words joined by hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
