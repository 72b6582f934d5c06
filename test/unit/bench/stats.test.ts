import { describe, expect, it } from 'vitest';
import { median, medianInterval, medianRatioInterval, pairedRatioInterval, seededRandom } from '../../../scripts/bench/stats';

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('refuses an empty sample instead of returning NaN', () => {
    expect(() => median([])).toThrow();
  });
});

describe('seededRandom', () => {
  it('repeats for a seed, differs between seeds, and stays in [0, 1)', () => {
    const a = Array.from({ length: 1000 }, seededRandom(42));
    expect(Array.from({ length: 1000 }, seededRandom(42))).toEqual(a);
    expect(Array.from({ length: 1000 }, seededRandom(43))).not.toEqual(a);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
    // Roughly uniform: each tenth of the range gets a fair share.
    for (let d = 0; d < 10; d++) {
      const share = a.filter((x) => Math.floor(x * 10) === d).length;
      expect(share).toBeGreaterThan(60);
      expect(share).toBeLessThan(140);
    }
  });
});

/** A sample of n values around `centre` with some spread, drawn from a seeded source. */
function sample(n: number, centre: number, spread: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => centre + (random() - 0.5) * 2 * spread);
}

describe('medianRatioInterval', () => {
  it('estimates the ratio of medians and brackets it', () => {
    const treated = sample(15, 200, 20, 1);
    const control = sample(15, 100, 10, 2);
    const ci = medianRatioInterval(treated, control, { random: seededRandom(7), resamples: 2000 });
    expect(ci.estimate).toBeCloseTo(median(treated) / median(control), 12);
    expect(ci.low).toBeLessThanOrEqual(ci.estimate);
    expect(ci.high).toBeGreaterThanOrEqual(ci.estimate);
    expect(ci.low).toBeGreaterThan(1.6);
    expect(ci.high).toBeLessThan(2.5);
  });

  it('is reproducible with the same seed', () => {
    const treated = sample(15, 110, 30, 3);
    const control = sample(15, 100, 30, 4);
    const a = medianRatioInterval(treated, control, { random: seededRandom(9), resamples: 500 });
    const b = medianRatioInterval(treated, control, { random: seededRandom(9), resamples: 500 });
    expect(b).toEqual(a);
  });

  it('gives a zero-width interval when neither sample varies', () => {
    const ci = medianRatioInterval([6, 6, 6], [3, 3, 3], { random: seededRandom(1), resamples: 200 });
    expect(ci).toEqual({ estimate: 2, low: 2, high: 2 });
  });

  it('widens with noisier samples and narrows with a lower confidence', () => {
    const quiet = medianRatioInterval(sample(21, 100, 2, 5), sample(21, 100, 2, 6), { random: seededRandom(3), resamples: 2000 });
    const noisy = medianRatioInterval(sample(21, 100, 40, 5), sample(21, 100, 40, 6), { random: seededRandom(3), resamples: 2000 });
    expect(noisy.high - noisy.low).toBeGreaterThan(quiet.high - quiet.low);
    const treated = sample(21, 100, 40, 5);
    const control = sample(21, 100, 40, 6);
    const wide = medianRatioInterval(treated, control, { random: seededRandom(3), resamples: 2000, confidence: 0.95 });
    const narrow = medianRatioInterval(treated, control, { random: seededRandom(3), resamples: 2000, confidence: 0.5 });
    expect(narrow.high - narrow.low).toBeLessThan(wide.high - wide.low);
  });
});

describe('medianInterval', () => {
  it('brackets the sample median within the sample range', () => {
    const xs = sample(15, 50, 10, 11);
    const ci = medianInterval(xs, { random: seededRandom(2), resamples: 2000 });
    expect(ci.estimate).toBe(median(xs));
    expect(ci.low).toBeLessThanOrEqual(ci.estimate);
    expect(ci.high).toBeGreaterThanOrEqual(ci.estimate);
    expect(ci.low).toBeGreaterThanOrEqual(Math.min(...xs));
    expect(ci.high).toBeLessThanOrEqual(Math.max(...xs));
  });
});

describe('pairedRatioInterval', () => {
  it('cancels a drift that moves both figures of a round alike, which the ratio of medians cannot', () => {
    // The machine's speed drifts from round to round; the extension adds 5 % to each round's control figure.
    const control = sample(15, 100, 60, 12);
    const treated = control.map((c) => c * 1.05);
    const paired = pairedRatioInterval(treated, control, { random: seededRandom(4), resamples: 2000 });
    expect(paired.estimate).toBeCloseTo(1.05, 12);
    expect(paired.high - paired.low).toBeLessThan(1e-9);
    const unpaired = medianRatioInterval(treated, control, { random: seededRandom(4), resamples: 2000 });
    expect(unpaired.high - unpaired.low).toBeGreaterThan(0.2);
  });

  it('is the median of the per-round ratios, and refuses samples of different lengths', () => {
    const ci = pairedRatioInterval([2, 30, 9], [1, 10, 10], { random: seededRandom(5), resamples: 500 });
    expect(ci.estimate).toBe(2);
    expect(() => pairedRatioInterval([1, 2], [1], { random: seededRandom(5) })).toThrow();
  });
});
