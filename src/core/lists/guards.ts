import { messageFor } from '../shared/errors';
import type { AppError } from '../shared/result';
import type { BlacklistRuleSet } from '../rules/schema';
import type { ListCase } from './case';
import { ART12_FACTORS, ART12_LABELS, REMOVAL_CONDITION_LABELS, REMOVAL_CONDITIONS, type Actor, type ParsedListEvent } from './events';
import type { ListTypeConfig } from './list-types';
import type { ListEventType } from './states';

/**
 * Who may record what. Staff record facts (a proposal, a notice served, an objection received,
 * a publication); reviewers make the decisions; `system` may only record the automatic expiry.
 * The role names are the app's user roles (officer / reviewer / admin): admin manages accounts
 * and is deliberately not a reviewer, so one person cannot create a user and then approve as it.
 */
export type ListRoles = { staff: readonly string[]; reviewers: readonly string[]; system: readonly string[] };
export const DEFAULT_LIST_ROLES: Readonly<ListRoles> = { staff: ['officer', 'reviewer'], reviewers: ['reviewer'], system: ['system'] };

const DECISIONS: readonly ListEventType[] = ['consent', 'decide', 'reject-proposal', 'approve-removal', 'reject-removal', 'withdraw', 'reinstate'];

const fail = (code: AppError['code'], why: string, details: Record<string, unknown> = {}): AppError => ({ code, message: `${messageFor(code)}：${why}`, details });

/**
 * The role and separation-of-duties check. The proposer of a listing can never consent to or
 * decide it (nor reject it), the one who gave the upper-level consent does not also decide, and
 * whoever recorded an early-removal application does not decide it: E_SELF_APPROVAL, whatever
 * their role.
 *
 * @example roleProblem(c, 'decide', { userId: c.proposedBy.userId, role: 'reviewer' }) // { code: 'E_SELF_APPROVAL', … }
 */
export function roleProblem(c: ListCase, type: ListEventType, actor: Actor, roles: ListRoles = DEFAULT_LIST_ROLES): AppError | null {
  const isReviewer = roles.reviewers.includes(actor.role);
  const permitted = DECISIONS.includes(type) ? isReviewer
    : type === 'expire' ? roles.system.includes(actor.role) || roles.staff.includes(actor.role)
      : roles.staff.includes(actor.role);
  if (!permitted) return fail('E_FORBIDDEN', `“${actor.role}”不能执行该步骤${DECISIONS.includes(type) ? '（须由审核人作出）' : ''}`, { role: actor.role, event: type });
  const self = (who: Actor | null, what: string) => (who !== null && who.userId === actor.userId
    ? fail('E_SELF_APPROVAL', `${what}与本步骤须由不同人员办理`, { userId: actor.userId, event: type })
    : null);
  switch (type) {
    case 'consent':
    case 'reject-proposal':
      return self(c.proposedBy, '提出列入建议');
    case 'decide':
      return self(c.proposedBy, '提出列入建议') ?? self(c.consentBy, '上级同意');
    case 'approve-removal':
    case 'reject-removal':
      return self(c.removalRequestedBy, '受理提前移出申请');
    default:
      return null;
  }
}

/** Whether this listing needs the next level's consent under `set` (Order 44 Art: county and city). */
export const consentNeeded = (c: ListCase, set: BlacklistRuleSet): boolean =>
  c.authorityLevel !== null && set.upperLevelConsent.includes(c.authorityLevel);

/** Steps that must carry the number of their own document. */
const NEEDS_DOC_NO: readonly ListEventType[] = ['serve-notice', 'decide', 'approve-removal', 'reject-removal', 'withdraw', 'reinstate'];

/**
 * What the event's own content must hold: a complete basis for a proposal (linked penalties and
 * every Art 12 factor addressed; subjects the list type admits), the document number of each
 * formal act, the evidence of fraud for a reinstatement, and the three early-removal conditions
 * each met with evidence.
 */
export function contentProblem(e: ParsedListEvent, listType: ListTypeConfig | null): AppError | null {
  if (NEEDS_DOC_NO.includes(e.type) && e.docNo === undefined) return fail('E_LIST_DOCUMENT', '请填写本步骤文书的文号', { event: e.type });
  switch (e.type) {
    case 'propose': {
      if (listType === null || listType.lifeCycle !== 'blacklist') return fail('E_LIST_TYPE_UNKNOWN', e.basis.listType, { listType: e.basis.listType });
      const bad = e.basis.subjects.filter((s) => !listType.subjects.includes(s));
      if (bad.length > 0) return fail('E_LIST_BASIS', `${listType.label.zh}不列入该类主体：${bad.join('、')}`, { subjects: bad });
      if (e.basis.penaltyRecordIds.length === 0) return fail('E_LIST_BASIS', '未关联作为列入依据的行政处罚记录', { field: 'penaltyRecordIds' });
      const missing = ART12_FACTORS.filter((f) => (e.basis.art12[f] ?? '') === '');
      if (missing.length > 0) return fail('E_LIST_BASIS', `第十二条考量因素未填写：${missing.map((f) => ART12_LABELS[f].zh).join('、')}`, { missing });
      return null;
    }
    case 'reinstate':
      return e.documents.length === 0 ? fail('E_LIST_DOCUMENT', '须附以欺骗手段取得移出的证明材料', { event: e.type }) : null;
    case 'request-early-removal': {
      const unmet = REMOVAL_CONDITIONS.filter((k) => !e.conditions[k].met || e.conditions[k].evidence.length === 0);
      if (unmet.length === 0) return null;
      return fail('E_LIST_REMOVAL_CONDITIONS', unmet.map((k) => REMOVAL_CONDITION_LABELS[k].zh).join('、'), { unmet });
    }
    default:
      return null;
  }
}
