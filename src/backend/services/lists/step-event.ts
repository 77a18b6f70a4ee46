import type { ListStepInput } from '../../../contract/lists';
import type { Actor, ListEvent } from '../../../core/lists/events';
import { fail } from '../../failure';

type Step = ListStepInput & { documents: NonNullable<ListStepInput['documents']> };

/**
 * The core event for a step: the common fields, plus the fields of its own kind only (the core's
 * schema is strict, so a form's leftover field is dropped here rather than refused there).
 */
export function stepEvent(input: ListStepInput, by: Actor): ListEvent {
  const s: Step = { ...input, documents: input.documents ?? [] };
  const common = {
    on: s.on, by, documents: s.documents, ...(s.docNo ? { docNo: s.docNo } : {}), ...(s.note ? { note: s.note } : {}),
  };
  switch (s.type) {
    case 'receive-objection': return { type: s.type, ...common, hearing: s.hearing ?? false };
    case 'verify-objection': return { type: s.type, ...common, outcome: s.outcome ?? fail('E_VALIDATION', '请选择陈述申辩的核实结果', { field: 'outcome' }) };
    case 'consent': return { type: s.type, ...common, authority: s.authority || fail('E_VALIDATION', '请填写作出同意的上级部门', { field: 'authority' }) };
    case 'request-early-removal': {
      const none = { met: false, evidence: [] };
      return { type: s.type, ...common, conditions: s.conditions ?? { obligationsPerformed: none, harmRemoved: none, noFurtherHeavyPenalty: none } };
    }
    default: return { type: s.type, ...common };
  }
}
