import { search } from './src/index.js';
search('warm');
for (const [name, q] of [['3M marks', '\u0301'.repeat(3e6)], ['10M marks', '\u0301'.repeat(1e7)], ['10M alt marks', '\u0301\u0316'.repeat(5e6)], ['10M ZWJ', '\u200d'.repeat(1e7)], ['Kim+10M marks', 'Kim' + '\u0301'.repeat(1e7)], ['10M x', 'x'.repeat(1e7)], ['10M FF9E', '\uff9e'.repeat(1e7)], ['5M astral', '\u{1D167}'.repeat(5e6)], ['a+4095 marks x2442', ('a' + '\u0301'.repeat(4095)).repeat(2442)], ['short', 'Gomułka']] as const) {
  const t = performance.now(); const n = search(q).length; console.log(name, n, (performance.now() - t).toFixed(1), 'ms');
}
