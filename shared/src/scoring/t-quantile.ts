/**
 * Two-sided Student-t critical values for 1–30 degrees of freedom, for the confidence levels a model is likely to
 * pin (checked against scipy.stats.t.ppf to 4 decimals). simple-statistics has no t distribution.
 */
const TABLE: Record<string, ReadonlyArray<number>> = {
  '0.9': [
    6.3138, 2.92, 2.3534, 2.1318, 2.015, 1.9432, 1.8946, 1.8595, 1.8331, 1.8125, 1.7959, 1.7823, 1.7709, 1.7613, 1.7531,
    1.7459, 1.7396, 1.7341, 1.7291, 1.7247, 1.7207, 1.7171, 1.7139, 1.7109, 1.7081, 1.7056, 1.7033, 1.7011, 1.6991,
    1.6973,
  ],
  '0.95': [
    12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604, 2.1448,
    2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484,
    2.0452, 2.0423,
  ],
  '0.99': [
    63.6567, 9.9248, 5.8409, 4.6041, 4.0321, 3.7074, 3.4995, 3.3554, 3.2498, 3.1693, 3.1058, 3.0545, 3.0123, 2.9768,
    2.9467, 2.9208, 2.8982, 2.8784, 2.8609, 2.8453, 2.8314, 2.8188, 2.8073, 2.7969, 2.7874, 2.7787, 2.7707, 2.7633,
    2.7564, 2.75,
  ],
};

/**
 * The critical value t such that a central interval mean ± t·se holds `confidence` of a Student-t distribution with
 * `df` degrees of freedom.
 *
 * Up to 30 degrees of freedom (rounded down, which widens the interval a little for Welch's fractional df) it reads
 * the table above; beyond 30, or for a confidence level not in the table, it uses the Cornish–Fisher expansion of
 * the t quantile around the normal quantile (Abramowitz & Stegun 26.7.5), which is within 0.001 of the exact value
 * from df 5 on and tends to the normal quantile as df grows. (simple-statistics' `probit` is only good to about
 * 0.003, too coarse here, so the normal quantile is Acklam's rational approximation, good to 1e-9.)
 */
export function tQuantile(confidence: number, df: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new Error(`confidence must be between 0 and 1, got ${confidence}`);
  if (!(df >= 1)) throw new Error(`degrees of freedom must be at least 1, got ${df}`);
  const row = TABLE[String(confidence)];
  if (row && df <= 30) {
    const value = row[Math.floor(df) - 1];
    if (value !== undefined) return value;
  }
  return cornishFisher(normalQuantile(1 - (1 - confidence) / 2), df);
}

function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/** Acklam's coefficients, highest power first. */
const NUM_CENTRAL = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
];
const DEN_CENTRAL = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572, 1,
];
const NUM_TAIL = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const DEN_TAIL = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416, 1];

const horner = (coefficients: ReadonlyArray<number>, x: number) => coefficients.reduce((acc, c) => acc * x + c, 0);

/** Quantile of the standard normal distribution (Acklam's algorithm). */
export function normalQuantile(p: number): number {
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return horner(NUM_TAIL, q) / horner(DEN_TAIL, q);
  }
  if (p > 1 - 0.02425) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (horner(NUM_CENTRAL, r) * q) / horner(DEN_CENTRAL, r);
}
