import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/backend/workspace/write-atomic';
import { tempDir } from '../helpers/workspace';

const t = tempDir('qcd-atomic-');
afterAll(() => t.cleanup());

describe('files written beside the database go to a temporary name and are renamed', () => {
  it('replaces an existing file whole and leaves no temporary file behind', () => {
    const dir = join(t.dir, 'a');
    mkdirSync(dir);
    const file = join(dir, 'pub.qcp');
    writeFileSync(file, 'old');
    writeFileAtomic(file, Buffer.from('the whole new package'));
    expect(readFileSync(file, 'utf8')).toBe('the whole new package');
    expect(readdirSync(dir)).toEqual(['pub.qcp']);
  });

  it('a write that fails leaves the old file untouched and no temporary file', () => {
    const dir = join(t.dir, 'b');
    mkdirSync(join(dir, 'taken'), { recursive: true });
    // Renaming a file over a directory fails after the bytes were written.
    expect(() => writeFileAtomic(join(dir, 'taken'), Buffer.from('x'))).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});
