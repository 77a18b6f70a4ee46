import type { ErrorCode } from '../shared/errors';
import { isEmptyMark } from './empty-marks';
import { excelSerialToDate } from './excel-serial';
import { cellText, isNumberCell, isoDay, shownText, type GridCell } from './grid';

export type DatePrecision = 'day' | 'month' | 'year';

/** A 生产日期/批号 cell read: the date with its precision, the batch number, or both. */
export type DateParse = {
  date: string | null;
  precision: DatePrecision | null;
  batch: string | null;
  original: string;
  problem?: Extract<ErrorCode, 'E_IMPORT_DATE_UNREADABLE' | 'E_IMPORT_DATE_INVALID'>;
};

type DateOnly = { date: string; precision: DatePrecision } | 'invalid' | null;

/** Bare digit runs (20130326, 201503, 41631) are dates only in this span; outside it, batches. */
const BARE_MIN_YEAR = 1980;
const BARE_MAX_YEAR = 2035;
/** Dates written with separators are what they say, within reason. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;
/** Excel serials of 1980-01-01 and 2035-12-31: a bare 5-digit number in this span is a date. */
const SERIAL_MIN = 29221;
const SERIAL_MAX = 49674;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function day(y: number, m: number, d: number, min = MIN_YEAR, max = MAX_YEAR): DateOnly {
  if (y < min || y > max || m < 1 || m > 12 || d < 1) return 'invalid';
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return 'invalid';
  return { date: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
}

function month(y: number, m: number, min = MIN_YEAR, max = MAX_YEAR): DateOnly {
  if (y < min || y > max || m < 1 || m > 12) return 'invalid';
  return { date: `${y}-${pad(m)}`, precision: 'month' };
}

/** Two-digit years are this century up to 35 (a production date), the last one after. */
function fullYear(yy: number): number {
  return yy <= 35 ? 2000 + yy : 1900 + yy;
}

type Shape = { re: RegExp; read: (m: RegExpMatchArray) => DateOnly };
const n = (m: RegExpMatchArray, i: number): number => Number(m[i]);

/** Every shape a date alone can take, tried in order; each anchored over the whole token. */
const SHAPES: Shape[] = [
  { re: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/, read: (m) => day(n(m, 1), n(m, 2), n(m, 3)) },
  { re: /^(\d{4})[-/.](\d{1,2})$/, read: (m) => month(n(m, 1), n(m, 2)) },
  { re: /^(\d{2})[-/.](\d{1,2})[-/.](\d{1,2})$/, read: (m) => day(fullYear(n(m, 1)), n(m, 2), n(m, 3)) },
  { re: /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/, read: (m) => day(n(m, 1), n(m, 2), n(m, 3)) },
  { re: /^(\d{4})年(\d{1,2})月份?$/, read: (m) => month(n(m, 1), n(m, 2)) },
  { re: /^(\d{4})年度?$/, read: (m) => (n(m, 1) >= MIN_YEAR && n(m, 1) <= MAX_YEAR ? { date: m[1] ?? '', precision: 'year' } : 'invalid') },
];

/** Bare digits: a date only when valid and plausible, otherwise null (the caller takes a batch). */
function bareDigits(t: string): DateOnly {
  if (/^\d{8}$/.test(t)) {
    const d = day(Number(t.slice(0, 4)), Number(t.slice(4, 6)), Number(t.slice(6)), BARE_MIN_YEAR, BARE_MAX_YEAR);
    return d === 'invalid' ? null : d;
  }
  if (/^\d{6}$/.test(t)) {
    const d = month(Number(t.slice(0, 4)), Number(t.slice(4)), BARE_MIN_YEAR, BARE_MAX_YEAR);
    return d === 'invalid' ? null : d;
  }
  if (/^\d{5}$/.test(t)) {
    const v = Number(t);
    const d = v >= SERIAL_MIN && v <= SERIAL_MAX ? excelSerialToDate(v) : null;
    return d ? { date: isoDay(d), precision: 'day' } : null;
  }
  return null;
}

/** A date token alone: a date, 'invalid' when date-shaped but impossible, or null when not a date. */
function dateToken(token: string): DateOnly {
  for (const s of SHAPES) {
    const m = token.match(s.re);
    if (m) return s.read(m);
  }
  return bareDigits(token);
}

/** What a batch number looks like: letters, digits and a few joiners, with at least one digit. */
const BATCH = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9\-_/.#*()]*$/;

/** Labels and words around the value ("生产日期：", "批号:", "…生产"). */
function stripLabels(t: string): string {
  return t
    .replace(/(生产日期|生产批号|产品批号|批号|日期|批次)\s*[:：]?/g, ' ')
    .replace(/(生产|制造|加工|购进)$/u, '')
    .trim();
}

function result(original: string, fields: Omit<DateParse, 'original'>): DateParse {
  return { ...fields, original };
}

/**
 * Reads a 生产日期 / 批号 cell in any of the shapes agencies write, keeping a month a month
 * and a batch number a batch number. Real date cells and Excel serials are days.
 *
 * @example parseDateCell('2013年3月') // { date: '2013-03', precision: 'month', batch: null, … }
 * @example parseDateCell('2012-09-09/4908507354') // { date: '2012-09-09', precision: 'day', batch: '4908507354', … }
 * @example parseDateCell('20131326') // { date: null, precision: null, batch: '20131326', … }
 */
export function parseDateCell(cell: GridCell): DateParse {
  const original = shownText(cell);
  if (cell instanceof Date) {
    const text = cellText(cell);
    return text === '' ? result(original, { date: null, precision: null, batch: null, problem: 'E_IMPORT_DATE_UNREADABLE' }) : result(original, { date: text, precision: 'day', batch: null });
  }
  if (isNumberCell(cell)) {
    const value = typeof cell === 'number' ? cell : cell.value;
    if (Number.isInteger(value) && value >= SERIAL_MIN && value <= SERIAL_MAX) {
      const d = excelSerialToDate(value);
      if (d) return result(original, { date: isoDay(d), precision: 'day', batch: null });
    }
  }
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (isEmptyMark(text)) return result(original, { date: null, precision: null, batch: null });
  return parseDateText(text, original);
}

function parseDateText(text: string, original: string): DateParse {
  const whole = stripLabels(text);
  const alone = dateToken(whole.replace(/\s+/g, ''));
  if (alone === 'invalid') return result(original, { date: null, precision: null, batch: null, problem: 'E_IMPORT_DATE_INVALID' });
  if (alone) return result(original, { ...alone, batch: null });
  const pair = splitDateAndBatch(whole);
  if (pair) return result(original, pair);
  const compact = whole.replace(/\s+/g, '');
  if (BATCH.test(compact)) return result(original, { date: null, precision: null, batch: compact });
  return result(original, { date: null, precision: null, batch: null, problem: 'E_IMPORT_DATE_UNREADABLE' });
}

/** "2012-09-09/4908507354", "4908507354 2012-09-09", "2013年3月5日 批号A123": a date and a batch. */
function splitDateAndBatch(text: string): Omit<DateParse, 'original'> | null {
  const parts = text.split(/\s*[/,，;；、\s]\s*/u).filter((p) => p !== '');
  if (parts.length < 2) return null;
  // A date may itself hold "/" (2013/3/5): try every split point, longest date first, date
  // before the batch and then after it, so "2013/3/5 A123" is not read as the year 2013.
  const pick = (d: string, b: string): Omit<DateParse, 'original'> | null => {
    const date = dateToken(d);
    return date && date !== 'invalid' && BATCH.test(b) && dateToken(b) === null ? { ...date, batch: b } : null;
  };
  for (let i = parts.length - 1; i >= 1; i--) {
    const found = pick(parts.slice(0, i).join('/'), parts.slice(i).join('/'));
    if (found) return found;
  }
  for (let i = 1; i < parts.length; i++) {
    const found = pick(parts.slice(i).join('/'), parts.slice(0, i).join('/'));
    if (found) return found;
  }
  return null;
}
