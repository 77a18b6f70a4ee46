/**
 * How many generated cases each hostile-input property runs. `npm test` runs a reduced count;
 * the full suite (≥ 10,000 per entry point) is `QCD_HOSTILE_RUNS=10000 npx vitest run test/hostile`.
 */
export const RUNS = Number(process.env.QCD_HOSTILE_RUNS ?? 300);
