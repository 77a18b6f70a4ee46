import { checkUscc } from '../identifiers/uscc';
import { normaliseCode } from '../identifiers/normalise';
import { isValidRegistrationNumber, registrationCheckDigit } from '../identifiers/registration-number';
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

/** 主体类型. Stored as written, like the schema's other Chinese code values. */
export const ENTITY_TYPES = ['企业', '个体工商户', '农民专业合作社', '事业单位', '社会团体', '其他'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** 企业规模 (GB/T 统计上大中小微型企业划分). */
export const ENTERPRISE_SIZES = ['大型', '中型', '小型', '微型'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];

/** The attributes beyond the core fields; on an update, an absent one keeps its stored value. */
export type EnterpriseAttributesDraft = {
  registrationNumber?: string | null | undefined;
  entityType?: EntityType | null | undefined;
  size?: EnterpriseSize | null | undefined;
  chiefQualityOfficer?: string | null | undefined;
  keyProduct?: boolean | undefined;
};

export type EnterpriseAttributes = {
  orgCode: string | null;
  registrationRegionCode: string | null;
  registrationNumber: string | null;
  entityType: EntityType | null;
  size: EnterpriseSize | null;
  chiefQualityOfficer: string | null;
  keyProduct: boolean;
};

/**
 * The entity type a USCC declares in its first two characters (GB 32100), when it maps to one of
 * ours; used as the default when the officer does not choose one.
 *
 * @example entityTypeFromUscc('92430100MA4L0B2X6T') // '个体工商户'
 */
export function entityTypeFromUscc(uscc: string): EntityType | null {
  const byPrefix: Record<string, EntityType> = { '91': '企业', '92': '个体工商户', '93': '农民专业合作社', '12': '事业单位', '51': '社会团体' };
  return byPrefix[uscc.slice(0, 2)] ?? null;
}

/**
 * The aliases a USCC carries: characters 9–17 are the organization code, 3–8 the registering
 * authority's region at issue. A code whose own check fails (a kept pilot code) yields no
 * organization code, since its parts cannot be trusted.
 *
 * @example usccAliases('91350200776049653A') // { orgCode: '776049653', registrationRegionCode: '350200' }
 */
export function usccAliases(uscc: string): { orgCode: string | null; registrationRegionCode: string } {
  return { orgCode: checkUscc(uscc).kind === 'valid' ? uscc.slice(8, 17) : null, registrationRegionCode: uscc.slice(2, 8) };
}

/** Empty text means "none"; `undefined` means "not sent". */
function blankToNull(text: string | null | undefined): string | null | undefined {
  if (text === undefined || text === null) return text;
  const n = normaliseName(text);
  return n === '' ? null : n;
}

/**
 * Validates the extra attributes: a legacy registration number must pass its ISO 7064 MOD 11,10
 * check. `previous` (an update) supplies whatever the draft leaves out, so that an older form
 * that knows nothing of these fields cannot wipe them.
 *
 * @example validateAttributes({ registrationNumber: '１１０１０５０００００００１１５' }, '91350200776049653A')
 */
export function validateAttributes(draft: EnterpriseAttributesDraft, uscc: string, previous?: EnterpriseAttributes): Result<EnterpriseAttributes> {
  let registrationNumber = blankToNull(draft.registrationNumber);
  if (registrationNumber) {
    const code = normaliseCode(registrationNumber);
    if (!/^\d{15}$/.test(code)) {
      return err({ code: 'E_REGISTRATION_NUMBER_INVALID', message: `${messageFor('E_REGISTRATION_NUMBER_INVALID')}：工商注册号应为 15 位数字，实为 ${code.length} 位`, details: { field: 'registrationNumber', reason: 'format' } });
    }
    if (!isValidRegistrationNumber(code)) {
      const expected = registrationCheckDigit(code.slice(0, 14));
      return err({ code: 'E_REGISTRATION_NUMBER_INVALID', message: `${messageFor('E_REGISTRATION_NUMBER_INVALID')}：按 GS 15-2006 计算第 15 位应为 ${expected ?? '?'}，请核对是否录错`, details: { field: 'registrationNumber', reason: 'check', expected } });
    }
    registrationNumber = code;
  }
  const chiefQualityOfficer = blankToNull(draft.chiefQualityOfficer);
  return ok({
    ...usccAliases(uscc),
    registrationNumber: registrationNumber === undefined ? (previous?.registrationNumber ?? null) : registrationNumber,
    entityType: draft.entityType === undefined ? (previous ? previous.entityType : entityTypeFromUscc(uscc)) : draft.entityType,
    size: draft.size === undefined ? (previous?.size ?? null) : draft.size,
    chiefQualityOfficer: chiefQualityOfficer === undefined ? (previous?.chiefQualityOfficer ?? null) : chiefQualityOfficer,
    keyProduct: draft.keyProduct ?? previous?.keyProduct ?? false,
  });
}
