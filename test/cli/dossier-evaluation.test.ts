import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';

const t = tempDir('qcd-cli-eval-');
afterAll(() => t.cleanup());
const pw = join(t.dir, 'pw');
const ws = join(t.dir, 'ws');
beforeAll(() => {
  writeFileSync(pw, `${PASSWORD}\n`);
  expect(qcd('demo', '--workspace', ws, '--enterprises', '200', '--seed', '7', '--password-file', pw, '--json').status).toBe(0);
});

type Hit = { uscc: string; name: string };

describe('qcd search, dossier, evaluate and explain', () => {
  it('searches by a two-character fragment and by record facts, and exports the hits', () => {
    const all = qcd('search', '--workspace', ws, '--query', '有限', '--json').json() as { total: number; items: Hit[] };
    expect(all.total).toBeGreaterThan(0);
    expect(all.items.every((e) => e.name.includes('有限'))).toBe(true);
    const failed = qcd('search', '--workspace', ws, '--record-kind', 'spot-checks', '--record-outcome', 'fail', '--since', '2022-01-01', '--json');
    expect(failed.status).toBe(0);
    const out = join(t.dir, 'hits.xlsx');
    const exported = qcd('search', '--workspace', ws, '--query', '有限', '--out', out, '--json').json() as { rows: number };
    expect(exported.rows).toBe(all.total);
    expect(qcd('search', '--workspace', ws, '--since', '2022-13-01', '--record-kind', 'spot-checks').status).toBe(2);
  });

  it('prints a whole dossier by USCC', () => {
    const first = (qcd('search', '--workspace', ws, '--json').json() as { items: Hit[] }).items[0];
    const d = qcd('dossier', '--workspace', ws, '--uscc', first?.uscc ?? '', '--json');
    expect(d.status).toBe(0);
    const body = d.json() as { enterprise: Hit; records: { kind: string }[]; summary: { counts: { kind: string; total: number }[] } };
    expect(body.enterprise.uscc).toBe(first?.uscc);
    expect(body.summary.counts.reduce((n, c) => n + c.total, 0)).toBe(body.records.length);
    expect(qcd('dossier', '--workspace', ws, '--uscc', '91430100MA4L0B2X6T', '--json').json()).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
  });

  it('evaluates as of a date and explains one result', () => {
    const r = qcd('evaluate', '--workspace', ws, '--as-of', '2026-06-30', '--user', 'officer', '--password-file', pw, '--json');
    expect(r.status).toBe(0);
    const run = r.json() as { runId: number; enterprises: number; counts: Record<string, number>; durationMs: number };
    expect(run.enterprises).toBe(200);
    expect(Object.values(run.counts).reduce((a, b) => a + b, 0)).toBe(200);
    const first = (qcd('search', '--workspace', ws, '--json').json() as { items: Hit[] }).items[0];
    const x = qcd('explain', '--workspace', ws, '--run', String(run.runId), '--uscc', first?.uscc ?? '', '--json');
    expect(x.status).toBe(0);
    expect(x.json()).toMatchObject({ ok: true, uscc: first?.uscc, asOf: '2026-06-30' });
    expect(qcd('evaluate', '--workspace', ws, '--user', 'officer', '--password-file', pw).status).toBe(2);
  });
});
