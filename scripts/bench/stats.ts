/**
 * Statistics for the same-browser benchmark: medians and a percentile bootstrap of the ratio of two medians.
 * Pure; the random source is a parameter so tests (and a re-run) can seed it.
 */

/** A deterministic uniform [0, 1) source (mulberry32), so a seeded bootstrap gives the same interval every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The median (mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no values');
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-quantile (0 ≤ p ≤ 1) of already sorted values, linear between neighbours. */
function quantileSorted(sorted: readonly number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function resample(xs: readonly number[], random: () => number): number[] {
  return xs.map(() => xs[Math.floor(random() * xs.length)]!);
}

export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

export interface BootstrapOptions {
  random: () => number;
  resamples?: number;
  confidence?: number;
}

/** Percentile bootstrap: `draw` computes the statistic on one resampling; the interval is its central quantiles. */
function bootstrap(estimate: number, draw: () => number, opts: BootstrapOptions): Interval {
  const alpha = 1 - (opts.confidence ?? 0.95);
  const draws = Array.from({ length: opts.resamples ?? 10_000 }, draw).sort((a, b) => a - b);
  return { estimate, low: quantileSorted(draws, alpha / 2), high: quantileSorted(draws, 1 - alpha / 2) };
}

/** median(treated) / median(control) with a percentile bootstrap interval, both samples resampled independently. */
export function medianRatioInterval(treated: readonly number[], control: readonly number[], opts: BootstrapOptions): Interval {
  return bootstrap(
    median(treated) / median(control),
    () => median(resample(treated, opts.random)) / median(resample(control, opts.random)),
    opts,
  );
}

/** The median of one sample with its percentile bootstrap interval (for absolute figures). */
export function medianInterval(xs: readonly number[], opts: BootstrapOptions): Interval {
  return bootstrap(median(xs), () => median(resample(xs, opts.random)), opts);
}

/**
 * The median of the per-round ratios treated[i] / control[i], bootstrapped over rounds. A round times both tabs back to
 * back, so a machine whose speed drifts between rounds moves both of its figures alike: their ratio cancels the drift
 * that widens the ratio of medians.
 */
export function pairedRatioInterval(treated: readonly number[], control: readonly number[], opts: BootstrapOptions): Interval {
  if (treated.length !== control.length) throw new Error('paired samples of different lengths');
  return medianInterval(
    treated.map((t, i) => t / control[i]!),
    opts,
  );
}
