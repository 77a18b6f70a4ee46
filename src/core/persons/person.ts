import { normaliseName } from '../enterprises/enterprise';
import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import { checkResidentId, normaliseIdNumber, residentIdProblem } from './id-number';

/** 证件类型, stored as written (the column's default is 身份证). */
export const ID_TYPES = ['身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '其他'] as const;
export type IdType = (typeof ID_TYPES)[number];

export type PersonDraft = { name: string; idType: IdType; idNumber?: string | null | undefined };

export type PersonFields = { name: string; idType: IdType; idNumber: string | null };

/**
 * Applies the person rules: a name, and for a resident ID the GB 11643 check; other documents are
 * only normalised, since their formats vary by issuing country and year.
 *
 * @example validatePerson({ name: '张三', idType: '身份证', idNumber: '11010519491231002x' })
 * // ok({ name: '张三', idType: '身份证', idNumber: '11010519491231002X' })
 */
export function validatePerson(draft: PersonDraft): Result<PersonFields> {
  const name = normaliseName(draft.name);
  if (name.length === 0) return err({ code: 'E_VALIDATION', message: '姓名不能为空', details: { field: 'name' } });
  const raw = draft.idNumber ?? '';
  if (raw.trim() === '') return ok({ name, idType: draft.idType, idNumber: null });
  if (draft.idType === '身份证') {
    const check = checkResidentId(raw);
    if (!check.ok) {
      return err({
        code: 'E_ID_NUMBER_INVALID',
        message: `${messageFor('E_ID_NUMBER_INVALID')}：${residentIdProblem(check)}`,
        details: { field: 'idNumber', reason: check.reason, ...(check.expected ? { expected: check.expected } : {}) },
      });
    }
    return ok({ name, idType: draft.idType, idNumber: check.code });
  }
  const code = normaliseIdNumber(raw);
  if (!/^[0-9A-Z()（）]{4,30}$/.test(code)) {
    return err({ code: 'E_ID_NUMBER_INVALID', message: `${messageFor('E_ID_NUMBER_INVALID')}：证件号码应为 4–30 位字母或数字`, details: { field: 'idNumber', reason: 'characters' } });
  }
  return ok({ name, idType: draft.idType, idNumber: code });
}
