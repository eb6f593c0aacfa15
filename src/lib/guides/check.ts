import { factRefs } from './facts.ts';
import { treeProblems, type TreeContext, type TreeGuide, type TreeProblem, type TreeStep } from './tree.ts';

type Texts = Readonly<Record<string, string>>;

/** A guide as its schema outputs it, reduced to what the checks read. */
interface CheckedStep extends TreeStep {
  question?: Texts | undefined;
  hint?: Texts | undefined;
  answer?: Texts | undefined;
  options?: readonly { next: string; label: Texts }[] | undefined;
}

export interface CheckedGuide extends TreeGuide {
  title: Texts;
  description: Texts;
  categories: readonly string[];
  steps: Readonly<Record<string, CheckedStep>>;
}

export interface GuideContext extends TreeContext {
  categories: readonly string[];
  facts: readonly string[];
}

/**
 * Everything wrong with one guide besides its schema: the tree rules, categories that do not
 * exist, `{fact:id}` references to unknown facts. The build and check:content both use it.
 */
export function guideProblems(guide: CheckedGuide, context: GuideContext): TreeProblem[] {
  const problems = treeProblems(guide, context);
  guide.categories.forEach((category, index) => {
    if (!context.categories.includes(category)) {
      problems.push({ path: ['categories', index], problem: `"${category}" is not in categories.yaml.`, fix: `use one of: ${context.categories.join(', ')}.` });
    }
  });
  type Located = [(string | number)[], Texts | undefined];
  const texts: Located[] = [
    [['title'], guide.title],
    [['description'], guide.description],
    ...Object.entries(guide.steps).flatMap(([id, step]): Located[] => [
      [['steps', id, 'question'], step.question],
      [['steps', id, 'hint'], step.hint],
      [['steps', id, 'answer'], step.answer],
      ...(step.options ?? []).map((o, i): Located => [['steps', id, 'options', i, 'label'], o.label]),
    ]),
  ];
  for (const [path, text] of texts) {
    for (const [locale, value] of Object.entries(text ?? {})) {
      for (const id of factRefs(value)) {
        if (!context.facts.includes(id)) {
          problems.push({ path: [...path, locale], problem: `{fact:${id}} is not a fact in facts.yaml.`, fix: `use one of: ${context.facts.join(', ')}; or add the fact there.` });
        }
      }
    }
  }
  return problems;
}
