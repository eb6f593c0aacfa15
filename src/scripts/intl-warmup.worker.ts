/**
 * Loads the browser's date, time-zone and word-break data (see intl-warmup.ts). The data is
 * shared by the whole page process, so the page's own Intl calls then start warm.
 */
addEventListener('message', ({ data }: MessageEvent<{ segmenter?: string }>) => {
  new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', weekday: 'short', hour: '2-digit', timeZoneName: 'short' }).format(0);
  if (data.segmenter) [...new Intl.Segmenter(data.segmenter, { granularity: 'word' }).segment('预热 warm-up')];
  postMessage(null);
});
