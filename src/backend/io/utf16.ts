/** How much of a file's start the UTF-16 guess looks at: enough for a header and a few rows. */
const SAMPLE_BYTES = 4096;

export type Utf16 = 'utf-16le' | 'utf-16be';

/**
 * Whether a text file is UTF-16 ("Unicode text" as Excel and Notepad save it). With a byte order
 * mark it is certain. Without one it is a guess, made only when it is clear: UTF-8 and GB18030
 * text never holds NUL bytes, while UTF-16 puts one beside every ASCII character (commas, line
 * breaks, digits), always on the same side of the pair. So: NULs on one side in at least one pair
 * in twelve, and at most a tenth as many on the other (a CJK character such as 一, U+4E00, has a
 * NUL byte of its own on that side). A file of Chinese text alone without a BOM and without
 * one ASCII character is not recognised; CSV always has commas and line breaks.
 *
 * @example utf16Of(Buffer.from([0xff, 0xfe, 0x41, 0x00])) // 'utf-16le'
 * @example utf16Of(Buffer.from('a,b\r\n', 'utf16le')) // 'utf-16le'
 * @example utf16Of(Buffer.from('企业,代码\n', 'utf8')) // null
 */
export function utf16Of(bytes: Uint8Array): Utf16 | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  const clear = (some: number, few: number) => some >= 2 && some * 12 >= pairs && few * 10 <= some;
  if (clear(oddNul, evenNul)) return 'utf-16le';
  if (clear(evenNul, oddNul)) return 'utf-16be';
  return null;
}
