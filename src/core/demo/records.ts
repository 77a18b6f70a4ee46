import type { RecordDraft } from '../records/draft';
import { defaultEffect } from '../records/kinds';
import type { RecordOutcome, Severity } from '../records/record';
import { summarise } from '../records/summary';
import { createRandom, type Random } from './random';

/** A demo record and the spot-check follow-up steps that go with it (dated, in order). */
export type DemoRecord = Omit<RecordDraft, 'enterpriseId'> & { events: { type: string; on: string }[] };

export type DemoRecordOptions = {
  seed: string;
  /** The last day records may carry; they spread over the five years before it. */
  asOf: string;
  /** Authority names by region code prefix (city), e.g. 长沙市市场监督管理局. */
  cityOf(regionCode: string): string;
};

const PRODUCTS = ['电热水壶', '电动自行车', '儿童玩具', '食品用塑料包装', '电线电缆', '燃气灶具', '家具', '童装', '水泥', '化肥', '安全帽', '插座'];
const FAILED_ITEMS = ['标志和说明', '发热', '耐热和耐燃', '甲醛含量', '纤维含量', '可迁移元素', '结构', '抗压强度', '导体电阻', '总养分'];
const LABS = ['湖南省产品质量检验研究院', '长沙市产品质量监督检验所', '湖南省计量检测研究院', '国家电动自行车质量检验检测中心'];
const PENALTY_ACTS = ['生产不符合保障人体健康和人身、财产安全的国家标准的产品', '产品标识不符合规定', '伪造产品产地', '以不合格产品冒充合格产品'];
const CERTS = ['ISO 9001', 'CCC', 'ISO 14001', '工业产品生产许可证'];
const AWARDS = ['市长质量奖', '省长质量奖提名奖', '守合同重信用企业', '质量标杆企业'];

const DAY = 86_400_000;
const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const fromDay = (d: number): string => new Date(d * DAY).toISOString().slice(0, 10);

type Ctx = { r: Random; first: number; last: number; authority: string; seq: () => number };

const dateIn = (c: Ctx, from = c.first, to = c.last): number => from + c.r.int(Math.max(1, to - from));
const docNo = (c: Ctx, prefix: string, day: number): string => `${prefix}〔${fromDay(day).slice(0, 4)}〕${String(c.seq()).padStart(5, '0')}号`;

function base(kind: DemoRecord['kind'], details: Record<string, unknown>, cols: Partial<DemoRecord>): DemoRecord {
  const outcome = cols.outcome ?? null;
  const severity = cols.severity ?? null;
  return {
    kind, personId: null, productId: null, effect: defaultEffect(kind, outcome), authority: '', authorityCode: null, docNo: null,
    occurredOn: '', datePrecision: 'day', endsOn: null, outcome, severity, state: null, events: [], ...cols,
    summary: summarise(kind, details, { outcome, severity }), details,
  };
}

/**
 * A failed check's follow-up in the shape the law gives it: notice, an order, then a recheck
 * within 75 days — passed by most, failed by a few (announcement) — and some still open.
 */
function followUp(c: Ctx, resultDay: number): { state: string; events: { type: string; on: string }[] } {
  const events = [{ type: 'notify', on: fromDay(resultDay + 5) }];
  const ordered = resultDay + 10;
  if (ordered + 80 > c.last) return { state: 'failed', events };
  events.push({ type: 'order-rectification', on: fromDay(ordered) });
  events.push({ type: 'start-test', on: fromDay(ordered + 40 + c.r.int(30)) });
  if (c.r.next() < 0.85) {
    events.push({ type: 'recheck-pass', on: fromDay(ordered + 72) });
    return { state: 'closed-pass', events };
  }
  events.push({ type: 'recheck-fail', on: fromDay(ordered + 74) });
  return { state: 'announced', events };
}

