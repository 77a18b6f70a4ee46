import { checkUscc } from '../identifiers/uscc';
import { err, ok, type Result } from '../shared/result';
import { messageFor } from '../shared/errors';

/** 登记状态: 存续 / 吊销 / 注销 / 迁出. */
export const ENTERPRISE_STATUSES = ['active', 'revoked', 'cancelled', 'moved_out'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

export const ENTERPRISE_STATUS_LABELS: Record<EnterpriseStatus, { zh: string; en: string }> = {
  active: { zh: '存续', en: 'Active' },
  revoked: { zh: '吊销', en: 'Licence revoked' },
  cancelled: { zh: '注销', en: 'Deregistered' },
  moved_out: { zh: '迁出', en: 'Moved out' },
};

/** What a person types for an enterprise, before the rules are applied. */
export type EnterpriseDraft = {
  uscc: string;
  /** Set when the officer confirms keeping a code whose check character fails (early pilot codes). */
  usccCheckAcknowledged?: boolean;
  name: string;
  regionCode: string;
  industryCode: string;
  legalRepresentative: string;
  address: string;
  status: EnterpriseStatus;
};

/** The draft after normalisation, ready to store. */
export type EnterpriseFields = Omit<EnterpriseDraft, 'usccCheckAcknowledged'> & {
  usccCheckAcknowledged: boolean;
};

export type CodeLookup = {
  hasRegion(code: string): boolean;
  hasIndustry(code: string): boolean;
};

/** Full-width brackets and spaces in names are normalised so that searches and matches agree. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/**
 * Applies the enterprise rules: USCC format and check (a failed check needs an explicit
 * acknowledgement), known region and industry codes, name normalisation.
 *
 * @example
 * validateEnterprise({ uscc: '91350200776049653A', name: '某公司', regionCode: '350200',
 *   industryCode: 'C14', legalRepresentative: '张三', address: '', status: 'active' }, codes)
 */
export function validateEnterprise(draft: EnterpriseDraft, codes: CodeLookup): Result<EnterpriseFields> {
  const check = checkUscc(draft.uscc);
  if (check.kind === 'malformed') {
    const why = check.reason === 'length' ? '应为 18 位' : '含有不允许的字符（不使用 I、O、S、V、Z）';
    return err({ code: 'E_USCC_FORMAT', message: `${messageFor('E_USCC_FORMAT')}：${why}`, details: { field: 'uscc', reason: check.reason } });
  }
  if (check.kind === 'check-mismatch' && !draft.usccCheckAcknowledged) {
    return err({
      code: 'E_USCC_CHECK',
      message: `${messageFor('E_USCC_CHECK')}：按 GB 32100 计算第 18 位应为 ${check.expected}。早期试点代码可能合法，如确认无误请勾选“确认保留”。`,
      details: { field: 'uscc', expected: check.expected },
    });
  }
  const name = normaliseName(draft.name);
  if (name.length === 0) {
    return err({ code: 'E_VALIDATION', message: '企业名称不能为空', details: { field: 'name' } });
  }
  if (!codes.hasRegion(draft.regionCode)) {
    return err({ code: 'E_REGION_UNKNOWN', message: `${messageFor('E_REGION_UNKNOWN')}：${draft.regionCode}`, details: { field: 'regionCode' } });
  }
  if (!codes.hasIndustry(draft.industryCode)) {
    return err({ code: 'E_INDUSTRY_UNKNOWN', message: `${messageFor('E_INDUSTRY_UNKNOWN')}：${draft.industryCode}`, details: { field: 'industryCode' } });
  }
  return ok({
    uscc: check.code,
    usccCheckAcknowledged: check.kind === 'check-mismatch',
    name,
    regionCode: draft.regionCode,
    industryCode: draft.industryCode,
    legalRepresentative: normaliseName(draft.legalRepresentative),
    address: normaliseName(draft.address),
    status: draft.status,
  });
}
