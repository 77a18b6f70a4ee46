// npm run bench: each figure beside a baseline measured in the same run, on the same machine, so
// the ratio means something whatever the hardware. QCD_BENCH_SCALE=0.01 for a quick run (default
// 1: a million enterprises with about ten million records, a million-row import, a 100,000-entry
// publication); generated workspaces and files are cached under $TMPDIR/qcd-bench-cache
// (QCD_BENCH_CACHE), keyed by seed and size. Needs the sqlite3 shell for the .import baseline and
// sha256sum for the verification baseline. --only demo,import,search,evaluation,publications,exchange,announcements.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { demoFigure } from './demo-figure';
import { demoWorkspace } from './demo-workspace';
import { evaluationFigure } from './evaluation-figure';
import { importFigure } from './import-figure';
import { publicationFigure } from './publications';
import { searchFigure } from './search-figure';
import { exchangeFigure } from './exchange';
import { announcementFigure } from './announcement-figure';
import { benchScale, fmt } from './scale';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '1' }, only: { type: 'string' } } });
const SEED = values.seed;
const scale = benchScale();
const N = Math.max(1000, Math.round(1_000_000 * scale));
const only = new Set((values.only ?? 'demo,import,search,evaluation,publications,exchange,announcements').split(','));

console.log(`质量信用管理台 bench — scale ${scale}: ${fmt(N)} enterprises, seed ${SEED}`);
// The import is measured through the built `qcd`, as people run it.
execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
if (only.has('demo')) await demoFigure(N, SEED);
if (only.has('import')) await importFigure(N, SEED);
if (only.has('search')) await searchFigure(await demoWorkspace(N, SEED), SEED);
if (only.has('evaluation')) await evaluationFigure(await demoWorkspace(N, SEED));
if (only.has('publications')) {
  console.log(`\n[publications] a publication of ${fmt(Math.max(1000, Math.round(100_000 * scale)))} black-list entries, then its verification`);
  await publicationFigure(Math.max(1000, Math.round(100_000 * scale)));
}
if (only.has('exchange')) await exchangeFigure(N);
if (only.has('announcements')) await announcementFigure();
