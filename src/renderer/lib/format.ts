/**
 * Times arrive as ISO strings with the +08:00 offset; officers read them as Beijing wall-clock
 * time, so the text is shown as is rather than converted to the machine's zone.
 *
 * @example formatDateTime('2025-03-01T09:30:00.000+08:00') // '2025-03-01 09:30:00'
 */
export function formatDateTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}
