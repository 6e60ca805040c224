export { toTei } from './export/to-tei.js';
