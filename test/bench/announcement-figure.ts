import { announcementBench } from './announcements';
import { fmt } from './scale';

/**
 * `npm run bench`: issue 8's figure — a 6,000-row provincial spot-check table imported (preview
 * and commit, matching against 20,000 registered firms included) within 5 s, beside the time to
 * merely read and parse the same file. Not scaled: the issue names the size.
 */
export async function announcementFigure(): Promise<void> {
  const r = await announcementBench();
  console.log(`\n[announcements] ${r.label}`);
  console.log(`baseline  read and parse the file only: ${r.baseline.seconds.toFixed(2)} s`);
  console.log(`measured  preview ${r.previewSeconds.toFixed(2)} s + commit ${r.commitSeconds.toFixed(2)} s = ${r.seconds.toFixed(2)} s  (target ≤ ${r.limitSeconds} s)  ${r.seconds <= r.limitSeconds ? 'MET' : 'NOT MET'}`);
  console.log(`          rows ${fmt(r.rows)}: imported ${fmt(r.imported)}, to review ${fmt(r.review)}, rejected ${fmt(r.rejected)}; ratio to reading alone ${(r.seconds / r.baseline.seconds).toFixed(1)}×`);
}
