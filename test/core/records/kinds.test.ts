import { describe, expect, it } from 'vitest';
import { defaultEffect, KIND_META } from '../../../src/core/records/kinds';
import { validateRecordDraft } from '../../../src/core/records/draft';
import { RECORD_KINDS, RECORD_OUTCOMES, type RecordKind } from '../../../src/core/records/record';
import { accident, award, commitment, complaint, interview, licence, penalty, spotCheckFail } from './fixtures';

type Issue = { field: string; message: string };
const issuesOf = (r: ReturnType<typeof validateRecordDraft>): Issue[] => (r.ok ? [] : (r.error.details?.issues as Issue[]));
const value = (r: ReturnType<typeof validateRecordDraft>) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
/** Expects a refusal with an issue on `field` whose Chinese message contains `text`. */
function refused(r: ReturnType<typeof validateRecordDraft>, field: string, text: string) {
  expect(r).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
  const hit = issuesOf(r).find((i) => i.field === field);
  expect(hit, JSON.stringify(issuesOf(r))).toBeDefined();
  expect(hit?.message).toContain(text);
}

describe('kind metadata', () => {
  it('describes every kind, with outcomes from the common vocabulary', () => {
    for (const kind of RECORD_KINDS) {
      expect(KIND_META[kind].zh).not.toBe('');
      for (const o of KIND_META[kind].outcomes) expect(RECORD_OUTCOMES).toContain(o);
    }
    expect(KIND_META.penalties.severity).toBe(true);
    expect(KIND_META['spot-checks'].stateMachine).toBe(true);
  });

  it.each([
    ['spot-checks', 'fail', 'negative'], ['spot-checks', 'refused', 'negative'], ['spot-checks', 'pass', 'positive'],
    ['spot-checks', 'pending', 'neutral'], ['complaints', 'verified', 'negative'], ['complaints', 'unverified', 'neutral'],
    ['complaints', 'pending', 'neutral'], ['licences', 'valid', 'neutral'], ['penalties', null, 'negative'],
    ['accidents', null, 'negative'], ['interviews', null, 'negative'], ['commitments', null, 'positive'], ['awards', null, 'positive'],
  ] as const)('%s / %s is %s by default', (kind, outcome, effect) => {
    expect(defaultEffect(kind, outcome)).toBe(effect);
  });
});

