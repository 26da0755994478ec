/**
 * How many cases a property test tries. Under mutation testing (`npm run mutate`) every mutant
 * reruns the property tests that reach it, so stryker.config.mjs sets JIT_PROPERTY_RUNS_DIVISOR
 * (docs/testing.md) to try a tenth as many; `npm test` always tries them all.
 */
const divisor = Number(process.env.JIT_PROPERTY_RUNS_DIVISOR) || 1;

export function runs(n: number): number {
  return Math.max(10, Math.ceil(n / divisor));
}
