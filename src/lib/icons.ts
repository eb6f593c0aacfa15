/**
 * Category icons as 24×24 stroke paths. Inline SVG keeps the pages free of icon fonts and
 * extra requests; the names are what `content/categories.yaml` may use.
 */
export const icons = {
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0',
  key: 'M15 7a4 4 0 1 1-3.9 4.9L4 19v-3h3v-3h3l1.1-1.1A4 4 0 0 1 15 7Zm1.5 2.5h.01',
  card: 'M3 6h18v12H3zM3 10h18M7 15h4',
  wallet: 'M4 7h14a2 2 0 0 1 2 2v9H4a1 1 0 0 1-1-1V6a2 2 0 0 1 2-2h11v3M16 13h.01',
  shield: 'M12 3 5 6v5c0 4.5 3 8.5 7 10 4-1.5 7-5.5 7-10V6l-7-3Zm-3 9 2 2 4-4',
  tool: 'M14.7 6.3a4 4 0 0 0-5.4 5.4L3 18l3 3 6.3-6.3a4 4 0 0 0 5.4-5.4l-2.6 2.6-2.4-.6-.6-2.4 2.6-2.6Z',
  chat: 'M4 5h16v11H9l-5 4V5Zm4 5h8M8 13h5',
  search: 'M11 18a7 7 0 1 1 0-14 7 7 0 0 1 0 14Zm5-2 5 5',
  globe: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm-9-9h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3Z',
  transfer: 'M4 8h15l-3-3M20 16H5l3 3',
  percent: 'M19 5 5 19M7 9a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm10 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z',
  alert: 'M12 3 2 20h20L12 3Zm0 6v5m0 3h.01',
  lock: 'M6 11h12v10H6zM8 11V8a4 4 0 0 1 8 0v3',
  briefcase: 'M3 8h18v12H3zM9 8V5h6v3M3 13h18',
} as const;

export type IconName = keyof typeof icons;
export const iconNames = Object.keys(icons) as [IconName, ...IconName[]];
