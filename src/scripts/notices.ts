import { belongsTo, formatNoticeTime, isShowing, nextChange, readRuntimeNotices, type NoticeData, type NoticePlace } from '../lib/notices/notices.ts';

/**
 * Service notices in the browser: shows each notice only inside its window by the reader's
 * clock (and looks again when the next one starts or ends), writes its times in the reader's
 * time zone, and adds the notices operators post between deploys in `<base>notices.json`
 * (same origin only, as the CSP's default-src 'self' requires).
 */

interface Texts {
  severity: Record<NoticeData['severity'], string>;
  period: string;
  regions: string;
  separator: string;
  regionNames: Record<string, string>;
}

const runtimeUrl = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}notices.json`;
// Browsers clamp longer timeouts to zero.
const maxTimeout = 2_147_483_647;

const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

function timeElement(date: Date, lang: string): HTMLTimeElement {
  const time = document.createElement('time');
  time.dateTime = date.toISOString();
  time.textContent = formatNoticeTime(date, lang);
  return time;
}

function renderRuntime(list: HTMLElement, notice: NoticeData, locale: string, lang: string, texts: Texts): HTMLElement | undefined {
  const template = list.querySelector<HTMLTemplateElement>('template[data-notice-template]');
  const element = template?.content.firstElementChild?.cloneNode(true);
  if (!(element instanceof HTMLElement)) return undefined;
  element.classList.add(`notice--${notice.severity}`);
  element.dataset.notice = notice.id;
  element.dataset.start = notice.start.toISOString();
  element.dataset.end = notice.end.toISOString();
  element.querySelector('.notice__severity')!.textContent = texts.severity[notice.severity];
  element.querySelector('strong')!.textContent = notice.title[locale] ?? '';
  element.querySelector('.notice__body')!.textContent = notice.body[locale] ?? '';
  const [before, after = ''] = texts.period.split('{start}');
  const [middle, end = ''] = after.split('{end}');
  element.querySelector('.notice__period')!.append(before ?? '', timeElement(notice.start, lang), middle ?? '', timeElement(notice.end, lang), end);
  if (notice.regions.length) {
    const names = notice.regions.map((id) => texts.regionNames[id] ?? id).join(texts.separator);
    element.querySelector('.notice__regions')!.textContent = ` · ${fill(texts.regions, { regions: names })}`;
  }
  return element;
}

function windowOf(element: HTMLElement) {
  return { start: new Date(element.dataset.start ?? ''), end: new Date(element.dataset.end ?? '') };
}

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** Shows what is showing now, and schedules the next look for the next start or end. */
function update(list: HTMLElement): void {
  clearTimeout(timers.get(list));
  const now = new Date();
  const notices = [...list.querySelectorAll<HTMLElement>('[data-notice]')];
  for (const notice of notices) notice.hidden = !isShowing(windowOf(notice), now);
  list.hidden = notices.every((n) => n.hidden);
  const next = nextChange(notices.map(windowOf), now);
  if (next) timers.set(list, setTimeout(() => update(list), Math.min(next.getTime() - now.getTime() + 1, maxTimeout)));
}

async function addRuntimeNotices(list: HTMLElement, place: NoticePlace, locale: string, lang: string, texts: Texts): Promise<void> {
  let json: unknown;
  try {
    const response = await fetch(runtimeUrl, { cache: 'no-cache', credentials: 'same-origin' });
    if (!response.ok) return;
    json = await response.json();
  } catch {
    return;
  }
  const { notices, skipped } = readRuntimeNotices(json, locale);
  for (const reason of skipped) console.warn(`notices.json: skipped ${reason}`);
  for (const notice of notices.filter((n) => belongsTo(n, place))) {
    const element = renderRuntime(list, notice, locale, lang, texts);
    if (!element) continue;
    // A runtime notice with a built notice's id replaces it (an operator corrects or extends it).
    const existing = [...list.querySelectorAll<HTMLElement>('[data-notice]')].find((n) => n.dataset.notice === notice.id);
    if (existing) existing.replaceWith(element);
    else list.querySelector('template')!.before(element);
  }
}

export function startNotices(): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-notices]')) {
    const { locale = '', lang = '' } = list.dataset;
    const place = JSON.parse(list.dataset.place ?? '{"kind":"site"}') as NoticePlace;
    const texts = JSON.parse(list.dataset.texts ?? '{}') as Texts;
    for (const time of list.querySelectorAll<HTMLTimeElement>('[data-notice] time')) {
      time.textContent = formatNoticeTime(new Date(time.dateTime), lang);
    }
    update(list);
    void addRuntimeNotices(list, place, locale, lang, texts).then(() => update(list));
  }
}
