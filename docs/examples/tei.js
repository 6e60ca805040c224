// The TEI edition in CETEIcean: the document comes from the built package's toTei(), CETEIcean
// turns it into custom elements (tei-p, tei-choice, …), and tei.css says how each reading shows.
import { toTei } from '../../dist/index.js';

const ceteicean = new CETEI();
// The editors' notes are collected in the notes division; CETEIcean's default would put each in
// parentheses.
ceteicean.removeBehavior('tei', 'note');
document.getElementById('tei').appendChild(ceteicean.makeHTML5(toTei()));

// The printed reading by default; the corrected one on demand.
const toggle = document.getElementById('show-corrections');
const showReading = () => document.body.classList.toggle('corrected', toggle.checked);
toggle.addEventListener('change', showReading);
showReading();
document.body.dataset.ready = 'true';
