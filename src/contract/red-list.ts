import { z } from 'zod';
import { PageInputSchema, pageOf } from './common';
import { defineCall } from './define';

const IsoDate = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const RedReasonSchema = z.object({ code: z.string(), zh: z.string(), recordIds: z.array(z.number().int()) });
export type RedReason = z.infer<typeof RedReasonSchema>;

/** An enterprise that qualifies for the red list on the as-of date, with the grounds. */
export const RedCandidateSchema = z.object({
  enterpriseId: z.number().int(),
  name: z.string(),
  uscc: z.string(),
  /** The grade of the latest approved evaluation run, when there is one. */
  grade: z.string().nullable(),
  gradeValidTo: z.string().nullable(),
  reasons: z.array(RedReasonSchema),
});
export type RedCandidate = z.infer<typeof RedCandidateSchema>;

/**
 * Candidates from the latest approved evaluation run's grades and the firms' award records
 * (core/lists/red-list), leaving out firms already on the red list or proposed for it.
 *
 * @example invoke('red:candidates', { asOf: '2026-12-01', page: 1, pageSize: 20 })
 */
export const redCandidates = defineCall({
  channel: 'red:candidates', summary: '红名单候选企业（等级与荣誉，附理由）', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: PageInputSchema.extend({ asOf: IsoDate }),
  output: pageOf(RedCandidateSchema).extend({ runId: z.number().int().nullable(), runAsOf: z.string().nullable() }),
  errors: [],
});

export const redPropose = defineCall({
  channel: 'red:propose', summary: '提出列入红名单建议（以候选理由为依据）', access: ['officer', 'reviewer'], mutates: true,
  input: z.object({
    enterpriseIds: z.array(z.number().int().positive()).min(1).max(200),
    asOf: IsoDate,
    note: z.string().trim().max(1000).optional(),
  }),
  output: z.object({ entries: z.array(z.object({ id: z.number().int(), entryUid: z.string(), enterpriseId: z.number().int() })) }),
  errors: ['E_NOT_FOUND', 'E_AGENCY_UNSET', 'E_RED_NOT_CANDIDATE', 'E_RED_ALREADY_LISTED', 'E_LIST_DATE_ORDER', 'E_FORBIDDEN'],
});

export const redDecide = defineCall({
  channel: 'red:decide', summary: '审核红名单建议（批准或不予列入）', access: ['reviewer'], mutates: true,
  input: z.object({ entryId: z.number().int().positive(), approve: z.boolean(), on: IsoDate, note: z.string().trim().max(1000).optional() }),
  output: z.object({ id: z.number().int(), state: z.string() }),
  errors: ['E_NOT_FOUND', 'E_SELF_APPROVAL', 'E_LIST_TRANSITION', 'E_LIST_DATE_ORDER', 'E_FORBIDDEN'],
});

export const RED_SUSPENSION_ACTIONS = ['suspend', 'reinstate', 'remove'] as const;

export const redSuspension = defineCall({
  channel: 'red:suspension', summary: '暂停、恢复或移出红名单（须说明理由）', access: ['reviewer'], mutates: true,
  input: z.object({
    entryId: z.number().int().positive(), action: z.enum(RED_SUSPENSION_ACTIONS), on: IsoDate,
    reason: z.string().trim().min(1, '请填写理由').max(1000),
  }),
  output: z.object({ id: z.number().int(), state: z.string() }),
  errors: ['E_NOT_FOUND', 'E_LIST_TRANSITION', 'E_LIST_DATE_ORDER', 'E_FORBIDDEN'],
});
