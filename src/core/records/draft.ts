import { z } from 'zod';
import { isSpotCheckState, outcomeForState, type SpotCheckState } from '../spot-checks/states';
import { err, ok, type Result } from '../shared/result';
import { isBefore, partialDate, precisionOf } from './fields';
import { toFieldIssues, type FieldIssue } from './issues';
import { defaultEffect, KIND_META, KIND_SPECS } from './kinds';
import { project } from './projection';
import { type CreditRecord, DATE_PRECISIONS, RECORD_EFFECTS, RECORD_KINDS, RECORD_OUTCOMES, type RecordKind, SEVERITIES } from './record';
import { summarise } from './summary';

/** A record ready to store: every common column, normalised details, no id yet. */
export type RecordDraft = Omit<CreditRecord, 'id'>;

const nullableText = (max: number) =>
  z.string().trim().max(max, { message: `不能超过 ${max} 个字` }).nullable().optional()
    .transform((s) => (s === '' || s === undefined ? null : s));
const id = () => z.number({ message: '应为编号' }).int({ message: '应为编号' }).positive({ message: '应为编号' }).nullable().optional();

const CommonSchema = z.strictObject({
  kind: z.enum(RECORD_KINDS).optional(),
  enterpriseId: id(),
  personId: id(),
  productId: id(),
  effect: z.enum(RECORD_EFFECTS).optional(),
  authority: nullableText(200),
  authorityCode: nullableText(18),
  docNo: nullableText(200),
  occurredOn: partialDate().nullable().optional(),
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  endsOn: partialDate().nullable().optional(),
  outcome: z.enum(RECORD_OUTCOMES).nullable().optional(),
  severity: z.enum(SEVERITIES).nullable().optional(),
  state: z.string().nullable().optional(),
  summary: nullableText(300),
  details: z.unknown(),
});
type Common = z.output<typeof CommonSchema>;

const COMMON_LABELS = {
  kind: '记录类型', enterpriseId: '企业', personId: '人员', productId: '产品', effect: '信用影响', authority: '机关',
  authorityCode: '机关统一社会信用代码', docNo: '文书号', occurredOn: '发生日期', datePrecision: '日期精度',
  endsOn: '截止日期', outcome: '结论', severity: '严重程度', state: '处理阶段', summary: '摘要', details: '详细信息',
};

const issue = (field: keyof typeof COMMON_LABELS, why: string): FieldIssue => ({ field, message: `${COMMON_LABELS[field]}：${why}` });

const SPOT_DEFAULT_STATE: Record<string, SpotCheckState> = { pass: 'passed', fail: 'failed', refused: 'refused', pending: 'testing' };

/** Outcome, severity and state against the kind's vocabulary; fills the ones that follow. */
function settle(kind: RecordKind, c: Common, projected: Common['outcome'], issues: FieldIssue[]) {
  const meta = KIND_META[kind];
  const stateGiven = c.state ?? null;
  let outcome = projected ?? c.outcome ?? null;
  if (kind === 'spot-checks' && outcome === null && stateGiven !== null && isSpotCheckState(stateGiven)) outcome = outcomeForState(stateGiven);
  if (kind === 'complaints' && outcome === null && typeof (c.details as { verified?: unknown })?.verified === 'boolean') {
    outcome = (c.details as { verified: boolean }).verified ? 'verified' : 'unverified';
  }
  if (meta.outcomes.length === 0 && outcome !== null) issues.push(issue('outcome', `${meta.zh}记录不填写结论`));
  if (meta.outcomes.length > 0 && outcome === null) issues.push(issue('outcome', '为必填项'));
  if (outcome !== null && meta.outcomes.length > 0 && !meta.outcomes.includes(outcome)) issues.push(issue('outcome', `应为以下之一：${meta.outcomes.join('、')}`));

  const severity = c.severity ?? null;
  if (meta.severity && severity === null) issues.push(issue('severity', '为必填项'));
  if (!meta.severity && severity !== null) issues.push(issue('severity', `${meta.zh}记录不填写严重程度`));

  let state: string | null = stateGiven;
  if (meta.stateMachine) {
    state ??= outcome !== null ? (SPOT_DEFAULT_STATE[outcome] ?? null) : null;
    if (state !== null && !isSpotCheckState(state)) issues.push(issue('state', `未知的处理阶段“${state}”`));
    else if (state !== null && outcome !== null && outcomeForState(state) !== outcome) issues.push(issue('state', '与结论不一致'));
  } else if (state !== null) {
    issues.push(issue('state', `${meta.zh}记录没有处理阶段`));
  }
  return { outcome, severity, state };
}

