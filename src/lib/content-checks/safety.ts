import { componentNames } from '../../components/mdx/catalog.ts';
import { error, type Finding } from './finding.ts';
import { htmlElements, lineOf, walk, type TreeNode } from './mdx.ts';
import type { Rule } from './rule.ts';

/** Tags that run, load or embed code or other pages, never allowed in an article. */
const codeTags = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'form', 'svg', 'math', 'template']);

export const isCodeTag = (name: string) => codeTags.has(name.toLowerCase());
export const isEventHandler = (attribute: string) => /^on/i.test(attribute);
/** Browsers ignore blanks and control characters inside a scheme, so "java\tscript:" counts too. */
export const isScriptUrl = (url: string) => /^(javascript|vbscript):/i.test(url.replace(/[\u0000-\u0020]/g, ''));

/** `{/* a note *\/}` is how MDX writes a comment: harmless, so allowed. */
const onlyComment = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

const components = componentNames.join(', ');
const excerpt = (text: string) => {
  const line = text.split('\n')[0]!.trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};

/**
 * Articles are content, not code: whatever an article holds is published, so anything that would
 * run at build time (import/export, {expressions}) or in the reader's browser (scripts, styles,
 * frames, event handlers, javascript: links) is refused before the build runs it.
 */
export const safetyRule: Rule = {
  name: 'no-code',
  summary: `Articles are content, not code: no import/export, no {…} expressions, no <script>, <style>, <iframe> or similar tags, no event-handler attributes (onclick, onerror…) and no javascript: links. Figures come from <Fact id>, and the components (${components}) need no import.`,
  example: {
    bad: 'export const days = 5\n\nRefunds take {days} days. <img src="/x.png" onerror="alert(1)" />',
    good: 'Refunds take <Fact id="refund-completion" />.\n\n![The fee shown before you confirm](/images/fee.png)',
  },
  article({ file, tree }) {
    if (!tree) return [];
    const findings: Finding[] = [];
    const fail = (node: TreeNode, field: string, problem: string, fix: string) => findings.push(error(file, lineOf(node), field, problem, fix));
    for (const node of walk(tree)) {
      switch (node.type) {
        case 'mdxjsEsm':
          fail(
            node,
            'import/export',
            `"${excerpt(String(node.value))}": an article cannot import or export code; the build would run it.`,
            `remove the line: the components (${components}) are available without importing, and figures come from content/facts.yaml with <Fact id="…" />.`,
          );
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!onlyComment.test(String(node.value))) {
            fail(
              node,
              'expression',
              `"{${excerpt(String(node.value))}}" is code that the build would run and publish the result of.`,
              'write the text itself; for a figure use <Fact id="…" />; for a literal brace write "\\{".',
            );
          }
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          findings.push(...jsxProblems(file, node));
          break;
        case 'html':
          for (const element of htmlElements(String(node.value))) {
            if (isCodeTag(element.tagName)) fail(node, `<${element.tagName}>`, `the <${element.tagName}> tag would run or embed code in the reader's browser.`, codeTagFix);
            for (const [name, value] of Object.entries(element.properties)) {
              if (isEventHandler(name)) fail(node, name.toLowerCase(), eventProblem(element.tagName, name.toLowerCase()), eventFix);
              else if (typeof value === 'string' && isScriptUrl(value)) fail(node, name, scriptUrlProblem(value), scriptUrlFix);
            }
          }
          break;
        case 'link':
        case 'image':
        case 'definition':
          if (node.url && isScriptUrl(node.url)) fail(node, 'link', scriptUrlProblem(node.url), scriptUrlFix);
          break;
      }
    }
    return findings;
  },
};

const codeTagFix = `remove it: an article is text, images and the components ${components}; ask a developer for anything more.`;
const eventProblem = (tag: string, name: string) => `${name} on <${tag}> is a script that would run in the reader's browser.`;
const eventFix = 'remove the attribute: articles cannot run scripts.';
const scriptUrlProblem = (url: string) => `"${excerpt(url)}" is a script, not a link.`;
const scriptUrlFix = 'link to a page (https://…, /en/<category>/<slug>/) or use <ArticleLink to="<category>/<slug>" />.';

function jsxProblems(file: string, node: TreeNode): Finding[] {
  const findings: Finding[] = [];
  const tag = node.name ?? '';
  const line = lineOf(node);
  if (isCodeTag(tag)) findings.push(error(file, line, `<${tag}>`, `the <${tag}> tag would run or embed code in the reader's browser.`, codeTagFix));
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      findings.push(error(file, line, `<${tag}>`, `"{${excerpt(String(attribute.value))}}" is code in an attribute.`, 'write each attribute as name="text".'));
    } else if (attribute.name && isEventHandler(attribute.name)) {
      findings.push(error(file, line, attribute.name, eventProblem(tag, attribute.name), eventFix));
    } else if (attribute.value && typeof attribute.value === 'object') {
      const code = String((attribute.value as { value?: unknown }).value ?? '');
      findings.push(error(file, line, `<${tag}> ${attribute.name}`, `"{${excerpt(code)}}" is code in an attribute.`, `write the value as text in quotes: ${attribute.name}="…".`));
    } else if (typeof attribute.value === 'string' && isScriptUrl(attribute.value)) {
      findings.push(error(file, line, `<${tag}> ${attribute.name}`, scriptUrlProblem(attribute.value), scriptUrlFix));
    }
  }
  return findings;
}