describe('spot checks', () => {
  it('normalises a good failed check', () => {
    const v = value(validateRecordDraft('spot-checks', spotCheckFail()));
    expect(v).toMatchObject({
      kind: 'spot-checks', effect: 'negative', outcome: 'fail', state: 'failed', occurredOn: '2025-03-18', datePrecision: 'day',
      docNo: 'HN2025-0318-01', severity: null, endsOn: null, enterpriseId: null,
      summary: '监督抽查 不合格：电动自行车（抽样 2025-03-18）',
    });
    expect(v.details).toMatchObject({ batch: '20250112A', standards: ['GB 17761-2024'], seriousFail: true, productionDatePrecision: 'month', refused: false });
  });

  it('keeps a batch number as text', () => {
    const d = spotCheckFail();
    d.details.batch = '20250318';
    expect(value(validateRecordDraft('spot-checks', d)).details).toMatchObject({ batch: '20250318' });
  });

  it('takes a pass, a pending check and a refusal', () => {
    const pass = { authority: '某局', outcome: 'pass', details: { planType: 'national', productName: '儿童服装', sampledOn: '2025-03-18', resultOn: '2025-04-01' } };
    expect(value(validateRecordDraft('spot-checks', pass))).toMatchObject({ effect: 'positive', state: 'passed' });
    const pending = { authority: '某局', outcome: 'pending', details: { planType: 'special', productName: '儿童服装', sampledOn: '2025-03-18' } };
    expect(value(validateRecordDraft('spot-checks', pending))).toMatchObject({ effect: 'neutral', state: 'testing', summary: '监督抽查 待出结果：儿童服装（抽样 2025-03-18）' });
    const refusal = { authority: '某局', outcome: 'refused', details: { planType: 'county', productName: '白酒', sampledOn: '2025-03-18', refused: true } };
    expect(value(validateRecordDraft('spot-checks', refusal))).toMatchObject({ effect: 'negative', state: 'refused' });
  });

  it('takes the outcome from a follow-up state, and refuses a state that contradicts it', () => {
    const d = { ...spotCheckFail(), outcome: undefined, state: 'recheck1' };
    expect(value(validateRecordDraft('spot-checks', d))).toMatchObject({ outcome: 'fail', state: 'recheck1' });
    refused(validateRecordDraft('spot-checks', { ...spotCheckFail(), state: 'passed' }), 'state', '与结论不一致');
    refused(validateRecordDraft('spot-checks', { ...spotCheckFail(), state: 'nowhere' }), 'state', '未知的处理阶段');
  });

  it('names the field of each problem in Chinese', () => {
    const d = spotCheckFail();
    d.details.sampledOn = '2025-02-30';
    d.details.productName = ' ';
    delete d.details.planType;
    const r = validateRecordDraft('spot-checks', d);
    refused(r, 'details.sampledOn', '抽样日期：应为 YYYY-MM-DD 格式的真实日期');
    refused(r, 'details.productName', '产品名称：不能为空');
    refused(r, 'details.planType', '计划类型：为必填项');
    expect(!r.ok && r.error.message).toMatch(/另有 2 处问题/);
  });

  it('refuses contradictions between fields', () => {
    const early = spotCheckFail();
    early.details.resultOn = '2025-03-17';
    refused(validateRecordDraft('spot-checks', early), 'details.resultOn', '不能早于抽样日期');

    const made = spotCheckFail();
    made.details.productionDate = '2025-04';
    refused(validateRecordDraft('spot-checks', made), 'details.productionDate', '不能晚于抽样日期');

    const precision = spotCheckFail();
    precision.details.productionDatePrecision = 'day';
    refused(validateRecordDraft('spot-checks', precision), 'details.productionDatePrecision', '写法不符');

    refused(validateRecordDraft('spot-checks', { ...spotCheckFail(), outcome: 'pass' }), 'details.failedItems', '只有不合格结论');
    refused(validateRecordDraft('spot-checks', { ...spotCheckFail(), outcome: 'refused' }), 'details.refused', '与结论不一致');
    refused(validateRecordDraft('spot-checks', { ...spotCheckFail(), occurredOn: '2025-03-19' }), 'occurredOn', '不一致');
    refused(validateRecordDraft('spot-checks', { ...spotCheckFail(), outcome: 'valid' }), 'outcome', '应为以下之一');
    refused(validateRecordDraft('spot-checks', { ...spotCheckFail(), severity: 'serious' }), 'severity', '不填写严重程度');
    refused(validateRecordDraft('spot-checks', { ...spotCheckFail(), authority: '' }), 'authority', '为必填项');

    const serious = spotCheckFail();
    serious.details.failureDegree = 'general';
    serious.details.seriousFail = true;
    refused(validateRecordDraft('spot-checks', serious), 'details.seriousFail', '矛盾');

    const unknown = spotCheckFail();
    unknown.details.productname = 'x';
    refused(validateRecordDraft('spot-checks', unknown), 'details', '未知字段：productname');
  });
});

