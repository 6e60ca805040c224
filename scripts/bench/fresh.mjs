// Timings of a first call in a fresh process: each case is a small module run by its own `node`,
// which imports the package (not timed) and prints the CPU microseconds of the timed part.
import { spawnSync } from 'node:child_process';
import { median, quartiles } from './measure.mjs';

const prelude = `const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };`;

/** CPU microseconds of `timed` run once in a fresh process, after `setup` (both module source). */
function once(cwd, setup, timed, nodeArgs) {
  const source = `${prelude}\n${setup}\nconst t = cpu();\n${timed}\nconsole.log(cpu() - t);\n`;
  const result = spawnSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', source], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(String(result.stderr));
  return Number(result.stdout.trim().split('\n').at(-1));
}

/**
 * Times cases in fresh processes, alternating: every round runs each case once. Returns, per case,
 * the median CPU microseconds, the interquartile range and the per-round samples. `nodeArgs` are
 * given to each `node` (e.g. a young generation large enough that no scavenge lands in the timed part).
 */
export function compareFresh(cwd, cases, rounds = 11, nodeArgs = []) {
  const entries = Object.entries(cases);
  const times = entries.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < entries.length; k++) {
      const i = (k + round) % entries.length;
      const [, { setup, timed }] = entries[i];
      times[i].push(once(cwd, setup, timed, nodeArgs));
    }
  }
  return Object.fromEntries(entries.map(([name], i) => [name, { us: median(times[i]), range: quartiles(times[i]), samples: times[i] }]));
}
