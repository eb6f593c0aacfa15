import { fill } from '../lib/message-format.ts';
import { intlWarm } from './intl-warmup.ts';
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

/** Its text is written when the notice shows (localizeTimes). */
function timeElement(date: Date): HTMLTimeElement {
  const time = document.createElement('time');
  time.dateTime = date.toISOString();
  return time;
}

function renderRuntime(list: HTMLElement, notice: NoticeData, locale: string, texts: Texts): HTMLElement | undefined {
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
  element.querySelector('.notice__period')!.append(before ?? '', timeElement(notice.start), middle ?? '', timeElement(notice.end), end);
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

/**
 * Writes a built notice's times in the reader's time zone. Only for notices that show: the
 * first formatter with a zone name costs a phone tens of milliseconds, and most page views have
 * only notices that have not started.
 */
function localizeTimes(notice: HTMLElement, lang: string): void {
  if (notice.dataset.localized) return;
  for (const time of notice.querySelectorAll<HTMLTimeElement>('time')) time.textContent = formatNoticeTime(new Date(time.dateTime), lang);
  notice.dataset.localized = 'true';
}

/** Shows what is showing now, and schedules the next look for the next start or end. */
function update(list: HTMLElement): void {
  clearTimeout(timers.get(list));
  const now = new Date();
  const notices = [...list.querySelectorAll<HTMLElement>('[data-notice]')];
  for (const notice of notices) {
    notice.hidden = !isShowing(windowOf(notice), now);
    if (!notice.hidden) void intlWarm().then(() => localizeTimes(notice, list.dataset.lang ?? ''));
  }
  list.hidden = notices.every((n) => n.hidden);
  const next = nextChange(notices.map(windowOf), now);
  if (next) timers.set(list, setTimeout(() => update(list), Math.min(next.getTime() - now.getTime() + 1, maxTimeout)));
}

async function addRuntimeNotices(list: HTMLElement, place: NoticePlace, locale: string, texts: Texts): Promise<void> {
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
    const element = renderRuntime(list, notice, locale, texts);
    if (!element) continue;
    // A runtime notice with a built notice's id replaces it (an operator corrects or extends it).
    const existing = [...list.querySelectorAll<HTMLElement>('[data-notice]')].find((n) => n.dataset.notice === notice.id);
    if (existing) existing.replaceWith(element);
    else list.querySelector('template')!.before(element);
  }
}

export function startNotices(): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-notices]')) {
    const { locale = '' } = list.dataset;
    const place = JSON.parse(list.dataset.place ?? '{"kind":"site"}') as NoticePlace;
    const texts = JSON.parse(list.dataset.texts ?? '{}') as Texts;
    update(list);
    void addRuntimeNotices(list, place, locale, texts).then(() => update(list));
  }
}