function spotCheck(c: Ctx): DemoRecord {
  const sampled = dateIn(c, c.first, c.last - 30);
  const x = c.r.next();
  const outcome: RecordOutcome = x < 0.08 ? 'fail' : x < 0.085 ? 'refused' : 'pass';
  const resultOn = fromDay(sampled + 20);
  const details: Record<string, unknown> = {
    planType: c.r.pick(['national', 'provincial', 'municipal', 'county'] as const), productName: c.r.pick(PRODUCTS),
    trademark: c.r.next() < 0.1 ? String(100 + c.r.int(900)) : `${'金银华盛'.charAt(c.r.int(4))}${'星达泰丰'.charAt(c.r.int(4))}`,
    batch: `${fromDay(sampled - 30).replace(/-/g, '')}${'ABC'.charAt(c.r.int(3))}`, institution: c.r.pick(LABS),
    reportNo: `BG${fromDay(sampled).slice(0, 4)}${String(c.seq()).padStart(6, '0')}`, standards: ['GB 4706.1-2005'],
    failedItems: outcome === 'fail' ? [c.r.pick(FAILED_ITEMS)] : [], refused: outcome === 'refused', seriousFail: false,
    sampledOn: fromDay(sampled), ...(outcome === 'refused' ? {} : { resultOn }),
  };
  const implied = outcome === 'refused' ? [{ type: 'refuse', on: fromDay(sampled) }]
    : [{ type: 'sample', on: fromDay(sampled) }, { type: 'start-test', on: fromDay(sampled) }, { type: outcome === 'pass' ? 'result-pass' : 'result-fail', on: resultOn }];
  const after = outcome === 'fail' ? followUp(c, sampled + 20) : { state: outcome === 'pass' ? 'passed' : 'refused', events: [] };
  return base('spot-checks', details, {
    outcome, authority: c.authority, docNo: details.reportNo as string, occurredOn: fromDay(sampled), state: after.state,
    events: [...implied, ...after.events],
  });
}

function penalty(c: Ctx): DemoRecord {
  const day = dateIn(c);
  const severity: Severity = c.r.pick(['minor', 'general', 'general', 'serious'] as const);
  const fine = (1 + c.r.int(200)) / 10;
  const details = {
    CF_WSH: docNo(c, '湘市监处罚', day), CF_WFXW: ['产品质量违法'], CF_SY: [c.r.pick(PENALTY_ACTS)], CF_YJ: ['《中华人民共和国产品质量法》第四十九条'],
    CF_CFLB: ['警告', '罚款'], CF_NR_FK: fine.toFixed(1), CF_JDRQ: fromDay(day), CF_GSJZQ: fromDay(day + 365 * 3), CF_CFJG: c.authority,
    CF_XDR_LB: '法人及非法人组织' as const, procedure: 'ordinary' as const, repairable: severity !== 'serious',
  };
  return base('penalties', details, { severity, authority: c.authority, docNo: details.CF_WSH, occurredOn: details.CF_JDRQ, endsOn: details.CF_GSJZQ });
}

function licence(c: Ctx): DemoRecord {
  const day = dateIn(c);
  const end = day + 365 * (3 + c.r.int(3));
  const status = end < c.last ? '无效' : '有效';
  const cert = c.r.pick(CERTS);
  const details = {
    XK_XKWS: `${cert}决定书`, XK_XKBH: `XK${String(c.seq()).padStart(10, '0')}`, XK_XKZS: cert === 'ISO 9001' ? '质量管理体系认证证书' : cert,
    XK_JDRQ: fromDay(day), XK_YXQZ: fromDay(day), XK_YXQZI: fromDay(end), XK_XKJG: c.authority, XK_ZT: status, certificationType: cert,
  };
  return base('licences', details, { outcome: status === '有效' ? 'valid' : 'invalid', authority: c.authority, docNo: details.XK_XKBH, occurredOn: details.XK_JDRQ, endsOn: details.XK_YXQZI });
}

