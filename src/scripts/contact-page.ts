import { openStatus } from '../lib/contact/hours.ts';
import { regionForTimeZone, type ContactPageData } from '../lib/contact/page-data.ts';

/** Open-now status in the visitor's own time zone for every hours row. */
function showStatus(data: ContactPageData, now: Date): void {
  const time = new Intl.DateTimeFormat(data.lang, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (const element of document.querySelectorAll<HTMLElement>('[data-open-status]')) {
    const schedule = data.schedules.find((s) => s.channel === element.dataset.channel && s.region === element.dataset.region);
    if (!schedule) continue;
    const status = openStatus(schedule.hours, schedule.timeZone, now);
    const { messages } = data;
    element.textContent = status.open
      ? status.closesAt
        ? messages.openUntil.replace('{time}', time.format(status.closesAt))
        : messages.openAlways
      : status.opensAt
        ? messages.closedUntil.replace('{time}', time.format(status.opensAt))
        : messages.closed;
    element.dataset.state = status.open ? 'open' : 'closed';
    element.hidden = false;
  }
}

/** Shows one region's numbers and hours; the plain list of all regions stays without JS. */
function setUpRegionSelector(data: ContactPageData): void {
  const picker = document.querySelector<HTMLElement>('[data-region-picker]');
  const select = picker?.querySelector('select');
  if (!picker || !select) return;
  const apply = () => {
    for (const row of document.querySelectorAll<HTMLElement>('[data-region]')) {
      row.hidden = select.value !== '' && row.dataset.region !== select.value;
    }
  };
  const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  select.value = regionForTimeZone(data.regions, visitorZone) ?? '';
  select.addEventListener('change', apply);
  picker.hidden = false;
  apply();
}

const source = document.getElementById('contact-data');
if (source?.textContent) {
  const data = JSON.parse(source.textContent) as ContactPageData;
  showStatus(data, new Date());
  setUpRegionSelector(data);
  // Keep the status right for a page left open across an opening or closing time.
  setInterval(() => showStatus(data, new Date()), 60_000);
}