/**
 * Validates and normalises a record draft of `kind`: the common columns, the kind's details,
 * the columns the details determine (and their agreement), dates (real, ISO, cut to a precision,
 * endsOn ≥ occurredOn), the outcome/severity/state vocabulary, the default effect and the summary.
 * All problems are reported at once in `details.issues`, each message naming its field in Chinese.
 *
 * @example
 * validateRecordDraft('awards', { authority: '', details: { awardName: '省长质量奖', level: 'provincial',
 *   year: 2024, grantor: '某省人民政府' } })
 * // { ok: true, value: { occurredOn: '2024', datePrecision: 'year', effect: 'positive', … } }
 */
export function validateRecordDraft(kind: RecordKind, draft: unknown): Result<RecordDraft> {
  if (!(RECORD_KINDS as readonly string[]).includes(kind)) {
    return err({ code: 'E_VALIDATION', message: `记录类型：未知的类型“${String(kind)}”`, details: { field: 'kind' } });
  }
  const spec = KIND_SPECS[kind];
  const common = CommonSchema.safeParse(draft);
  const raw = (draft !== null && typeof draft === 'object' ? (draft as { details?: unknown }).details : undefined);
  const details = spec.schema.safeParse(raw ?? {});
  const issues: FieldIssue[] = [
    ...(common.success ? [] : toFieldIssues(common.error.issues, draft, COMMON_LABELS)),
    ...(raw === undefined ? [issue('details', '为必填项')] : details.success ? [] : toFieldIssues(details.error.issues, raw, spec.labels, 'details')),
  ];
  if (common.success && common.data.kind !== undefined && common.data.kind !== kind) issues.push(issue('kind', `与“${kind}”不一致`));
  if (!common.success || !details.success || issues.length > 0) return fail(issues);

  const c = common.data;
  const cols = project(spec.project(details.data), c, issues);
  const { outcome, severity, state } = settle(kind, c, cols.outcome, issues);
  issues.push(...spec.check(details.data, { outcome }));
  if (cols.occurredOn === null) issues.push(issue('occurredOn', '为必填项'));
  if (cols.occurredOn !== null && cols.endsOn !== null && isBefore(cols.endsOn, cols.occurredOn)) issues.push(issue('endsOn', '不能早于发生日期'));
  if (cols.authority === null && kind !== 'commitments') issues.push(issue('authority', '为必填项'));
  if (issues.length > 0 || cols.occurredOn === null) return fail(issues);

  return ok({
    kind,
    enterpriseId: c.enterpriseId ?? null,
    personId: c.personId ?? null,
    productId: c.productId ?? null,
    effect: c.effect ?? defaultEffect(kind, outcome),
    authority: cols.authority ?? '',
    authorityCode: cols.authorityCode,
    docNo: cols.docNo,
    occurredOn: cols.occurredOn,
    datePrecision: cols.datePrecision ?? precisionOf(cols.occurredOn) ?? 'day',
    endsOn: cols.endsOn,
    outcome,
    severity,
    state,
    summary: c.summary ?? summarise(kind, details.data, { outcome, severity }),
    details: details.data as Record<string, unknown>,
  });
}

function fail(issues: FieldIssue[]): Result<never> {
  const first = issues[0];
  return err({
    code: 'E_VALIDATION',
    message: issues.length > 1 ? `${first?.message ?? ''}（另有 ${issues.length - 1} 处问题）` : (first?.message ?? '输入内容不符合要求'),
    details: { field: first?.field, issues },
  });
}
