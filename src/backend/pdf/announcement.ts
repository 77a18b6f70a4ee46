import { PDFDocument } from 'pdf-lib';
import { embedSubsetFont } from './embed-font';
import { GlyphCache } from './glyphs';
import { PageWriter } from './page-writer';

export type AnnouncementColumn = { header: string; width: number };

export type Announcement = {
  title: string;
  agencyName: string;
  docNo: string;
  /** The date as printed (2026年7月5日) and as metadata (ISO with offset). */
  dateText: string;
  issuedAt: string;
  paragraphs: readonly string[];
  columns: readonly AnnouncementColumn[];
  rows: readonly (readonly string[])[];
  /** Lines at the foot of every page, before the page number. */
  footer: readonly string[];
  font: Uint8Array;
};

const PAGE = { w: 841.89, h: 595.28 } as const; // A4 landscape
const M = { x: 36, top: 40, bottom: 46 } as const;
const CELL = { size: 7.5, lead: 9.5, pad: 2.5 } as const;
const BODY = { size: 10.5, lead: 16 } as const;

type Row = { lines: string[][]; height: number };

/** Cells wrapped to their column widths; the row's height is its tallest cell's. */
function layoutRow(g: GlyphCache, cols: readonly AnnouncementColumn[], cells: readonly string[]): Row {
  const lines = cols.map((c, i) => g.wrap(cells[i] ?? '', c.width - 2 * CELL.pad, CELL.size));
  return { lines, height: Math.max(...lines.map((l) => l.length)) * CELL.lead + 2 * CELL.pad };
}

function drawRow(w: PageWriter, cols: readonly AnnouncementColumn[], row: Row, top: number, header: boolean): void {
  const width = cols.reduce((s, c) => s + c.width, 0);
  if (header) w.shade(M.x, top - row.height, width, row.height, 0.9);
  let x = M.x;
  cols.forEach((c, i) => {
    (row.lines[i] ?? []).forEach((line, k) => w.text(x + CELL.pad, top - CELL.pad - CELL.size - k * CELL.lead + 1, CELL.size, line));
    w.line(x, top, x, top - row.height, 0.4);
    x += c.width;
  });
  w.line(x, top, x, top - row.height, 0.4);
  w.line(M.x, top - row.height, M.x + width, top - row.height, 0.4);
}

/**
 * The formal notice: title, issuing authority, document number, text, the table (its header
 * repeated on every page), the authority and date at the end, and on every page a footer that
 * ties the paper to the signed package. Deterministic: no clock, fixed metadata, a fixed subset
 * tag, fonts from the given bytes only.
 *
 * @example await announcementPdf({ title: '…关于公布严重违法失信名单的公告', rows: [...], font, … }) // Uint8Array
 */
export async function announcementPdf(a: Announcement): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await embedSubsetFont(doc, a.font, 'QCDSUB+NotoSansSC-Regular');
  doc.setTitle(a.title);
  doc.setAuthor(a.agencyName);
  doc.setSubject(a.docNo);
  doc.setCreationDate(new Date(a.issuedAt));
  doc.setModificationDate(new Date(a.issuedAt));
  const g = new GlyphCache(font);
  const header = layoutRow(g, a.columns, a.columns.map((c) => c.header));
  const textWidth = PAGE.w - 2 * M.x;

  // Pass 1: what goes on which page, so each footer can say "page i of n".
  type Block = { kind: 'head' } | { kind: 'row'; row: Row; top: number } | { kind: 'close'; top: number };
  const pages: Block[][] = [[{ kind: 'head' }]];
  const intro = a.paragraphs.flatMap((p) => g.wrap(`\u3000\u3000${p}`, textWidth, BODY.size));
  let y = PAGE.h - M.top - 60 - (intro.length - 1) * BODY.lead - 14;
  const newPage = () => {
    pages.push([]);
    y = PAGE.h - M.top;
  };
  const current = () => pages[pages.length - 1] ?? [];
  let headerHere = false;
  for (const cells of a.rows) {
    const row = layoutRow(g, a.columns, cells);
    if (y - (headerHere ? 0 : header.height) - row.height < M.bottom) {
      newPage();
      headerHere = false;
    }
    if (!headerHere) {
      current().push({ kind: 'row', row: header, top: y });
      y -= header.height;
      headerHere = true;
    }
    current().push({ kind: 'row', row, top: y });
    y -= row.height;
  }
  if (y - 3 * BODY.lead < M.bottom) newPage();
  current().push({ kind: 'close', top: y - BODY.lead * 1.5 });

  // Pass 2: draw.
  pages.forEach((blocks, p) => {
    const w = new PageWriter(doc, doc.addPage([PAGE.w, PAGE.h]), font, g);
    for (const b of blocks) {
      if (b.kind === 'head') {
        w.textCentre(PAGE.w / 2, PAGE.h - M.top - 16, 16, a.title);
        w.textCentre(PAGE.w / 2, PAGE.h - M.top - 38, BODY.size, a.docNo);
        intro.forEach((line, i) => w.text(M.x, PAGE.h - M.top - 60 - i * BODY.lead, BODY.size, line));
      } else if (b.kind === 'row') {
        if (b.row === header) w.line(M.x, b.top, M.x + a.columns.reduce((s, c) => s + c.width, 0), b.top, 0.4);
        drawRow(w, a.columns, b.row, b.top, b.row === header);
      } else {
        w.textRight(PAGE.w - M.x - 20, b.top, BODY.size, a.agencyName);
        w.textRight(PAGE.w - M.x - 20, b.top - BODY.lead, BODY.size, a.dateText);
      }
    }
    a.footer.forEach((line, i) => w.text(M.x, M.bottom - 16 - i * 9, 6.5, line));
    w.textRight(PAGE.w - M.x, M.bottom - 16, 6.5, `第 ${p + 1} 页 共 ${pages.length} 页`);
    w.finish();
  });
  return doc.save({ useObjectStreams: false });
}
