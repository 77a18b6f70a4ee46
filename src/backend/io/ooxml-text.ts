/** A literal escape sequence in the text, which readers would otherwise decode. */
const LITERAL_ESCAPE = /_x[0-9A-Fa-f]{4}_/g;
/** Characters XML 1.0 cannot carry at all (tab, line feed and carriage return it can). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * A string as an XLSX cell must hold it: characters XML 1.0 cannot carry (a \u0001 or \u000B
 * pasted into an enterprise name) written as `_xHHHH_` (ECMA-376 §22.4.2.4), and a literal
 * `_xHHHH_` escaped in turn as `_x005F_xHHHH_`. Excel, LibreOffice, exceljs and SheetJS all decode
 * these, so the text reads back exactly; written raw, the same characters make the sheet invalid
 * XML that Excel repairs away and LibreOffice and exceljs refuse. XML's own escapes (&, <) are
 * the writer's job and are not done here.
 *
 * @example ooxmlString('a\u0001b') // 'a_x0001_b'
 * @example ooxmlString('_x0041_') // '_x005F_x0041_'
 */
export function ooxmlString(text: string): string {
  return text
    .replace(LITERAL_ESCAPE, (m) => `_x005F${m}`)
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
