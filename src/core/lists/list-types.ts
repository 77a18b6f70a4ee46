import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';

export const LIST_SUBJECTS = ['enterprise', 'person'] as const;
/** Who can be listed: the enterprise, its legal representative (法定代表人/负责人), or both. */
export type ListSubject = (typeof LIST_SUBJECTS)[number];

/**
 * Which life cycle an entry follows: `blacklist` is the Order 44 machine of this folder; the
 * abnormal list (domain §8.2), the red list and the watch list have their own, simpler flows.
 */
export const LIFE_CYCLES = ['blacklist', 'abnormal', 'red', 'watch'] as const;
export type LifeCycle = (typeof LIFE_CYCLES)[number];

export type ListTypeConfig = {
  /** Stored in `list_entries.list_type` and used by evaluation models: never rename. */
  id: string;
  label: { zh: string; en: string };
  subjects: readonly ListSubject[];
  lifeCycle: LifeCycle;
  /** The rule kind whose versions govern the term (`core/rules`); null where no term is set. */
  ruleKind: 'blacklist' | 'quality-blacklist' | null;
  /** Which periodic publication carries it (formats.md manifest `listType`); null: not published. */
  publication: 'black' | 'red' | null;
  effect: 'negative' | 'positive';
  legalBasis: string;
};

/**
 * The default list types (domain §2, §8.1). Ids match the evaluation model's `list-entry`
 * conditions (resources/models/default-model.json). An agency adds local lists by extending the
 * array it passes around; nothing here is looked up by position.
 */
export const DEFAULT_LIST_TYPES: readonly ListTypeConfig[] = [
  {
    id: 'serious-dishonesty', label: { zh: '严重违法失信名单', en: 'Serious violation and dishonesty list' },
    subjects: ['enterprise', 'person'], lifeCycle: 'blacklist', ruleKind: 'blacklist', publication: 'black', effect: 'negative',
    legalBasis: '市场监督管理严重违法失信名单管理办法（市场监管总局令第44号）；此前为工商总局令第83号',
  },
  {
    // The AQSIQ list named firms *and their legal representatives* (domain §2.3).
    id: 'quality-blacklist', label: { zh: '质量失信黑名单', en: 'Quality dishonesty blacklist (legacy)' },
    subjects: ['enterprise', 'person'], lifeCycle: 'blacklist', ruleKind: 'quality-blacklist', publication: 'black', effect: 'negative',
    legalBasis: '国质检质〔2015〕289号',
  },
  {
    id: 'watch', label: { zh: '重点监管/重点关注名单', en: 'Key supervision (watch) list' },
    subjects: ['enterprise'], lifeCycle: 'watch', ruleKind: null, publication: null, effect: 'negative',
    legalBasis: '分级分类监管（国市监信发〔2022〕6号）及地方规定',
  },
  {
    id: 'red', label: { zh: '红名单', en: 'Red list' },
    subjects: ['enterprise'], lifeCycle: 'red', ruleKind: null, publication: 'red', effect: 'positive',
    legalBasis: '守信激励清单及地方红榜规定',
  },
  {
    id: 'business-abnormal', label: { zh: '经营异常名录', en: 'Business abnormality list' },
    subjects: ['enterprise'], lifeCycle: 'abnormal', ruleKind: null, publication: null, effect: 'negative',
    legalBasis: '企业信息公示暂行条例第十七条；企业经营异常名录管理暂行办法',
  },
];

/**
 * The configuration of a list type, or E_LIST_TYPE_UNKNOWN.
 *
 * @example listTypeById('serious-dishonesty') // ok: { lifeCycle: 'blacklist', ruleKind: 'blacklist', … }
 */
export function listTypeById(id: string, types: readonly ListTypeConfig[] = DEFAULT_LIST_TYPES): Result<ListTypeConfig> {
  const found = types.find((t) => t.id === id);
  if (found === undefined) return err({ code: 'E_LIST_TYPE_UNKNOWN', message: `${messageFor('E_LIST_TYPE_UNKNOWN')}：${id}`, details: { listType: id } });
  return ok(found);
}
