/**
 * Components editors may use in any article without importing them, e.g. <Steps>. They are
 * handed to every rendered article by the article page.
 */
export const mdxComponents = {};
