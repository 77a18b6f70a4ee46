import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

type Subset = { glyf: Uint8Array[]; offset: number; _addGlyph(this: Subset, gid: number): number };

/**
 * Embeds the font as a subset, working around a bug of @pdf-lib/fontkit 1.1.1: its TrueType
 * subsetter copies each glyph's bytes as they are, and when the subset is small enough for the
 * short `loca` format (offsets stored halved) a glyph of odd length shifts every later glyph by a
 * byte — pdftotext still extracts the text, but those characters render blank. Padding each glyph
 * to an even length (allowed by the TrueType spec, and what the short format assumes) fixes it.
 * The subset tag is fixed, so the bytes do not depend on pdf-lib's random font-name suffix.
 */
export async function embedSubsetFont(doc: PDFDocument, bytes: Uint8Array, name: string): Promise<PDFFont> {
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(bytes, { subset: true, customName: name });
  const subset = (font as unknown as { embedder: { subset?: Subset } }).embedder.subset;
  if (!subset) throw new Error('pdf-lib no longer embeds subsets the way embedSubsetFont patches');
  const addGlyph = Object.getPrototypeOf(subset)._addGlyph as Subset['_addGlyph'];
  subset._addGlyph = function padded(this: Subset, gid: number): number {
    const index = addGlyph.call(this, gid);
    const data = this.glyf[index];
    if (data && data.length % 2 === 1) {
      // Of fontkit's own (bundled) Buffer class: its stream writer takes nothing else.
      const B = data.constructor as unknown as { concat(list: Uint8Array[]): Uint8Array; alloc(n: number): Uint8Array };
      this.glyf[index] = B.concat([data, B.alloc(1)]);
      this.offset += 1;
    }
    return index;
  };
  return font;
}
