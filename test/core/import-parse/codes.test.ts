import { describe, expect, it } from 'vitest';
import { classifyCodeCell } from '../../../src/core/import-parse/codes';

describe('credit-code cells', () => {
  it('accepts valid codes and says which damaged ones cannot be recovered', () => {
    expect(classifyCodeCell('91350200776049653A')).toMatchObject({ kind: 'valid', code: '91350200776049653A' });
    expect(classifyCodeCell('9.14E+17')).toMatchObject({ kind: 'excel-scientific', code: null, problem: 'E_IMPORT_DAMAGED_CODE' });
    expect(classifyCodeCell({ value: 914000000000000000, text: '9.14E+17' })).toMatchObject({ kind: 'excel-scientific', original: '9.14E+17' });
    expect(classifyCodeCell('915101070549352000')).toMatchObject({ kind: 'excel-rounded', code: null, problem: 'E_IMPORT_CODE_ROUNDED' });
    expect(classifyCodeCell({ value: 915101070549352000, text: '915101070549352000' })).toMatchObject({ kind: 'excel-rounded' });
    expect(classifyCodeCell('91\uFFFD50200776049653A')).toMatchObject({ kind: 'damaged-encoding', problem: 'E_IMPORT_TEXT_DAMAGED' });
  });

  it('reports a letter O without fixing it, saying what the fixed code would be', () => {
    expect(classifyCodeCell('91350200776O49653A')).toEqual({
      kind: 'letter-o', code: null, original: '91350200776O49653A', problem: 'E_IMPORT_CODE_LETTER_O',
      suggestion: { code: '91350200776049653A', passes: true },
    });
    expect(classifyCodeCell('9135O200776049653A').suggestion).toEqual({ code: '91350200776049653A', passes: true });
    expect(classifyCodeCell('O1350200776049653A').suggestion?.passes).toBe(false);
  });

  it('keeps a check failure (pilot codes are legal) and other identifiers', () => {
    expect(classifyCodeCell('91350100M0001TGQXM')).toMatchObject({ kind: 'check-failed', code: '91350100M0001TGQXM', problem: 'E_USCC_CHECK' });
    expect(classifyCodeCell('00251805-7')).toMatchObject({ kind: 'other-identifier', identifier: 'org-code' });
    expect(classifyCodeCell('——')).toMatchObject({ kind: 'empty' });
    expect(classifyCodeCell('12345')).toMatchObject({ kind: 'malformed' });
  });
});
