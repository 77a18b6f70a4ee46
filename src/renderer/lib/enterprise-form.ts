import type { Enterprise, EnterpriseDraftInput } from '../../contract';
import type { EnterpriseStatus } from '../../core/enterprises/enterprise';
import { checkUscc } from '../../core/identifiers/uscc';
import type { Translate } from '../i18n/translate';

/** What the enterprise form holds; selects start empty, so their codes are optional here. */
export type EnterpriseFormValues = {
  uscc: string;
  usccCheckAcknowledged?: boolean;
  name: string;
  regionCode?: string;
  industryCode?: string;
  legalRepresentative?: string;
  address?: string;
  status: EnterpriseStatus;
};

export const ENTERPRISE_FORM_FIELDS = ['uscc', 'name', 'regionCode', 'industryCode', 'legalRepresentative', 'address', 'status'] as const;

export function formValuesOf(enterprise: Enterprise | undefined): Partial<EnterpriseFormValues> {
  if (!enterprise) return { status: 'active' };
  return {
    uscc: enterprise.uscc,
    usccCheckAcknowledged: enterprise.usccCheckAcknowledged,
    name: enterprise.name,
    regionCode: enterprise.regionCode,
    industryCode: enterprise.industryCode,
    legalRepresentative: enterprise.legalRepresentative,
    address: enterprise.address,
    status: enterprise.status,
  };
}

/** The acknowledgement is sent only while the code actually fails its check. */
export function draftOf(values: EnterpriseFormValues): EnterpriseDraftInput {
  const mismatch = checkUscc(values.uscc).kind === 'check-mismatch';
  return {
    uscc: values.uscc,
    usccCheckAcknowledged: mismatch && values.usccCheckAcknowledged === true,
    name: values.name,
    regionCode: values.regionCode ?? '',
    industryCode: values.industryCode ?? '',
    legalRepresentative: values.legalRepresentative ?? '',
    address: values.address ?? '',
    status: values.status,
  };
}

/**
 * The live check of the USCC field, in the words of GB 32100: a malformed code is an error; a
 * wrong check character is an error until the officer confirms it is an early pilot code.
 */
export function usccProblem(raw: string, acknowledged: boolean, t: Translate): string | null {
  if (raw.trim() === '') return t('form.required', { field: t('field.uscc') });
  const check = checkUscc(raw);
  if (check.kind === 'malformed') {
    return check.reason === 'length' ? t('form.usccLength', { n: check.code.length }) : t('form.usccAlphabet');
  }
  if (check.kind === 'check-mismatch' && !acknowledged) return t('form.usccMismatch', { expected: check.expected });
  return null;
}
