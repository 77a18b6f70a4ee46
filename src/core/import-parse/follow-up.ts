import type { ErrorCode } from '../shared/errors';
import { parseAmountWan } from './amounts';
import { isEmptyMark } from './empty-marks';

/**
 * Where a failed firm's 后处理 stands, as far as the announcement's phrases tell. The order
 * of the list is the order of progress: the furthest state a phrase names is the status.
 */
export const FOLLOW_UP_STATUSES = [
  'pending', 'unreachable', 'rectifying', 'rectified', 'recheck-failed', 'recheck-passed',
  'transferred', 'case-filed', 'not-penalised', 'penalised', 'suspended', 'revoked',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export type FollowUpParse = {
  status: FollowUpStatus | null;
  /** Every state the text names, in order of progress. */
  statuses: FollowUpStatus[];
  /** A penalty amount the text states, in 万元. */
  penaltyWan: string | null;
  original: string;
  problem?: Extract<ErrorCode, 'E_IMPORT_STATUS_UNREADABLE'>;
};

/** Phrases of each state. Negated phrases come first where a bare word would also match. */
const PHRASES: Record<FollowUpStatus, RegExp> = {
  pending: /待复查|未复查|尚未复查|待整改|未整改|待处理|后处理中/u,
  unreachable: /无法联系|联系不上|查无此(企业|单位|厂)|已注销|已关闭|已倒闭|停产停业|企业关停|已停产|未找到企业|无法后处理/u,
  rectifying: /整改中|正在整改|限期整改|责令整改|督促整改/u,
  rectified: /已整改|整改完毕|整改完成|整改到位|完成整改|已完成整改/u,
  'recheck-failed': /复查不合格|复检不合格|复查仍不合格/u,
  'recheck-passed': /复查合格|复检合格|复查已合格|复查通过/u,
  transferred: /移交稽查|移送稽查|移交执法|移送执法|移交|移送/u,
  'case-filed': /已立案|立案调查|立案查处|已经立案/u,
  'not-penalised': /不予(行政)?处罚|免予(行政)?处罚|免于(行政)?处罚|未予处罚/u,
  penalised: /已处罚|已作出处罚|作出行政处罚|处以罚款|罚款|处罚金额|没收|警告处罚|已结案/u,
  suspended: /责令停产|责令停业|停业整顿|停产整顿/u,
  revoked: /吊销/u,
};

/**
 * Reads a 后处理 / 整改情况 / 复查结果 / 处罚情况 cell into the furthest state it names, every
 * state it names, and any penalty amount, keeping the text.
 *
 * @example parseFollowUp('移交稽查处理中').status // 'transferred'
 * @example parseFollowUp('已整改，复查合格').status // 'recheck-passed'
 * @example parseFollowUp('处罚金额:2080元').penaltyWan // '0.208'
 */
export function parseFollowUp(text: string): FollowUpParse {
  const original = text;
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (isEmptyMark(t)) return { status: null, statuses: [], penaltyWan: null, original };
  let rest = t;
  const statuses: FollowUpStatus[] = [];
  // Negations and the longer phrases are removed once matched, so that "不予处罚" is not also
  // read as "处罚", nor "复查不合格" as "复查合格".
  for (const status of ['not-penalised', 'recheck-failed', 'pending', ...FOLLOW_UP_STATUSES] as const) {
    if (statuses.includes(status)) continue;
    const re = PHRASES[status];
    if (re.test(rest)) {
      statuses.push(status);
      rest = rest.replace(new RegExp(re.source, 'gu'), '|');
    }
  }
  statuses.sort((a, b) => FOLLOW_UP_STATUSES.indexOf(a) - FOLLOW_UP_STATUSES.indexOf(b));
  const amount = /\d/.test(t) && /罚|金额|元/u.test(t) ? parseAmountWan(t).wan : null;
  const status = statuses.at(-1) ?? null;
  return status === null && amount === null
    ? { status, statuses, penaltyWan: null, original, problem: 'E_IMPORT_STATUS_UNREADABLE' }
    : { status: status ?? 'penalised', statuses: statuses.length > 0 ? statuses : ['penalised'], penaltyWan: amount, original };
}
