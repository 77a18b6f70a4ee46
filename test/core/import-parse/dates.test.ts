import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parseDateCell } from '../../../src/core/import-parse/dates';
import { excelSerialToDate } from '../../../src/core/import-parse/excel-serial';

const iso = (d: Date | null): string | null => d?.toISOString().slice(0, 10) ?? null;

describe('Excel serial dates', () => {
  it('agrees with Excel (and SheetJS) across the 1900 leap-year bug', () => {
    expect(iso(excelSerialToDate(41631))).toBe('2013-12-23');
    expect(XLSX.SSF.format('yyyy-mm-dd', 41631)).toBe('2013-12-23');
    expect(iso(excelSerialToDate(59))).toBe('1900-02-28');
    expect(excelSerialToDate(60)).toBeNull(); // 1900-02-29 never existed
    expect(iso(excelSerialToDate(61))).toBe('1900-03-01');
    expect(iso(excelSerialToDate(43831))).toBe('2020-01-01');
  });
});

describe('parseDateCell', () => {
  it.each([
    ['2013-03-18', '2013-03-18', 'day', null],
    ['2013-03', '2013-03', 'month', null],
    ['2013/3/5', '2013-03-05', 'day', null],
    ['2013.7.1', '2013-07-01', 'day', null],
    ['12-1-15', '2012-01-15', 'day', null],
    ['2011年12月28日', '2011-12-28', 'day', null],
    ['2013年3月', '2013-03', 'month', null],
    ['2013年', '2013', 'year', null],
    ['20130326', '2013-03-26', 'day', null],
    ['201503', '2015-03', 'month', null],
    ['41631', '2013-12-23', 'day', null],
    ['２０１３－０３－１８', '2013-03-18', 'day', null],
    ['2012-09-09/4908507354', '2012-09-09', 'day', '4908507354'],
    ['4908507354/2012-09-09', '2012-09-09', 'day', '4908507354'],
    ['2013/3/5 A123', '2013-03-05', 'day', 'A123'],
    ['生产日期：2013-01-02 批号：P-01', '2013-01-02', 'day', 'P-01'],
    ['4908507354', null, null, '4908507354'],
    ['20130326A', null, null, '20130326A'],
    ['B2013-01', null, null, 'B2013-01'],
    ['20131399', null, null, '20131399'],
    ['19500101', null, null, '19500101'],
    ['123456789012', null, null, '123456789012'],
  ])('%s', (text, date, precision, batch) => {
    expect(parseDateCell(text)).toEqual({ date, precision, batch, original: text });
  });

  it.each(['/', '-', '—', '——', '──', '----', '无', '空', '', '  ', '／'])('reads %j as empty, not as a problem', (text) => {
    expect(parseDateCell(text)).toMatchObject({ date: null, batch: null });
    expect(parseDateCell(text).problem).toBeUndefined();
  });

  it('takes real date cells and serial numbers as days', () => {
    expect(parseDateCell(new Date(Date.UTC(2013, 2, 18)))).toMatchObject({ date: '2013-03-18', precision: 'day' });
    expect(parseDateCell(41631)).toMatchObject({ date: '2013-12-23', precision: 'day' });
    expect(parseDateCell({ value: 4908507354, text: '4908507354' })).toMatchObject({ date: null, batch: '4908507354' });
  });

  it('reports what is neither a date nor a batch, and impossible dates', () => {
    expect(parseDateCell('见包装')).toMatchObject({ date: null, batch: null, problem: 'E_IMPORT_DATE_UNREADABLE' });
    expect(parseDateCell('2013-02-30')).toMatchObject({ date: null, problem: 'E_IMPORT_DATE_INVALID' });
    expect(parseDateCell('2013-13')).toMatchObject({ date: null, problem: 'E_IMPORT_DATE_INVALID' });
  });
});
