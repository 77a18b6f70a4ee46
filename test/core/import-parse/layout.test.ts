import { describe, expect, it } from 'vitest';
import { EMPTY_ROW, type Grid, type GridCell } from '../../../src/core/import-parse/grid';
import { cleanHeader } from '../../../src/core/import-parse/header-text';
import { mapHeaders } from '../../../src/core/import-parse/header-map';
import { FOLLOW_UP_SYNONYMS, PENALTY_SYNONYMS, SPOT_CHECK_SYNONYMS } from '../../../src/core/import-parse/header-synonyms';
import { findLayout } from '../../../src/core/import-parse/layout';
import { readRecords } from '../../../src/core/import-parse/record-cells';
import { chooseSheet } from '../../../src/core/import-parse/sheet-choice';
import { parseSynonymTable } from '../../../src/core/import-parse/synonym-table';

const grid = (rows: GridCell[][], merges: Grid['merges'] = [], name = 'S', hidden = false): Grid => ({ name, hidden, rows, merges });

describe('headers', () => {
  it('cleans line breaks, glued numbers and brackets', () => {
    expect(cleanHeader('生产日期\n/批号')).toBe('生产日期/批号');
    const m = mapHeaders(['序号\n1', '企业名称2', '产品名称', '生产日期（批号）', '检验结论', 'GB2260代码'], SPOT_CHECK_SYNONYMS);
    expect(m.columns.map((c) => c.label)).toEqual(['序号', '企业名称', '产品名称', '生产日期(批号)', '检验结论', 'GB2260代码']);
    expect(m.fields).toMatchObject({ serial: 0, firmName: 1, productName: 2, productionDateOrBatch: 3, result: 4 });
    expect(m.unmapped).toEqual([5]);
  });

  it('maps two date columns and the sampled unit as the firm when no producer column exists', () => {
    const m = mapHeaders(['被抽样单位名称', '样品名称', '生产日期', '生产批号', '判定结论'], SPOT_CHECK_SYNONYMS);
    expect(m.fields).toMatchObject({ sampledUnit: 0, firmName: 0, productionDate: 2, batch: 3, result: 4 });
    expect(m.missing).toEqual([]);
  });

  it('lets a person override a column, or leave a field out', () => {
    const m = mapHeaders(['企业名称', '产品名称', '备注', '抽查结果'], SPOT_CHECK_SYNONYMS, { result: '备注', remarks: null });
    expect(m.fields.result).toBe(2);
    expect(m.columns[2]?.via).toBe('override');
    expect(m.alternates.result).toEqual([3]);
    expect(m.fields.remarks).toBeUndefined();
  });

  it('maps penalty tables by the national field codes or their Chinese headers', () => {
    const m = mapHeaders(['行政相对人名称', 'CF_WSH', '处罚决定日期', '罚款金额（万元）'], PENALTY_SYNONYMS);
    expect(m.fields).toEqual({ CF_XDR_MC: 0, CF_WSH: 1, CF_JDRQ: 2, CF_NR_FK: 3 });
  });

  it('round-trips the shipped tables through JSON', () => {
    const back = parseSynonymTable(JSON.parse(JSON.stringify(SPOT_CHECK_SYNONYMS)));
    expect(back.ok && back.value).toEqual(SPOT_CHECK_SYNONYMS);
    expect(parseSynonymTable({ kind: 'x', version: 2, fields: [] })).toMatchObject({ ok: false, error: { code: 'E_SYNONYM_TABLE_INVALID' } });
  });
});

