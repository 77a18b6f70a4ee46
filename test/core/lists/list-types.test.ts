import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_TYPES, ListEventSchema, listTypeById } from '../../../src/core/lists';
import { LIST_TYPES } from '../../../src/core/packages/constants';

describe('list types', () => {
  it('covers the five lists with labels, subjects and a life cycle', () => {
    expect(DEFAULT_LIST_TYPES.map((t) => t.id)).toEqual(['serious-dishonesty', 'quality-blacklist', 'watch', 'red', 'business-abnormal']);
    for (const t of DEFAULT_LIST_TYPES) {
      expect(t.label.zh).not.toBe('');
      expect(t.subjects.length).toBeGreaterThan(0);
    }
    expect(listTypeById('quality-blacklist').ok && listTypeById('quality-blacklist')).toMatchObject({ value: { subjects: ['enterprise', 'person'] } });
    expect(listTypeById('nope').ok).toBe(false);
  });
  it('uses the ids the evaluation model tests for, and the publication types of the package format', () => {
    const model = readFileSync(join(resolve(import.meta.dirname, '../../../resources'), 'models', 'default-model.json'), 'utf8');
    const ids = new Set(DEFAULT_LIST_TYPES.map((t) => t.id));
    for (const m of model.matchAll(/"listTypes":\s*\[([^\]]*)\]/g)) {
      for (const id of (m[1] ?? '').match(/"([^"]+)"/g) ?? []) expect(ids).toContain(id.slice(1, -1));
    }
    for (const t of DEFAULT_LIST_TYPES) if (t.publication !== null) expect(LIST_TYPES).toContain(t.publication);
  });
  it('validates a stored event before the machine sees it', () => {
    expect(ListEventSchema.safeParse({ type: 'publish', on: '2026-03-02', by: { userId: 'u7', role: 'officer' } }).success).toBe(true);
    expect(ListEventSchema.safeParse({ type: 'decide', on: '2026-03-02', by: { userId: '', role: 'reviewer' } }).success).toBe(false);
    expect(ListEventSchema.safeParse({ type: 'teleport', on: '2026-03-02', by: { userId: 'u', role: 'r' } }).success).toBe(false);
  });
});
