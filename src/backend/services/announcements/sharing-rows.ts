import type { LayoutRow } from '../../../core/import-parse/layout';
import type { ParsedRow } from '../../../core/import-parse/record-cells';
import { validateRecordDraft } from '../../../core/records/draft';
import { PARTY_TYPES, PENALTY_TYPES } from '../../../core/records/details/penalties';
import type { RowProblem } from '../../../contract/announcements';
import { originalsNote, parsedProblems, rowProblem, text, validationProblems, valuesOf, type DraftContext, type RowDraft } from './rows';

/** 双公示 lists other departments send: the CF_* / XK_* fields are the record's details as they are. */

const BLOCKING = (field: string, code: string): boolean => code === 'E_IMPORT_TEXT_DAMAGED' && /_XDR_MC$/u.test(field);

/** 处罚类别 when the list has no such column: from the content, or a fine alone. */
function penaltyTypes(parsed: ParsedRow): string[] {
  const given = text(parsed, 'CF_CFLB');
  if (given !== '') return given.split(/[、，,；;\n]/u).map((s) => s.trim()).filter((s) => s !== '');
  const content = `${text(parsed, 'CF_NR')} ${text(parsed, 'CF_NR_ZKDX')}`;
  const found = PENALTY_TYPES.filter((t) => t !== '其他' && content.includes(t));
  if (found.length === 0 && /[1-9]/u.test(text(parsed, 'CF_NR_FK'))) return ['罚款'];
  return found.length > 0 ? [...found] : [];
}

function firmOf(parsed: ParsedRow, p: 'CF' | 'XK'): RowDraft['firm'] {
  const name = text(parsed, `${p}_XDR_MC`);
  const code = text(parsed, `${p}_XDR_SHXYM`) || text(parsed, `${p}_XDR_ZZJG`) || text(parsed, `${p}_XDR_GSZC`);
  return name === '' ? null : { name, place: '', code: code === '' ? null : code.toUpperCase() };
}

function finish(parsed: ParsedRow, ctx: DraftContext, p: 'CF' | 'XK', problems: RowProblem[], build: () => ReturnType<typeof validateRecordDraft>): RowDraft {
  const firm = firmOf(parsed, p);
  if (!firm && !problems.some((x) => x.blocking)) problems.push(rowProblem(parsed, `${p}_XDR_MC`, 'E_IMPORT_FIRM_MISSING', ctx.mapping));
  if (problems.some((x) => x.blocking)) return { row: parsed.rowNumber, firm, draft: null, problems, values: valuesOf(parsed) };
  const result = build();
  problems.push(...validationProblems(parsed, result, ctx.mapping, (f) => (f === 'XK_LYDM' ? 'XK_LYDWDM' : f)));
  return { row: parsed.rowNumber, firm, draft: result.ok ? result.value : null, problems, values: valuesOf(parsed) };
}

export function penaltyRow(parsed: ParsedRow, row: LayoutRow, ctx: DraftContext): RowDraft {
  const problems = parsedProblems(parsed, BLOCKING);
  const t = (f: string) => text(parsed, f);
  const party = t('CF_XDR_LB');
  return finish(parsed, ctx, 'CF', problems, () => validateRecordDraft('penalties', {
    severity: ctx.severity,
    details: {
      CF_WSH: t('CF_WSH'), CF_WFXW: t('CF_WFXW'), CF_SY: t('CF_SY'), CF_YJ: t('CF_YJ'), CF_CFLB: penaltyTypes(parsed), CF_NR: t('CF_NR'),
      ...(t('CF_NR_FK') !== '' ? { CF_NR_FK: t('CF_NR_FK') } : {}), ...(t('CF_NR_WFFF') !== '' ? { CF_NR_WFFF: t('CF_NR_WFFF') } : {}),
      CF_NR_ZKDX: t('CF_NR_ZKDX'), CF_JDRQ: t('CF_JDRQ'), CF_YXQ: t('CF_YXQ'), CF_GSJZQ: t('CF_GSJZQ'),
      CF_CFJG: t('CF_CFJG') || ctx.authority, CF_CFJGDM: t('CF_CFJGDM'), CF_SJLY: t('CF_SJLY'), CF_SJLYDM: t('CF_SJLYDM'),
      ...((PARTY_TYPES as readonly string[]).includes(party) ? { CF_XDR_LB: party } : {}),
      CF_FRDB: t('CF_FRDB'),
      BZ: [t('BZ'), originalsNote(row, ctx.mapping, ctx.fileName, '')].filter((s) => s !== '').join('\n').slice(0, 2000),
    },
  }));
}

/** 当前状态 as departments write it: anything revoked, cancelled or expired is not valid. */
const INVALID = /无效|注销|撤销|撤回|吊销|过期|失效|终止/u;

export function licenceRow(parsed: ParsedRow, row: LayoutRow, ctx: DraftContext): RowDraft {
  const problems = parsedProblems(parsed, BLOCKING);
  const t = (f: string) => text(parsed, f);
  return finish(parsed, ctx, 'XK', problems, () => validateRecordDraft('licences', {
    details: {
      XK_XKWS: t('XK_XKWS') || t('XK_XKZS') || '行政许可决定书', XK_WSH: t('XK_WSH'), XK_XKLB: t('XK_XKLB'), XK_XKZS: t('XK_XKZS'),
      XK_XKBH: t('XK_XKBH'), XK_NR: t('XK_NR'), XK_JDRQ: t('XK_JDRQ') || t('XK_YXQZ'), XK_YXQZ: t('XK_YXQZ'), XK_YXQZI: t('XK_YXQZI'),
      XK_XKJG: t('XK_XKJG') || ctx.authority, XK_XKJGDM: t('XK_XKJGDM'), XK_LYDW: t('XK_LYDW'), XK_LYDM: t('XK_LYDWDM'),
      XK_ZT: INVALID.test(t('XK_ZT')) ? '无效' : '有效',
      BZ: [t('BZ'), originalsNote(row, ctx.mapping, ctx.fileName, '')].filter((s) => s !== '').join('\n').slice(0, 2000),
    },
  }));
}
