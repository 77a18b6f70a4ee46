/** Rules by date: versioned rule sets and the periods they set (domain §2, §3, §8.3). */
export { blacklistExpiry, earliestEarlyRemoval, reinstatedTermStart, type ListingDates, type ListingTerm } from './blacklist';
export { AQSIQ_QUALITY, DEFAULT_RULE_SETS, NDRC_36, SAIC_83, SAMR_44, SAMR_45 } from './defaults';
export { compareDecimal, penaltyFactsOf, type PenaltyFacts } from './penalty-facts';
export { days, describePeriod, laterOf, months, periodEnd, workingDays, years, type Period } from './period';
export { earliestRepair, publicationPeriod, type PublicationPeriod, type PublicityOptions } from './publicity';
export {
  AUTHORITY_LEVELS, BlacklistRuleSetSchema, PeriodSchema, PublicityClassSchema, PublicityRuleSetSchema, REINSTATEMENT_RULES,
  RuleSetSchema, RuleSourceSchema, type AuthorityLevel, type BlacklistRuleSet, type PublicityClass, type PublicityRuleSet,
  type ReinstatementRule, type RuleKind, type RuleSet, type RuleSetOf, type RuleSource,
} from './schema';
export { describeRuleSet, ruleSetById, ruleSetFor, type RuleSetRef } from './select';
