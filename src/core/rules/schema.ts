import { z } from 'zod';

/**
 * Rule sets as data (a rule pack in resources/ can replace or extend the defaults): each is in
 * force from `effectiveFrom` to `effectiveTo` (inclusive, null = still in force) and is chosen by
 * the date that matters for the case (`ruleSetFor`). Ids are stored with each case (the list
 * entry's `rule_set` column): never rename one, add a new set instead.
 */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Label = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

export const PeriodSchema = z.strictObject({
  n: z.number().int().min(0).max(1200),
  unit: z.enum(['months', 'days', 'working-days']),
});

/** Where a rule comes from; `confirmed: false` marks what domain.md flags ✖ (a configurable default). */
export const RuleSourceSchema = z.strictObject({
  title: z.string().min(1),
  ref: z.string().min(1),
  confirmed: z.boolean(),
  note: z.string().optional(),
});
export type RuleSource = z.infer<typeof RuleSourceSchema>;

export const AUTHORITY_LEVELS = ['county', 'city', 'province', 'national'] as const;
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

export const REINSTATEMENT_RULES = ['restart', 'resume', 'original'] as const;
/**
 * When a removal obtained by fraud is revoked (domain §2.1 Re-listing, ✖):
 * - restart: a new full term from the reinstatement date;
 * - resume: the original end pushed back by the days the entry was off the list;
 * - original: the original end stands.
 */
export type ReinstatementRule = (typeof REINSTATEMENT_RULES)[number];

const Common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  label: Label,
  sources: z.array(RuleSourceSchema).min(1),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable(),
};

/** 严重违法失信名单 and its predecessors: the black-list life cycle (`core/lists`). */
export const BlacklistRuleSetSchema = z.strictObject({
  ...Common,
  kind: z.enum(['blacklist', 'quality-blacklist']),
  /** Listing term, after which the entry expires by itself. */
  term: PeriodSchema,
  /** What the term counts from: the decision (列入决定) or its publication. */
  termFrom: z.enum(['decision', 'publication']),
  /** Minimum time listed before the party may apply for early removal; null: no early removal. */
  earlyRemovalAfter: PeriodSchema.nullable(),
  /** The party's 陈述、申辩 / 听证 window after the notice is served. */
  noticeWindow: PeriodSchema,
  /** Publication on the 公示系统 after the decision. */
  publicationDeadline: PeriodSchema,
  /** The agency's decision on an early-removal application. */
  removalDecisionDeadline: PeriodSchema,
  /** Deciding authorities whose decision needs the next level's consent; [] switches the step off. */
  upperLevelConsent: z.array(z.enum(AUTHORITY_LEVELS)),
  reinstatement: z.enum(REINSTATEMENT_RULES),
});
export type BlacklistRuleSet = z.infer<typeof BlacklistRuleSetSchema>;

export const PublicityClassSchema = z.strictObject({
  label: Label,
  /** Minimum publication before repair (early stop) may be applied for; null: not repairable. */
  minBeforeRepair: PeriodSchema.nullable(),
  /** Publication stops by itself after this. */
  max: PeriodSchema,
  /** Normally not published at all (a warning alone; Order 36 minor class). */
  unpublished: z.boolean().default(false),
});
export type PublicityClass = z.infer<typeof PublicityClassSchema>;

/** Penalty publicity and its repair (Order 45 + SAMR 2021 repair measures; NDRC Order 36). */
export const PublicityRuleSetSchema = z.strictObject({
  ...Common,
  kind: z.literal('penalty-publicity'),
  /** How a penalty is put in a class: by its types and amount (Order 45) or by its severity. */
  classify: z.enum(['samr-order-45', 'severity']),
  classes: z.record(z.string(), PublicityClassSchema),
  termFrom: z.enum(['decision', 'publication']),
  /** 较低数额罚款: strictly below these amounts in 万元 (set per province). */
  lowFineWan: z.strictObject({ person: z.string(), organisation: z.string() }).optional(),
  /** Sectors needing the longer minimum (Order 45 class `sector`). */
  longSectors: z.array(z.string()).default([]),
  /** Penalty types that bar early stop whatever the class (Order 45 Art 13(3) class). */
  nonRepairableTypes: z.array(z.string()).default([]),
});
export type PublicityRuleSet = z.infer<typeof PublicityRuleSetSchema>;

export const RuleSetSchema = z.discriminatedUnion('kind', [BlacklistRuleSetSchema, PublicityRuleSetSchema]);
export type RuleSet = z.infer<typeof RuleSetSchema>;
export type RuleKind = RuleSet['kind'];
/** The rule-set type of a kind (both black-list kinds share one shape). */
export type RuleSetOf<K extends RuleKind> = K extends 'penalty-publicity' ? PublicityRuleSet : BlacklistRuleSet;
