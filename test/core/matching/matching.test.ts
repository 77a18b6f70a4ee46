import { describe, expect, it } from 'vitest';
import { classifyMatch, matchScore, rankMatches } from '../../../src/core/matching/classify';
import { parseName } from '../../../src/core/matching/name';

describe('parseName', () => {
  it('takes a name apart', () => {
    expect(parseName('湖南省长沙市某某食品科技有限责任公司')).toMatchObject({ regions: ['湖南', '长沙'], legalForm: '有限公司', tradeName: '某某', industry: ['食品', '科技'], branch: null });
    expect(parseName('某某（北京）科技有限公司')).toMatchObject({ regions: ['北京'], tradeName: '某某' });
    expect(parseName('标称：某某电器（集团）股份有限公司')).toMatchObject({ group: true, legalForm: '股份有限公司', tradeName: '某某' });
    expect(parseName('湖南某某食品有限公司长沙分公司')).toMatchObject({ branch: '长沙分公司', tradeName: '某某' });
  });
});

describe('matching', () => {
  it.each([
    ['full-width brackets', '某某(北京)科技有限公司', '某某（北京）科技有限公司'],
    ['traditional characters', '廣東華興實業有限公司', '广东华兴实业有限公司'],
    ['region prefix moved', '北京某某科技有限公司', '某某(北京)科技有限公司'],
    ['legal form spelled out', '长沙某某电器有限责任公司', '长沙某某电器有限公司'],
    ['标称 prefix and spaces', '标称：长沙 某某 电器有限公司', '长沙某某电器有限公司'],
  ])('%s: the same name, a candidate for review (never linked by name alone)', (_why, a, b) => {
    expect(matchScore({ name: a }, { name: b }).score).toBe(1);
    expect(classifyMatch({ name: a }, { name: b })).toMatchObject({ verdict: 'candidate', reason: 'name-equal' });
  });

  it('never matches a branch office to its head office', () => {
    const d = classifyMatch({ name: '湖南某某食品有限公司长沙分公司' }, { name: '湖南某某食品有限公司' });
    expect(d).toMatchObject({ verdict: 'none', reason: 'branch-vs-head-office' });
    expect(d.name.parts.branch).toBe(0);
  });

  it('never links the same name with different credit codes, and links equal codes whatever the name', () => {
    expect(classifyMatch({ name: '某某有限公司', uscc: '91350200776049653A' }, { name: '某某有限公司', uscc: '91440101MA5CJQ4N59' })).toMatchObject({ verdict: 'none', reason: 'uscc-differ' });
    expect(classifyMatch({ name: '某某有限公司', uscc: '91350200776049653a' }, { name: '另一个名字有限公司', uscc: '91350200776049653A' })).toMatchObject({ verdict: 'sure', reason: 'uscc-equal' });
    expect(classifyMatch({ name: 'x公司', orgCode: '77604965-3' }, { name: 'y公司', uscc: '91350200776049653A' })).toMatchObject({ verdict: 'sure', reason: 'org-code-equal' });
  });

  it('tells different firms apart and weighs industry words lightly', () => {
    expect(classifyMatch({ name: '北京某某科技有限公司' }, { name: '上海某某科技有限公司' }).verdict).toBe('none');
    expect(classifyMatch({ name: '长沙华兴电器有限公司' }, { name: '长沙美达电器有限公司' }).verdict).toBe('none');
    expect(classifyMatch({ name: '长沙华兴食品科技有限公司' }, { name: '长沙华兴食品有限公司' }).verdict).toBe('candidate');
  });

  it('links an exact name in the same province only when the workspace allows it', () => {
    const a = { name: '某某电器有限公司', place: '湖南省长沙市' };
    const b = { name: '某某电器有限公司', place: '湖南' };
    expect(classifyMatch(a, b).verdict).toBe('candidate');
    expect(classifyMatch(a, b, { nameOnlyCanBeSure: true }).verdict).toBe('sure');
    expect(classifyMatch(a, { ...b, place: '广东' }, { nameOnlyCanBeSure: true }).verdict).toBe('candidate');
  });

  it('breaks ties by province', () => {
    const ranked = rankMatches({ name: '某某电器有限公司', place: '湖南省岳阳市' }, [{ name: '某某电器有限公司', place: '广东' }, { name: '某某电器有限公司', place: '湖南' }]);
    expect(ranked.map((r) => r.index)).toEqual([1, 0]);
  });
});
