import { describe, expect, it } from 'vitest';
import { parseAmountWan } from '../../../src/core/import-parse/amounts';
import { parseFollowUp } from '../../../src/core/import-parse/follow-up';
import { parseResult, splitFailedItems } from '../../../src/core/import-parse/results';

describe('results', () => {
  it.each([
    ['合格', 'pass'], ['符合', 'pass'], ['所检项目符合标准要求', 'pass'], ['不合格', 'fail'], ['不符合', 'fail'],
    ['不符合标准要求', 'fail'], ['判定不合格', 'fail'], ['拒检', 'refused'], ['拒绝抽检', 'refused'], ['拒绝接受抽查', 'refused'],
  ])('%s → %s', (text, result) => expect(parseResult(text).result).toBe(result));

  it('leaves empty marks empty and reports the rest', () => {
    expect(parseResult('——')).toEqual({ result: null, original: '——' });
    expect(parseResult('待定').problem).toBe('E_IMPORT_RESULT_UNREADABLE');
  });
});

describe('failed items', () => {
  it('splits on every separator but not inside brackets or units', () => {
    expect(splitFailedItems('甲醛含量、pH值；标签\n耐水色牢度')).toEqual(['甲醛含量', 'pH值', '标签', '耐水色牢度']);
    expect(splitFailedItems('标志（警示、说明）,发热;结构/输入功率')).toEqual(['标志（警示、说明）', '发热', '结构', '输入功率']);
    expect(splitFailedItems('铅含量(mg/kg)，苯甲酸 mg/kg')).toEqual(['铅含量(mg/kg)', '苯甲酸 mg/kg']);
    expect(splitFailedItems('1.标签 2、净含量')).toEqual(['标签 2', '净含量']);
    expect(splitFailedItems('/')).toEqual([]);
  });
});

describe('amounts in 万元', () => {
  it.each([
    ['处罚金额:2080元', '0.208'], ['罚款2.5万元', '2.5'], ['罚没款合计 1,200 元', '0.12'], ['120000元', '12'], ['0.5万', '0.5'],
  ])('%s → %s', (text, wan) => expect(parseAmountWan(text).wan).toBe(wan));

  it('takes the column unit for bare numbers, and reports text without a number', () => {
    expect(parseAmountWan('3', 'wan').wan).toBe('3');
    expect(parseAmountWan('3').wan).toBe('0.0003');
    expect(parseAmountWan('另行通知').problem).toBe('E_IMPORT_AMOUNT_UNREADABLE');
  });
});

describe('follow-up status', () => {
  it.each([
    ['已整改', 'rectified'], ['已整改，复查合格', 'recheck-passed'], ['复查不合格', 'recheck-failed'], ['移交稽查处理中', 'transferred'],
    ['已立案', 'case-filed'], ['已处罚', 'penalised'], ['不予处罚', 'not-penalised'], ['企业已注销', 'unreachable'], ['责令整改', 'rectifying'],
  ])('%s → %s', (text, status) => expect(parseFollowUp(text).status).toBe(status));

  it('reads a penalty amount and keeps the text', () => {
    expect(parseFollowUp('处罚金额:2080元')).toMatchObject({ status: 'penalised', penaltyWan: '0.208', original: '处罚金额:2080元' });
    expect(parseFollowUp('说不清').problem).toBe('E_IMPORT_STATUS_UNREADABLE');
  });
});
