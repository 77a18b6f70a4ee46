import { z } from 'zod';
import { AUTHORITY_LEVELS } from '../rules/schema';
import { LIST_SUBJECTS } from './list-types';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Text = z.string().trim().min(1);

/** Who acted: the user and the role they acted in (roles are checked per event, see `./guards`). */
export const ActorSchema = z.strictObject({ userId: Text, role: Text });
export type Actor = z.infer<typeof ActorSchema>;

/** A document the step rests on: title, its number, and the stored attachment when there is one. */
export const DocumentRefSchema = z.strictObject({
  title: Text,
  docNo: Text.optional(),
  attachmentId: z.union([z.number().int().positive(), Text]).optional(),
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

/** Order 44 Art 12: what the officer weighed; each factor must be addressed in words. */
export const ART12_FACTORS = ['malice', 'frequency', 'duration', 'amount'] as const;
export type Art12Factor = (typeof ART12_FACTORS)[number];
export const ART12_LABELS: Readonly<Record<Art12Factor, { zh: string; en: string }>> = {
  malice: { zh: '主观恶意', en: 'Subjective malice' },
  frequency: { zh: '违法频次', en: 'Frequency' },
  duration: { zh: '持续时间', en: 'Duration' },
  amount: { zh: '罚没数额', en: 'Amount of fines and confiscation' },
};

export const ProposalBasisSchema = z.strictObject({
  listType: Text,
  subjects: z.array(z.enum(LIST_SUBJECTS)).min(1),
  /** The penalty records (`CreditRecord.id`) the listing rests on. */
  penaltyRecordIds: z.array(z.number().int().positive()),
  /** Per Art 12 factor, what was found; `other` for the "similar factors". */
  art12: z.partialRecord(z.enum(ART12_FACTORS), z.string().trim()).default({}),
  art12Other: z.string().trim().optional(),
  reason: Text,
  legalBasis: Text,
  /** The deciding authority and its level (county and city need the next level's consent). */
  authority: Text,
  authorityLevel: z.enum(AUTHORITY_LEVELS),
  /** First free day after a legal restriction (限制从业 …) that may outlast the term. */
  restrictionEndsOn: IsoDate.nullable().default(null),
});
export type ProposalBasis = z.infer<typeof ProposalBasisSchema>;

/** The three conditions for early removal (domain §2.1), each with its evidence. */
export const REMOVAL_CONDITIONS = ['obligationsPerformed', 'harmRemoved', 'noFurtherHeavyPenalty'] as const;
export type RemovalCondition = (typeof REMOVAL_CONDITIONS)[number];
export const REMOVAL_CONDITION_LABELS: Readonly<Record<RemovalCondition, { zh: string; en: string }>> = {
  obligationsPerformed: { zh: '已履行行政处罚决定规定的义务', en: 'Penalty obligations performed' },
  harmRemoved: { zh: '已主动消除危害后果和不良影响', en: 'Harm and bad effects removed' },
  noFurtherHeavyPenalty: { zh: '未再受到市场监管部门较重行政处罚', en: 'No further heavy penalty' },
};
const ConditionSchema = z.strictObject({ met: z.boolean(), evidence: z.array(DocumentRefSchema).default([]) });
export const RemovalConditionsSchema = z.strictObject({
  obligationsPerformed: ConditionSchema,
  harmRemoved: ConditionSchema,
  noFurtherHeavyPenalty: ConditionSchema,
});
export type RemovalConditions = z.infer<typeof RemovalConditionsSchema>;

const common = {
  on: IsoDate,
  by: ActorSchema,
  /** Document number of the act itself (告知书, 决定书 …); required where `./guards` says so. */
  docNo: Text.optional(),
  documents: z.array(DocumentRefSchema).default([]),
  note: z.string().trim().optional(),
};
const plain = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), ...common });

/**
 * One dated step of an entry's life, as stored in `list_events` (payload in `evidence`).
 *
 * @example ListEventSchema.parse({ type: 'publish', on: '2026-03-02', by: { userId: 'u7', role: 'officer' } })
 */
export const ListEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('propose'), ...common, basis: ProposalBasisSchema }),
  plain('serve-notice'),
  z.strictObject({ type: z.literal('receive-objection'), ...common, hearing: z.boolean().default(false) }),
  z.strictObject({ type: z.literal('verify-objection'), ...common, outcome: z.enum(['upheld', 'accepted']) }),
  z.strictObject({ type: z.literal('consent'), ...common, authority: Text }),
  plain('decide'),
  plain('reject-proposal'),
  plain('publish'),
  z.strictObject({ type: z.literal('request-early-removal'), ...common, conditions: RemovalConditionsSchema }),
  plain('approve-removal'),
  plain('reject-removal'),
  plain('expire'),
  plain('withdraw'),
  plain('reinstate'),
]);
export type ListEvent = z.input<typeof ListEventSchema>;
export type ParsedListEvent = z.output<typeof ListEventSchema>;