describe('penalties', () => {
  it('projects the CF items onto the common columns, amounts kept as decimal strings', () => {
    const v = value(validateRecordDraft('penalties', penalty()));
    expect(v).toMatchObject({
      effect: 'negative', severity: 'general', outcome: null, state: null, docNo: '长市监处罚〔2025〕12号',
      occurredOn: '2025-05-20', endsOn: '2028-05-20', authority: '长沙市市场监督管理局', authorityCode: '11430100MB1A12345X',
    });
    expect(v.details).toMatchObject({ CF_CFLB: ['罚款', '没收违法所得'], CF_NR_FK: '2.5', CF_NR_WFFF: '0.35', repairable: true });
    expect(v.details.CF_YJ).toEqual(['《中华人民共和国产品质量法》第四十九条']);
    expect(v.summary).toBe('行政处罚（一般） 罚款、没收违法所得 2.5 万元：生产不符合保障人体健康和人身、财产安全的国家标准的产品（长市监处罚〔2025〕12号，2025-05-20）');
  });

  it('refuses floats, units and thousands separators in amounts', () => {
    for (const amount of [2.5, '2.5万元', '1,000', '1.1234567']) {
      const d = penalty();
      d.details.CF_NR_FK = amount;
      refused(validateRecordDraft('penalties', d), 'details.CF_NR_FK', '罚款金额（万元）');
    }
  });

  it('checks the fine against the penalty types, dates and severity', () => {
    const noFine = penalty();
    delete noFine.details.CF_NR_FK;
    refused(validateRecordDraft('penalties', noFine), 'details.CF_NR_FK', '处罚类别含“罚款”时必填');
    const warning = penalty();
    warning.details.CF_CFLB = ['警告'];
    refused(validateRecordDraft('penalties', warning), 'details.CF_CFLB', '应含“罚款”');
    const ends = penalty();
    ends.details.CF_GSJZQ = '2025-05-19';
    refused(validateRecordDraft('penalties', ends), 'details.CF_GSJZQ', '不能早于处罚决定日期');
    refused(validateRecordDraft('penalties', { ...penalty(), severity: undefined }), 'severity', '为必填项');
    refused(validateRecordDraft('penalties', { ...penalty(), docNo: '另一个文号' }), 'docNo', '不一致');
    refused(validateRecordDraft('penalties', { ...penalty(), outcome: 'fail' }), 'outcome', '不填写结论');
    const code = penalty();
    code.details.CF_CFJGDM = '1143010';
    refused(validateRecordDraft('penalties', code), 'details.CF_CFJGDM', '18 位');
  });
});

describe('licences', () => {
  it('derives the outcome from XK_ZT and the validity end', () => {
    expect(value(validateRecordDraft('licences', licence()))).toMatchObject({
      outcome: 'valid', effect: 'neutral', endsOn: '2029-06-17', docNo: '湘市监许〔2024〕88号', authority: '湖南省市场监督管理局',
      summary: '行政许可 有效：全国工业产品生产许可证（(湘)XK06-001-00088，有效期至 2029-06-17）',
    });
  });

  it('refuses an outcome contradicting XK_ZT, and a validity ending before it starts', () => {
    refused(validateRecordDraft('licences', { ...licence(), outcome: 'invalid' }), 'outcome', '不一致');
    const d = licence();
    d.details.XK_YXQZI = '2024-01-01';
    refused(validateRecordDraft('licences', d), 'details.XK_YXQZI', '不能早于');
    const none = licence();
    delete none.details.XK_WSH;
    delete none.details.XK_XKBH;
    refused(validateRecordDraft('licences', none), 'details.XK_WSH', '至少填写一项');
  });

  it('takes a certification without a document number but with its certificate number', () => {
    const d = { details: { XK_XKWS: '认证证书', XK_XKBH: '00124Q31234R0M', XK_JDRQ: '2024-01-10', XK_XKJG: '某认证中心', XK_ZT: '无效', certificationType: 'ISO 9001' } };
    expect(value(validateRecordDraft('licences', d))).toMatchObject({ outcome: 'invalid', docNo: '00124Q31234R0M' });
  });
});

