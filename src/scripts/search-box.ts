/** The search boxes that become instant-search comboboxes (the results page's own box does not). */
export const searchBox = 'form[data-search-combobox] input[type="search"]';
