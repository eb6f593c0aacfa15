import { readAvailability, showAvailability, visitorRegion } from './availability.ts';

const data = readAvailability();
if (data) {
  const region = visitorRegion(data);
  showAvailability(data, region, new Date());
  // Keep the status right for a page left open across an opening or closing time.
  setInterval(() => showAvailability(data, region, new Date()), 60_000);
}