describe('complaints, accidents, interviews, commitments, awards', () => {
  it('accepts good drafts', () => {
    expect(value(validateRecordDraft('complaints', complaint()))).toMatchObject({ effect: 'negative', occurredOn: '2025-02-10', summary: '12315 平台投诉 属实：电热水壶（受理 2025-02-10）' });
    expect(value(validateRecordDraft('accidents', accident()))).toMatchObject({ effect: 'negative', severity: 'serious', summary: expect.stringMatching(/^产品召回（严重）：/) });
    expect(value(validateRecordDraft('interviews', interview())).details).toMatchObject({ participants: ['张三', '李四'], relatedRecordId: 12 });
    expect(value(validateRecordDraft('commitments', commitment()))).toMatchObject({ effect: 'positive', occurredOn: '2025-03-01', authority: '', summary: '年度质量报告 2024：2024 年度质量信用报告' });
    expect(value(validateRecordDraft('awards', award()))).toMatchObject({
      effect: 'positive', occurredOn: '2024', datePrecision: 'year', authority: '湖南省人民政府', summary: '省级质量奖 2024：湖南省省长质量奖（湖南省人民政府）',
    });
  });

  it('derives a complaint outcome from 是否属实, and refuses a contradiction', () => {
    const d = { ...complaint(), outcome: undefined };
    d.details.verified = false;
    expect(value(validateRecordDraft('complaints', d))).toMatchObject({ outcome: 'unverified', effect: 'neutral' });
    const c = complaint();
    c.details.verified = false;
    refused(validateRecordDraft('complaints', c), 'details.verified', '与结论不一致');
  });

  it('keeps a year-precision date, or takes a more precise one in the same year', () => {
    expect(value(validateRecordDraft('awards', { ...award(), occurredOn: '2024-06' }))).toMatchObject({ occurredOn: '2024-06', datePrecision: 'month' });
    refused(validateRecordDraft('awards', { ...award(), occurredOn: '2025-01-10' }), 'occurredOn', '不一致');
    refused(validateRecordDraft('awards', { ...award(), datePrecision: 'day' }), 'datePrecision', '写法不符');
    const c = commitment();
    delete c.details.submittedOn;
    expect(value(validateRecordDraft('commitments', c))).toMatchObject({ occurredOn: '2024', datePrecision: 'year' });
  });

  it('refuses bad drafts with the field named', () => {
    refused(validateRecordDraft('accidents', { ...accident(), occurredOn: undefined }), 'occurredOn', '发生日期：为必填项');
    refused(validateRecordDraft('accidents', { ...accident(), occurredOn: '2025-07-02', endsOn: '2025-07-01' }), 'endsOn', '不能早于发生日期');
    refused(validateRecordDraft('accidents', { ...accident(), severity: null }), 'severity', '为必填项');
    refused(validateRecordDraft('interviews', { ...interview(), details: { reason: '' } }), 'details.reason', '约谈事由：不能为空');
    refused(validateRecordDraft('commitments', { details: { type: 'annual-report', year: 2024, title: 'x', submittedOn: '2023-12-30' } }), 'details.submittedOn', '不能早于');
    refused(validateRecordDraft('awards', { details: { ...award().details, level: '省级' } }), 'details.level', '级别：应为以下之一');
    refused(validateRecordDraft('awards', { details: { ...award().details, year: 1900 } }), 'details.year', '年度');
    refused(validateRecordDraft('complaints', { ...complaint(), details: undefined }), 'details', '详细信息：为必填项');
  });

  it('refuses an unknown kind, a mismatched kind and unknown common fields', () => {
    expect(validateRecordDraft('nonsense' as RecordKind, award())).toMatchObject({ ok: false, error: { code: 'E_VALIDATION', details: { field: 'kind' } } });
    refused(validateRecordDraft('awards', { ...award(), kind: 'penalties' }), 'kind', '不一致');
    refused(validateRecordDraft('awards', { ...award(), occuredOn: '2024' }), '', '未知字段：occuredOn');
  });

  it('lets the officer override the default effect', () => {
    expect(value(validateRecordDraft('licences', { ...licence(), effect: 'positive' }))).toMatchObject({ effect: 'positive' });
  });
});
