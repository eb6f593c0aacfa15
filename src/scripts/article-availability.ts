import { intlWarm } from './intl-warmup.ts';
import { readAvailability, showAvailability, visitorRegion } from './availability.ts';

const data = readAvailability();
if (data) {
  void intlWarm().then(() => {
    const region = visitorRegion(data);
    void showAvailability(data, region, new Date());
    // Keep the status right for a page left open across an opening or closing time.
    setInterval(() => void showAvailability(data, region, new Date()), 60_000);
  });
}
