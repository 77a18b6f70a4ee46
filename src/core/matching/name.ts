import { BRANCH_SUFFIX, INDUSTRY_WORDS, LEGAL_FORMS } from './legal-forms';
import { takeBracketedRegion, takeRegionPrefix } from './regions';
import { toSimplified } from './traditional';

/** A company name taken apart for comparison (formats.md §5). */
export type NameParts = {
  original: string;
  /** NFKC, simplified characters, round half-width brackets, no spaces, no 标称 prefix. */
  normalised: string;
  /** Regions named as a prefix (北京, 湖南省长沙市 → 湖南, 长沙) or in brackets (某某(北京)科技). */
  regions: string[];
  /** The canonical legal form (有限责任公司 → 有限公司), or null. */
  legalForm: string | null;
  group: boolean;
  /** The branch part ("长沙分公司") when the name is a branch office's. */
  branch: string | null;
  /** What is left: trade name and industry words. */
  core: string;
  /** The core without its trailing industry words: the 字号, which identifies the firm. */
  tradeName: string;
  industry: string[];
};

const LABEL_PREFIX = /^(?:标称|标示|标注|委托方|受托方|生产者|生产企业)[:：]/u;

/**
 * Normalises the surface of a name: full-width to half-width, traditional to simplified,
 * every bracket to round, no spaces or quotes, and without a "标称：" label.
 *
 * @example surfaceName('标称：廣東某某（集团） 有限公司') // '广东某某(集团)有限公司'
 */
export function surfaceName(raw: string): string {
  return toSimplified(raw.normalize('NFKC'))
    .replace(/[\s\u3000·•“”"'‘’「」『』]+/gu, '')
    .replace(/[[【〔〖]/gu, '(')
    .replace(/[\]】〕〗]/gu, ')')
    .replace(LABEL_PREFIX, '')
    .replace(/\((?:标称|受托|委托)\)$/u, '');
}

function splitBranch(name: string): { head: string; branch: string | null } {
  const at = name.search(BRANCH_SUFFIX);
  if (at < 0) return { head: name, branch: null };
  const before = name.slice(0, at);
  const end = Math.max(before.lastIndexOf('公司') + 2, before.lastIndexOf('厂') + 1, before.lastIndexOf('社') + 1);
  return end > 1 && end < name.length ? { head: name.slice(0, end), branch: name.slice(end) } : { head: before, branch: name.slice(at) };
}

function takeLegalForm(name: string): { rest: string; legalForm: string | null; group: boolean } {
  let rest = name;
  let legalForm: string | null = null;
  const form = LEGAL_FORMS.find((f) => rest.endsWith(f.text) && rest.length > f.text.length);
  if (form) {
    legalForm = form.form;
    rest = rest.slice(0, -form.text.length);
  }
  const group = /\(?集团\)?$/u.test(rest);
  if (group) rest = rest.replace(/\(?集团\)?$/u, '');
  return { rest, legalForm, group };
}

function splitIndustry(core: string): { tradeName: string; industry: string[] } {
  const industry: string[] = [];
  let rest = core;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of INDUSTRY_WORDS) {
      if (rest.endsWith(w) && rest.length > w.length) {
        industry.unshift(w);
        rest = rest.slice(0, -w.length);
        changed = true;
      }
    }
  }
  return { tradeName: rest, industry };
}

/**
 * Takes a company name apart: regions, legal form, group, branch, trade name, industry words.
 *
 * @example parseName('北京某某科技有限公司') // { regions: ['北京'], legalForm: '有限公司', tradeName: '某某', industry: ['科技'], … }
 * @example parseName('某某(北京)科技有限责任公司').tradeName // '某某'
 */
export function parseName(raw: string): NameParts {
  const normalised = surfaceName(raw);
  const { head, branch } = splitBranch(normalised);
  const bracketed: string[] = [];
  const prefixed: string[] = [];
  let rest = head;
  for (let bracket = takeBracketedRegion(rest); bracket; bracket = takeBracketedRegion(rest)) {
    bracketed.push(bracket.region);
    rest = bracket.rest;
  }
  for (let i = 0, prefix = takeRegionPrefix(rest); prefix && i < 3; i++, prefix = takeRegionPrefix(rest)) {
    prefixed.push(prefix.region);
    rest = prefix.rest;
  }
  const regions = [...prefixed, ...bracketed];
  const { rest: core, legalForm, group } = takeLegalForm(rest);
  return { original: raw, normalised, regions: [...new Set(regions)], legalForm, group, branch, core, ...splitIndustry(core) };
}
