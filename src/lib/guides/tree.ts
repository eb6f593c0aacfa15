/**
 * The rules a troubleshooter's decision tree must follow, as pure functions: the build
 * (src/data/guides.ts) and `npm run check:content` both report what these find.
 */

/** The parts of a guide the tree rules look at (see src/schemas/guide.ts). */
export interface TreeGuide {
  start: string;
  steps: Readonly<Record<string, TreeStep>>;
}

export interface TreeStep {
  options?: readonly { next: string }[] | undefined;
  article?: string | undefined;
  channel?: string | undefined;
}

export interface TreeProblem {
  /** Field path inside the guide file, e.g. ["steps", "which", "options", 1, "next"]. */
  path: (string | number)[];
  problem: string;
  fix: string;
}

export interface TreeContext {
  /** Article keys ("<category>/<slug>") that exist, per locale. */
  articles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Channel ids of contact.yaml. */
  channels: readonly string[];
}

const isEnd = (step: TreeStep) => !step.options;

/**
 * Every problem of a guide's tree: a missing start or next step, a loop, a step no path reaches,
 * an article missing in a locale, an unknown channel. Empty when every path from the start
 * ends in an answer.
 */
export function treeProblems(guide: TreeGuide, context: TreeContext): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const ids = Object.keys(guide.steps);
  const known = `the steps are: ${ids.join(', ')}`;
  if (!(guide.start in guide.steps)) {
    problems.push({ path: ['start'], problem: `there is no step "${guide.start}".`, fix: `name a step under "steps"; ${known}.` });
  }
  for (const [id, step] of Object.entries(guide.steps)) {
    step.options?.forEach((option, index) => {
      if (!(option.next in guide.steps)) {
        problems.push({
          path: ['steps', id, 'options', index, 'next'],
          problem: `there is no step "${option.next}", so this choice leads nowhere.`,
          fix: `add a step "${option.next}" under "steps" or point next at one of them; ${known}.`,
        });
      }
    });
    if (step.article) {
      for (const [locale, keys] of context.articles) {
        if (!keys.has(step.article)) {
          problems.push({
            path: ['steps', id, 'article'],
            problem: `there is no ${locale} article "${step.article}".`,
            fix: `use the "<category>/<slug>" of an article that exists in every language, or end the step with an answer and a channel.`,
          });
        }
      }
    }
    if (step.channel && !context.channels.includes(step.channel)) {
      problems.push({
        path: ['steps', id, 'channel'],
        problem: `there is no channel "${step.channel}" in contact.yaml.`,
        fix: `use one of: ${context.channels.join(', ')}.`,
      });
    }
  }
  problems.push(...cycles(guide), ...unreachable(guide));
  return problems;
}

/** A choice that leads back to a step already on its path would trap the reader in a loop. */
function cycles(guide: TreeGuide): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const done = new Set<string>();
  const visit = (id: string, onPath: string[]) => {
    const step = guide.steps[id];
    if (!step || done.has(id)) return;
    step.options?.forEach((option, index) => {
      if (option.next === id || onPath.includes(option.next)) {
        const loop = [...onPath.slice(onPath.indexOf(option.next)), id, option.next];
        problems.push({
          path: ['steps', id, 'options', index, 'next'],
          problem: `leads back to "${option.next}", a loop (${loop.join(' → ')}).`,
          fix: 'point this choice at a step further down, or at an end with an answer: every path must finish.',
        });
      } else {
        visit(option.next, [...onPath, id]);
      }
    });
    done.add(id);
  };
  visit(guide.start, []);
  return problems;
}

function unreachable(guide: TreeGuide): TreeProblem[] {
  const reached = new Set<string>();
  const queue = [guide.start];
  while (queue.length) {
    const id = queue.shift()!;
    if (reached.has(id) || !guide.steps[id]) continue;
    reached.add(id);
    queue.push(...(guide.steps[id].options ?? []).map((o) => o.next));
  }
  return Object.keys(guide.steps)
    .filter((id) => !reached.has(id))
    .map((id) => ({
      path: ['steps', id],
      problem: 'no choice leads to this step, so no reader ever sees it.',
      fix: 'point an option\'s next at it, or delete it.',
    }));
}

/**
 * Every path from the start to an end, as the list of step ids it visits. For a valid tree
 * (no loops); tests walk each one, and the page uses it to know which paths are real.
 */
export function guidePaths(guide: TreeGuide): string[][] {
  const walk = (id: string, before: string[]): string[][] => {
    const step = guide.steps[id];
    if (!step || before.includes(id)) return [];
    const path = [...before, id];
    return isEnd(step) ? [path] : (step.options ?? []).flatMap((o) => walk(o.next, path));
  };
  return walk(guide.start, []);
}

/**
 * The longest valid beginning of a path read from a URL (`?path=a/b/c`): it must start at the
 * start step and follow the guide's choices. A shared link with a stale or mistyped path
 * still opens at the last step it can honour.
 */
export function validPathPrefix(guide: TreeGuide, ids: readonly string[]): string[] {
  const path: string[] = [];
  for (const id of ids) {
    const previous = path.at(-1);
    const allowed = previous === undefined ? id === guide.start : (guide.steps[previous]?.options ?? []).some((o) => o.next === id);
    if (!allowed || !guide.steps[id]) break;
    path.push(id);
  }
  return path.length ? path : guide.steps[guide.start] ? [guide.start] : [];
}
