import { zlibSync } from 'fflate';
import { PDFRawStream, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { GlyphCache } from './glyphs';

const n = (x: number): string => (Math.round(x * 100) / 100).toString();

/**
 * One page's content stream, written as PDF operators directly: pdf-lib's drawText builds a dozen
 * objects per call, too slow for thousands of pages. Compressed with fflate (pure JavaScript, a
 * pinned version) so the bytes are the same under Node and Electron.
 *
 * Lines and shading are painted first and all text after them in one text object, the font set
 * only when the size changes: a table page is then a third smaller than with a text object per
 * cell, and the text still lies on top of the shaded header.
 */
export class PageWriter {
  private readonly graphics: string[] = [];
  private readonly texts: string[] = [];
  private size = 0;
  private readonly fontKey: string;

  constructor(private readonly doc: PDFDocument, private readonly page: PDFPage, font: PDFFont, private readonly glyphs: GlyphCache) {
    this.fontKey = page.node.newFontDictionary(font.name, font.ref).asString();
  }

  text(x: number, y: number, size: number, s: string): void {
    if (s === '') return;
    if (size !== this.size) {
      this.texts.push(`${this.fontKey} ${n(size)} Tf`);
      this.size = size;
    }
    this.texts.push(`1 0 0 1 ${n(x)} ${n(y)} Tm <${this.glyphs.hex(s)}> Tj`);
  }

  /** Text ending at `x`. */
  textRight(x: number, y: number, size: number, s: string): void {
    this.text(x - this.glyphs.width(s, size), y, size, s);
  }

  textCentre(x: number, y: number, size: number, s: string): void {
    this.text(x - this.glyphs.width(s, size) / 2, y, size, s);
  }

  line(x1: number, y1: number, x2: number, y2: number, width = 0.5): void {
    this.graphics.push(`${n(width)} w ${n(x1)} ${n(y1)} m ${n(x2)} ${n(y2)} l S`);
  }

  /** A filled rectangle in grey (0 black … 1 white). */
  shade(x: number, y: number, w: number, h: number, grey: number): void {
    this.graphics.push(`${n(grey)} g ${n(x)} ${n(y)} ${n(w)} ${n(h)} re f 0 g`);
  }

  finish(): void {
    const text = this.texts.length > 0 ? `\nBT\n${this.texts.join('\n')}\nET` : '';
    const data = zlibSync(Buffer.from(`${this.graphics.join('\n')}${text}`, 'latin1'), { level: 1 });
    const stream = PDFRawStream.of(this.doc.context.obj({ Filter: 'FlateDecode', Length: data.length }), data);
    this.page.node.addContentStream(this.doc.context.register(stream));
  }
}