describe('findLayout', () => {
  const header = ['序号', '企业名称', '所在地', '产品名称', '抽查结果'];

  it('fills vertical merges, skips phantom rows and stops at the footnote', () => {
    const rows: GridCell[][] = [['某某产品质量监督抽查结果'], header, [1, '甲公司', '湖南', '电线', '合格'], [null, null, null, '电缆', '不合格'], [2, '乙公司', '广东', '插座', '合格']];
    for (let i = 0; i < 65_000; i++) rows.push(EMPTY_ROW as GridCell[]);
    rows.push(['注：按行政区域排序。']);
    const merges = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }, { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } }, { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } }, { s: { r: 2, c: 2 }, e: { r: 3, c: 2 } }];
    const l = findLayout(grid(rows, merges), SPOT_CHECK_SYNONYMS);
    if (!l.ok) throw new Error(l.error.code);
    expect(l.value.headerRows).toEqual([2]);
    expect(l.value.rows.map((r) => [r.rowNumber, ...r.cells])).toEqual([[3, 1, '甲公司', '湖南', '电线', '合格'], [4, 1, '甲公司', '湖南', '电缆', '不合格'], [5, 2, '乙公司', '广东', '插座', '合格']]);
    expect(l.value.rows[1]?.filled).toEqual([0, 1, 2]);
    expect(l.value.footnotes).toEqual([{ rowNumber: 65_006, text: '注：按行政区域排序。' }]);
  });

  it('skips repeated headers, section lines and serial-only rows, and ignores unheaded columns', () => {
    const rows: GridCell[][] = [header, ['一、不合格产品'], [1, '甲公司', '湖南', '电线', '不合格', null, null, 'x'], header, [2], [3, '乙公司', '广东', '插座', '合格']];
    const l = findLayout(grid(rows), SPOT_CHECK_SYNONYMS);
    if (!l.ok) throw new Error(l.error.code);
    expect(l.value.rows.map((r) => r.rowNumber)).toEqual([3, 6]);
    expect(l.value.rows[0]?.cells).toHaveLength(5);
    expect(l.value.skipped.map((s) => s.reason)).toEqual(['section', 'repeated-header', 'serial-only']);
  });

  it('reads a follow-up table with a group header over its sub-headers', () => {
    const rows: GridCell[][] = [
      ['序号', '企业名称', '产品名称', '不合格项目', '后处理情况', null, null],
      [null, null, null, null, '整改情况', '复查结果', '处罚情况'],
      [1, '标称：甲公司', '电线', '导体电阻', '已整改', '复查合格', '处罚金额:2080元'],
      [2, '乙公司', '插座', '结构', '整改中', '/', '移交稽查处理中'],
    ];
    const merges = [{ s: { r: 0, c: 4 }, e: { r: 0, c: 6 } }, { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } }];
    const l = findLayout(grid(rows, merges), FOLLOW_UP_SYNONYMS);
    if (!l.ok) throw new Error(l.error.code);
    expect(l.value.headerRows).toEqual([1, 2]);
    const [first, second] = readRecords(l.value);
    expect(first?.cells).toMatchObject({ firmName: { text: '甲公司', original: '标称：甲公司' }, rectification: { status: 'rectified' }, recheck: { status: 'recheck-passed' }, penalty: { status: 'penalised' }, penaltyAmount: { text: '0.208' } });
    expect(second?.cells.penalty).toMatchObject({ status: 'transferred', text: '移交稽查处理中' });
  });

  it('fills a CSV continuation row only when its 序号 is blank too', () => {
    const rows: GridCell[][] = [header, ['1', '甲公司', '湖南', '电线', '合格'], [null, null, null, '电缆', '合格'], ['2', null, null, '插座', '合格']];
    const l = findLayout(grid(rows), SPOT_CHECK_SYNONYMS);
    if (!l.ok) throw new Error(l.error.code);
    expect(l.value.rows.map((r) => r.cells[1])).toEqual(['甲公司', '甲公司', null]);
  });

  it('refuses a sheet without a header', () => {
    expect(findLayout(grid([['a', 'b'], ['c', 'd']]), SPOT_CHECK_SYNONYMS)).toMatchObject({ ok: false, error: { code: 'E_IMPORT_HEADER' } });
  });
});

describe('chooseSheet', () => {
  it('passes over a hidden empty sheet and prefers a visible one on a tie', () => {
    const data = grid([['企业名称', '产品名称', '抽查结果'], ['甲', '乙', '合格']], [], 'data');
    expect(chooseSheet([grid([], [], 'Sheet1', true), data], SPOT_CHECK_SYNONYMS).index).toBe(1);
    expect(chooseSheet([{ ...data, hidden: true }, data], SPOT_CHECK_SYNONYMS).index).toBe(1);
  });
});
