import { z } from 'zod';
import { RECORD_KINDS } from '../core/records/record';
import { defineCall } from './define';
import { PageInputSchema, pageOf } from './common';
import { AttachmentSchema } from './records';
import { BanWarningSchema } from './todo';

export const DossierSummarySchema = z.object({
  enterpriseId: z.number().int(),
  /** Per record kind: how many, and how many bear negatively or positively on credit. */
  counts: z.array(z.object({ kind: z.enum(RECORD_KINDS), total: z.number().int(), negative: z.number().int(), positive: z.number().int() })),
  /** Lists the enterprise is on now (red, black, watch…), local or from other agencies. */
  lists: z.array(z.object({ listType: z.string(), label: z.string(), state: z.string(), from: z.string(), to: z.string().nullable(), source: z.string() })),
  /** Spot checks whose follow-up is still open, with the next deadline. */
  openFollowUps: z.array(z.object({ recordId: z.number().int(), summary: z.string(), state: z.string(), nextDue: z.string().nullable(), overdue: z.boolean() })),
  /** Persons under an active listing who serve as this enterprise's legal representative (bans follow people). */
  banWarnings: z.array(BanWarningSchema),
  /** Evidence not tied to one record. */
  attachments: z.array(AttachmentSchema),
});
export type DossierSummary = z.infer<typeof DossierSummarySchema>;

export const FieldChangeSchema = z.object({
  seq: z.number().int(), at: z.string(), username: z.string(), action: z.string(),
  entity: z.string(), entityId: z.string().nullable(), field: z.string(),
  before: z.unknown().nullable(), after: z.unknown().nullable(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

export const dossierSummary = defineCall({
  channel: 'dossier:summary', summary: '企业档案概况', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ enterpriseId: z.number().int().positive(), asOf: z.iso.date().optional() }),
  output: DossierSummarySchema, errors: ['E_NOT_FOUND'],
});

export const dossierHistory = defineCall({
  channel: 'dossier:history', summary: '档案字段变更历史', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: PageInputSchema.extend({ enterpriseId: z.number().int().positive() }),
  output: pageOf(FieldChangeSchema), errors: ['E_NOT_FOUND'],
});
