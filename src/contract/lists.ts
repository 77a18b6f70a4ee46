import { z } from 'zod';
import { ART12_FACTORS, DocumentRefSchema, RemovalConditionsSchema } from '../core/lists/events';
import { LIST_SUBJECTS } from '../core/lists/list-types';
import { RED_ONLY_STATES } from '../core/lists/red-cycle';
import { LIST_EVENTS, LIST_STATES } from '../core/lists/states';
import { AUTHORITY_LEVELS } from '../core/rules/schema';
import { PageInputSchema, pageOf } from './common';
import { defineCall } from './define';

const IsoDate = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });
const Text = (max: number) => z.string().trim().min(1, '请填写').max(max);

/** One list entry as the lists page shows it; local and exchange entries alike. */
export const ListEntrySchema = z.object({
  id: z.number().int(),
  entryUid: z.string(),
  listType: z.string(),
  enterpriseId: z.number().int().nullable(),
  personId: z.number().int().nullable(),
  subjectName: z.string(),
  subjectUscc: z.string().nullable(),
  state: z.string(),
  /** `local`: decided here, with its life cycle; otherwise received from another agency. */
  source: z.string(),
  reason: z.string(),
  legalBasis: z.string(),
  decidingAuthority: z.string().nullable(),
  decisionDocNo: z.string().nullable(),
  listedOn: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  removedOn: z.string().nullable(),
  proposedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ListEntry = z.infer<typeof ListEntrySchema>;

export const ListEventViewSchema = z.object({
  id: z.number().int(),
  event: z.string(),
  onDate: z.string(),
  byUser: z.string(),
  byRole: z.string(),
  docNo: z.string().nullable(),
  note: z.string().nullable(),
  /** The step's own content (basis, checklist, conditions, documents) as stored. */
  evidence: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export type ListEventView = z.infer<typeof ListEventViewSchema>;

export const ListDeadlineViewSchema = z.object({
  id: z.string(), party: z.enum(['enterprise', 'agency']), from: z.string(), due: z.string(), provisional: z.boolean(),
  metOn: z.string().nullable(), status: z.string(), overdue: z.boolean(), dueSoon: z.boolean(),
});

export const listsList = defineCall({
  channel: 'lists:list', summary: '红黑名单条目列表与检索', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: PageInputSchema.extend({
    listType: z.string().trim().max(64).optional(),
    /** A black-list state, or one of the red list's own (core/lists/red-cycle). */
    state: z.enum([...LIST_STATES, ...RED_ONLY_STATES]).optional(),
    /** Part of the subject's name, its USCC, the permanent id or the decision's document number. */
    query: z.string().trim().max(100).default(''),
  }),
  output: pageOf(ListEntrySchema), errors: [],
});

export const listsGet = defineCall({
  channel: 'lists:get', summary: '名单条目详情：历史、可办理的下一步与期限', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ id: z.number().int().positive() }),
  output: z.object({
    entry: ListEntrySchema,
    basis: z.record(z.string(), z.unknown()),
    events: z.array(ListEventViewSchema),
    /** The steps the caller may record now (state, role, separation of duties, prerequisites). */
    allowed: z.array(z.enum(LIST_EVENTS)),
    deadlines: z.array(ListDeadlineViewSchema),
  }),
  errors: ['E_NOT_FOUND'],
});

export const ListProposalSchema = z.object({
  enterpriseId: z.number().int().positive(),
  listType: Text(64),
  /** Whether the legal representative is listed with the enterprise (the list type must admit persons). */
  subjects: z.array(z.enum(LIST_SUBJECTS)).min(1).default(['enterprise']),
  reason: Text(1000),
  legalBasis: Text(500),
  penaltyRecordIds: z.array(z.number().int().positive()).max(100),
  /** Order 44 Art 12: what was found for each factor. */
  art12: z.partialRecord(z.enum(ART12_FACTORS), z.string().trim().max(1000)).default({}),
  art12Other: z.string().trim().max(1000).optional(),
  authority: Text(200),
  authorityLevel: z.enum(AUTHORITY_LEVELS),
  restrictionEndsOn: IsoDate.nullable().default(null),
  on: IsoDate,
  note: z.string().trim().max(1000).optional(),
});
export type ListProposalInput = z.input<typeof ListProposalSchema>;

export const listsPropose = defineCall({
  channel: 'lists:propose', summary: '提出列入名单建议（附行政处罚依据与第十二条考量）', access: ['officer', 'reviewer'], mutates: true,
  input: ListProposalSchema,
  output: z.object({ id: z.number().int(), entryUid: z.string(), state: z.string() }),
  errors: ['E_NOT_FOUND', 'E_AGENCY_UNSET', 'E_LIST_BASIS', 'E_LIST_TYPE_UNKNOWN', 'E_LIST_DATE_ORDER', 'E_FORBIDDEN'],
});

/** Every step but the proposal, which opens an entry and has its own call. */
export const LIST_STEP_EVENTS = LIST_EVENTS.filter((e): e is Exclude<(typeof LIST_EVENTS)[number], 'propose'> => e !== 'propose');

export const ListStepSchema = z.object({
  entryId: z.number().int().positive(),
  type: z.enum(LIST_STEP_EVENTS as [(typeof LIST_STEP_EVENTS)[number], ...(typeof LIST_STEP_EVENTS)[number][]]),
  on: IsoDate,
  docNo: z.string().trim().max(200).optional(),
  note: z.string().trim().max(1000).optional(),
  documents: z.array(DocumentRefSchema).max(50).optional(),
  /** receive-objection: the party asked for a hearing. */
  hearing: z.boolean().optional(),
  /** verify-objection: upheld (the listing goes on) or accepted (not listed). */
  outcome: z.enum(['upheld', 'accepted']).optional(),
  /** consent: the upper-level authority that consented. */
  authority: z.string().trim().max(200).optional(),
  /** request-early-removal: the three conditions with their evidence. */
  conditions: RemovalConditionsSchema.optional(),
});
export type ListStepInput = z.input<typeof ListStepSchema>;

export const listsStep = defineCall({
  channel: 'lists:step', summary: '办理名单条目的下一步（告知、陈述申辩、同意、决定、公示、移出等）', access: ['officer', 'reviewer'], mutates: true,
  input: ListStepSchema,
  output: z.object({
    id: z.number().int(), state: z.string(),
    /** Late agency acts are recorded, with a warning (they do not void the act). */
    warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  }),
  errors: [
    'E_NOT_FOUND', 'E_LIST_TRANSITION', 'E_SELF_APPROVAL', 'E_FORBIDDEN', 'E_LIST_DEADLINE', 'E_LIST_DATE_ORDER', 'E_LIST_DOCUMENT',
    'E_LIST_REMOVAL_CONDITIONS', 'E_LIST_RESTRICTION_RUNNING', 'E_RULESET_NONE',
  ],
});
