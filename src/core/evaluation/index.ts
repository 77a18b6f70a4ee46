export * from './model-schema';
export * from './model';
export * from './types';
export { compileModel, evaluateEnterprise, type CompiledModel, type Evaluator } from './evaluate';
export { evaluateRun, evaluateStream, summarise, type RunFailure, type RunResult, type RunSummary } from './run';
export { diffRuns, DEFAULT_GRADES, type GradeMove, type RunDiff } from './diff';
export { applyOverrides, whatIf, type ModelOverride, type WhatIfResult } from './what-if';
export { canonicalEvaluationInput } from './digest';
export { formatPoints, parsePoints } from './points';
