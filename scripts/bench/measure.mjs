// Timing for the bench: CPU time (process.cpuUsage, user + system) rather than wall time, since the
// machine is shared; contenders alternate round by round, and each is reported as the median of its
// rounds with the range of the middle half.

/** CPU microseconds used by this process so far. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** The median of some numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The lower and upper quartile of some numbers. */
export const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
  return [at(0.25), at(0.75)];
};

/**
 * CPU microseconds per call of `fn`, over a batch long enough (about `batchMs` of CPU) for the
 * clock's granularity not to matter. The batch size is found once and then kept.
 */
function calibrate(fn, batchMs) {
  let n = 1;
  for (;;) {
    const start = cpu();
    for (let i = 0; i < n; i++) fn(i);
    const spent = cpu() - start;
    if (spent >= batchMs * 1000 || n >= 1 << 26) return n;
    n = spent < 100 ? n * 8 : Math.ceil((n * batchMs * 1000) / spent);
  }
}

function batch(fn, n) {
  const start = cpu();
  for (let i = 0; i < n; i++) fn(i);
  return (cpu() - start) / n;
}

/**
 * Times contenders against each other: every round runs each once (a batch of about `batchMs`),
 * the order rotating from round to round. Returns, per contender, the median microseconds per call
 * and the interquartile range over the rounds.
 */
export function compare(contenders, { rounds = 15, batchMs = 20 } = {}) {
  const entries = Object.entries(contenders);
  for (const [, fn] of entries) for (let i = 0; i < 3; i++) fn(i); // warm up
  const sizes = entries.map(([, fn]) => calibrate(fn, batchMs));
  const times = entries.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < entries.length; k++) {
      const i = (k + round) % entries.length;
      times[i].push(batch(entries[i][1], sizes[i]));
    }
  }
  return Object.fromEntries(entries.map(([name], i) => [name, { us: median(times[i]), range: quartiles(times[i]), samples: times[i] }]));
}

/**
 * Ratio of two contenders, median of the per-round ratios (each round pairs the two batches run
 * side by side), with its interquartile range.
 */
export function ratioOf(result, a, b) {
  const ratios = result[a].samples.map((t, i) => t / result[b].samples[i]);
  return { ratio: median(ratios), range: quartiles(ratios) };
}
