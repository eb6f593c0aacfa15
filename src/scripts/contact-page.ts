import { intlWarm } from './intl-warmup.ts';
import { readAvailability, showAvailability, visitorRegion, type AvailabilityPageData } from './availability.ts';

/**
 * The region picker starts at the visitor's region (its own or a nearby time zone) and narrows
 * every hours list to the chosen region; the badges follow the choice.
 */
function setUpRegions(data: AvailabilityPageData): void {
  const picker = document.querySelector<HTMLElement>('[data-region-picker]');
  const select = picker?.querySelector('select');
  const region = () => (select?.value ? select.value : undefined);
  const apply = () => {
    for (const row of document.querySelectorAll<HTMLElement>('[data-region]')) {
      row.hidden = region() !== undefined && row.dataset.region !== region();
    }
    void showAvailability(data, region(), new Date());
  };
  if (picker && select) {
    select.value = visitorRegion(data) ?? '';
    select.addEventListener('change', apply);
    picker.hidden = false;
  }
  apply();
  // Keep the status right for a page left open across an opening or closing time.
  setInterval(() => void showAvailability(data, region(), new Date()), 60_000);
}

const availability = readAvailability();
if (availability) void intlWarm().then(() => setUpRegions(availability));