function complaint(c: Ctx): DemoRecord {
  const day = dateIn(c);
  const outcome: RecordOutcome = c.r.next() < 0.4 ? 'verified' : 'unverified';
  const details = { channel: c.r.pick(['12315', '12365'] as const), receivedOn: fromDay(day), product: c.r.pick(PRODUCTS), content: '消费者反映产品存在质量问题', resolution: outcome === 'verified' ? '经核查属实，已责令企业处理' : '经核查不属实' };
  return base('complaints', details, { outcome, authority: c.authority, occurredOn: details.receivedOn });
}

function small(c: Ctx, kind: 'accidents' | 'interviews' | 'commitments' | 'awards', year: number): DemoRecord {
  const day = dateIn(c);
  switch (kind) {
    case 'accidents': {
      const details = { type: c.r.pick(['accident', 'recall'] as const), description: `${c.r.pick(PRODUCTS)}存在安全隐患` };
      return base(kind, details, { severity: c.r.next() < 0.2 ? 'serious' : 'general', authority: c.authority, occurredOn: fromDay(day) });
    }
    case 'interviews':
      return base(kind, { reason: '监督抽查不合格', participants: ['企业法定代表人', '质量负责人'], measures: '限期整改并提交报告' }, { authority: c.authority, occurredOn: fromDay(day) });
    case 'commitments': {
      // A commitment is signed early in its year; the report on a year follows it the next spring.
      const type = c.r.pick(['commitment', 'annual-report'] as const);
      const submittedOn = type === 'commitment' ? `${year}-01-15` : `${year + 1}-03-15`;
      const title = type === 'commitment' ? `${year}年度质量信用承诺书` : `${year}年度企业质量信用报告`;
      const details = { type, year, title, ...(toDay(submittedOn) <= c.last ? { submittedOn } : {}) };
      return base(kind, details, details.submittedOn !== undefined
        ? { authority: c.authority, occurredOn: details.submittedOn }
        : { authority: c.authority, occurredOn: String(year), datePrecision: 'year' });
    }
    case 'awards': {
      const details = { awardName: c.r.pick(AWARDS), category: 'quality-award' as const, level: c.r.pick(['provincial', 'municipal', 'county'] as const), year, grantor: c.authority.replace('市场监督管理局', '人民政府') };
      return base(kind, details, { authority: details.grantor, occurredOn: String(year), datePrecision: 'year' });
    }
  }
}

/**
 * The records of the i-th demo enterprise over the five years before `asOf`: spot checks (about
 * 8 % failed, with their follow-up), licences, complaints, penalties, commitments, 约谈 after a
 * failure, rare accidents and awards — about ten records a firm (the bench's 1M firms, 10M records). Deterministic per index.
 *
 * @example demoRecordGenerator({ seed: '1', asOf: '2026-11-28', cityOf })(0, '430104')
 */
export function demoRecordGenerator(options: DemoRecordOptions): (i: number, regionCode: string) => DemoRecord[] {
  const last = toDay(options.asOf);
  const first = last - 5 * 365;
  const lastYear = Number(options.asOf.slice(0, 4));
  return (i, regionCode) => {
    const r = createRandom(`${options.seed}/records/${i}`);
    let n = 0;
    const c: Ctx = { r, first, last, authority: `${options.cityOf(regionCode)}市场监督管理局`, seq: () => i * 100 + (n += 1) };
    const out: DemoRecord[] = [];
    const times = (mean: number, make: () => DemoRecord) => { for (let k = r.int(2 * mean + 1); k > 0; k--) out.push(make()); };
    times(4, () => spotCheck(c));
    times(2, () => licence(c));
    times(1, () => complaint(c));
    if (r.next() < 0.3) out.push(penalty(c));
    if (out.some((x) => x.outcome === 'fail') && r.next() < 0.4) out.push(small(c, 'interviews', lastYear));
    for (let y = lastYear - 4; y <= lastYear - 1; y++) if (r.next() < 0.6) out.push(small(c, 'commitments', y));
    if (r.next() < 0.01) out.push(small(c, 'accidents', lastYear));
    if (r.next() < 0.03) out.push(small(c, 'awards', lastYear - 1 - r.int(4)));
    return out;
  };
}
