import type { PDFFont } from 'pdf-lib';

type Glyph = { hex: string; width: number };

/**
 * Text → the font's glyph codes, one character at a time through a cache. pdf-lib shapes every
 * string with fontkit's layout engine, which costs ~40 µs a call; a 100,000-row table has a million
 * cells. Chinese text needs no shaping, so each distinct character is encoded once (which also adds
 * it to the embedded subset and its ToUnicode map, so text extraction gives it back) and reused.
 */
export class GlyphCache {
  private readonly glyphs = new Map<string, Glyph>();

  constructor(private readonly font: PDFFont) {}

  private glyph(ch: string): Glyph {
    let g = this.glyphs.get(ch);
    if (!g) {
      g = { hex: this.font.encodeText(ch).toString().slice(1, -1), width: this.font.widthOfTextAtSize(ch, 1) };
      this.glyphs.set(ch, g);
    }
    return g;
  }

  /** The hex string operand of `Tj`, without the angle brackets. */
  hex(text: string): string {
    let out = '';
    for (const ch of text) out += this.glyph(ch).hex;
    return out;
  }

  width(text: string, size: number): number {
    let w = 0;
    for (const ch of text) w += this.glyph(ch).width;
    return w * size;
  }

  /**
   * Breaks text into lines no wider than `max` at the given size: at any character (Chinese has no
   * spaces to break at), preferring an explicit newline. Never drops a character.
   *
   * @example cache.wrap('某某有限公司', 20, 10) // ['某某', '有限', '公司']
   */
  wrap(text: string, max: number, size: number): string[] {
    const lines: string[] = [];
    for (const para of text.split(/\r?\n/)) {
      let line = '';
      let w = 0;
      for (const ch of para) {
        const cw = this.glyph(ch).width * size;
        if (line !== '' && w + cw > max) {
          lines.push(line);
          line = '';
          w = 0;
        }
        line += ch;
        w += cw;
      }
      lines.push(line);
    }
    return lines;
  }
}
