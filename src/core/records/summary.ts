import { ACCIDENT_TYPE_LABELS, AWARD_CATEGORY_LABELS, AWARD_LEVEL_LABELS, COMMITMENT_TYPE_LABELS, COMPLAINT_CHANNEL_LABELS } from './details/others';
import { OUTCOME_LABELS } from './kinds';
import type { RecordKind, RecordOutcome, Severity } from './record';

const SEVERITY_ZH: Record<Severity, string> = { minor: '轻微', general: '一般', serious: '严重' };
const SPOT_OUTCOME_ZH: Record<string, string> = { pass: '合格', fail: '不合格', refused: '拒检', pending: '待出结果' };

/** Reading is defensive: a summary is also drawn for stored rows written by older versions. */
const str = (d: Record<string, unknown>, key: string): string => {
  const v = d[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
};
const list = (d: Record<string, unknown>, key: string): string[] => {
  const v = d[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v !== '' ? [v] : [];
};
const cut = (s: string, n = 30): string => (s.length > n ? `${s.slice(0, n)}…` : s);
const paren = (...parts: string[]): string => {
  const kept = parts.filter((p) => p !== '');
  return kept.length > 0 ? `（${kept.join('，')}）` : '';
};
const label = <K extends string>(labels: Record<K, string>, key: string): string => (key in labels ? labels[key as K] : key);

function spotCheck(d: Record<string, unknown>, outcome: RecordOutcome | null): string {
  const inferred = outcome ?? (d.refused === true ? 'refused' : list(d, 'failedItems').length > 0 ? 'fail' : 'pending');
  return `监督抽查 ${SPOT_OUTCOME_ZH[inferred] ?? ''}：${str(d, 'productName')}${paren(`抽样 ${str(d, 'sampledOn')}`)}`;
}

function penalty(d: Record<string, unknown>, severity: Severity | null): string {
  const types = list(d, 'CF_CFLB').join('、');
  const fine = str(d, 'CF_NR_FK');
  const what = list(d, 'CF_WFXW').join('、') || cut(list(d, 'CF_SY').join('；'));
  const sev = severity !== null ? `（${SEVERITY_ZH[severity]}）` : '';
  return `行政处罚${sev} ${types}${fine !== '' ? ` ${fine} 万元` : ''}：${what}${paren(str(d, 'CF_WSH'), str(d, 'CF_JDRQ'))}`;
}

/**
 * One Chinese line for lists and the timeline. The outcome and severity live in the common
 * columns, so they come in `extra`; without them a spot check's outcome is inferred from its
 * details.
 *
 * @example
 * summarise('spot-checks', { productName: '电动自行车', sampledOn: '2025-03-18', … }, { outcome: 'fail' })
 * // '监督抽查 不合格：电动自行车（抽样 2025-03-18）'
 */
export function summarise(kind: RecordKind, details: unknown, extra: { outcome?: RecordOutcome | null; severity?: Severity | null } = {}): string {
  const d = (details !== null && typeof details === 'object' ? details : {}) as Record<string, unknown>;
  const outcome = extra.outcome ?? null;
  switch (kind) {
    case 'spot-checks':
      return spotCheck(d, outcome);
    case 'penalties':
      return penalty(d, extra.severity ?? null);
    case 'licences': {
      const status = outcome !== null ? OUTCOME_LABELS[outcome].zh : str(d, 'XK_ZT');
      const name = str(d, 'XK_XKZS') || str(d, 'certificationType') || str(d, 'XK_XKWS');
      const until = str(d, 'XK_YXQZI');
      return `行政许可 ${status}：${name}${paren(str(d, 'XK_XKBH') || str(d, 'XK_WSH'), until !== '' ? `有效期至 ${until}` : '')}`;
    }
    case 'complaints': {
      const status = outcome !== null ? OUTCOME_LABELS[outcome].zh : '';
      const what = str(d, 'product') || cut(str(d, 'content'));
      return `${label(COMPLAINT_CHANNEL_LABELS, str(d, 'channel'))}投诉 ${status}：${what}${paren(`受理 ${str(d, 'receivedOn')}`)}`;
    }
    case 'accidents':
      return `${label(ACCIDENT_TYPE_LABELS, str(d, 'type'))}${extra.severity ? `（${SEVERITY_ZH[extra.severity]}）` : ''}：${cut(str(d, 'description'))}`;
    case 'interviews':
      return `约谈：${cut(str(d, 'reason'))}`;
    case 'commitments':
      return `${label(COMMITMENT_TYPE_LABELS, str(d, 'type'))} ${str(d, 'year')}：${str(d, 'title')}`;
    case 'awards':
      return `${label(AWARD_LEVEL_LABELS, str(d, 'level'))}${label(AWARD_CATEGORY_LABELS, str(d, 'category'))} ${str(d, 'year')}：${str(d, 'awardName')}${paren(str(d, 'grantor'))}`;
  }
}
