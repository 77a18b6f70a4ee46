import { describe, expect, it } from 'vitest';
import { evaluateEnterprise } from '../../../src/core/evaluation/evaluate';
import { explanationOf, storedExplanationText } from '../../../src/core/evaluation/stored';
import type { EnterpriseEvaluation } from '../../../src/core/evaluation/types';
import { AS_OF, CITIZEN_GRADES, input, loadDefaultModel, modelCitizen, rec } from './fixtures';

const model = loadDefaultModel();

/** The explanation as results stored it before format 2: every member written out. */
const fullText = (e: EnterpriseEvaluation): string =>
  JSON.stringify({ validTo: e.validTo, dimensions: e.dimensions, indicators: e.indicators, gatesFailed: e.gatesFailed, caps: e.caps, vetoes: e.vetoes });

function evaluated(): EnterpriseEvaluation {
  const r = evaluateEnterprise(model, input(7, [
    ...modelCitizen(),
    rec({ kind: 'penalties', severity: 'general', occurredOn: '2025-02-10' }),
    rec({ kind: 'penalties', severity: 'minor', occurredOn: '2024-02-10' }),
    rec({ kind: 'accidents', severity: 'serious', occurredOn: '2026-01-05', details: { type: 'accident' } }),
    rec({ kind: 'complaints', outcome: 'verified', occurredOn: '2025-12-01' }),
  ], {
    previousGrades: CITIZEN_GRADES,
    listEntries: [{ listType: 'business-abnormal', state: 'active', from: '2026-01-01', to: null, source: 'local' }],
  }), AS_OF);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe('stored explanations', () => {
  it('read back through the model exactly as the engine gave them, member order included', () => {
    const e = evaluated();
    expect(e.vetoes.length + e.caps.length + e.gatesFailed.length).toBeGreaterThan(0);
    const text = storedExplanationText(e);
    // Written by hand, but exactly as JSON.stringify would write the same value.
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    expect(JSON.stringify(explanationOf(model, text))).toBe(fullText(e));
    // The model's labels are not repeated in every row.
    expect(text).not.toContain(model.dimensions[0]?.label);
    expect(text.length).toBeLessThan(fullText(e).length / 2);
  });

  it('escapes what notes and labels may hold', () => {
    const quoting = structuredClone(model);
    for (const d of quoting.dimensions) for (const i of d.indicators) for (const r of i.rules) r.label = `${r.label} "引号" \\ 与换行\n`;
    for (const g of quoting.gradeRules) g.label = `${g.label} "否决"`;
    const r = evaluateEnterprise(quoting, input(8, [...modelCitizen(), rec({ kind: 'accidents', severity: 'serious', occurredOn: '2026-01-05', details: { type: 'accident' } })]), AS_OF);
    if (!r.ok) throw new Error(r.error.code);
    const text = storedExplanationText(r.value);
    expect(r.value.indicators.some((i) => i.notes.some((n) => n.includes('"引号"')))).toBe(true);
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    expect(JSON.stringify(explanationOf(quoting, text))).toBe(fullText(r.value));
  });

  it('keeps vetoes where the run report reads them in SQL ($.vetoes)', () => {
    const e = evaluated();
    expect((JSON.parse(storedExplanationText(e)) as { vetoes: unknown }).vetoes).toEqual(JSON.parse(JSON.stringify(e.vetoes)));
  });

  it('reads results stored before format 2 as they are', () => {
    const e = evaluated();
    expect(JSON.stringify(explanationOf(model, fullText(e)))).toBe(fullText(e));
  });

  it('refuses a compact explanation that does not fit the model', () => {
    const x = JSON.parse(storedExplanationText(evaluated())) as { indicators: unknown[] };
    x.indicators.pop();
    expect(() => explanationOf(model, JSON.stringify(x))).toThrow(/does not fit model/);
  });
});
