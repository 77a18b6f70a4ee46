import type Database from 'better-sqlite3';

/**
 * How a text condition is answered. A `driver` is an index whose rows come out in enterprise-id
 * order: the query reads it first and joins each hit to its enterprise, so a page in id order stops
 * after its 20 rows and a capped count after 10,001 — instead of collecting every hit (`e.id IN
 * (…)`) or scanning the table. A plain `filter` is a condition on `e` alone.
 */
export type TextPlan =
  | { kind: 'driver'; from: string; id: string; where: string[]; params: unknown[]; census?: Census }
  | { kind: 'filter'; where: string[]; params: unknown[]; census?: Census };

/**
 * The same condition counted from its index alone, without reading a row of `enterprises` for
 * each hit (10,000 row reads are most of a search's time): `all` selects one row per matching firm,
 * trashed or not; `one` is the condition on a single firm `e`, asked of the few in the trash.
 */
export type Census = { all: { sql: string; params: unknown[] }; one: { sql: string; params: unknown[] } };

/** A one-character query with more gram rows than this (5 % of a million names) is answered by scanning names in id order, where hits are dense. */
const RARE_CHAR_LIMIT = 50_000;
/** The characters of a code the full-text lookup uses (see codePlan). */
const CODE_WINDOW = 6;

/** The end of the key range of grams that start with `ch`. */
const after = (ch: string): string => `${ch}\u{10FFFF}`;

/** Quotes a string as one FTS5 phrase, so that user input is never read as query syntax. */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const fts = (column: string, text: string): TextPlan => {
  const phrase = `${column} : ${ftsPhrase(text)}`;
  return {
    kind: 'driver', from: 'enterprises_fts CROSS JOIN enterprises e ON e.id = enterprises_fts.rowid', id: 'enterprises_fts.rowid',
    where: ['enterprises_fts MATCH ?'], params: [phrase],
    census: {
      all: { sql: 'SELECT 1 FROM enterprises_fts WHERE enterprises_fts MATCH ?', params: [phrase] },
      one: { sql: 'EXISTS (SELECT 1 FROM enterprises_fts WHERE enterprises_fts MATCH ? AND rowid = e.id)', params: [phrase] },
    },
  };
};

/**
 * Part of a name: 3+ characters through the trigram index; two characters are one key of the gram
 * index (every 2-character run of every name), in id order; one character is a key range of it —
 * not in id order, so it is collected — unless the character is so common that scanning names in
 * id order finds a page of hits sooner.
 */
export function namePlan(db: Database.Database, text: string): TextPlan {
  const length = [...text].length;
  if (length >= 3) return fts('name', text);
  if (length === 2) {
    return {
      kind: 'driver', from: 'enterprise_name_grams g CROSS JOIN enterprises e ON e.id = g.enterprise_id', id: 'g.enterprise_id', where: ['g.gram = ?'], params: [text],
      census: {
        all: { sql: 'SELECT 1 FROM enterprise_name_grams WHERE gram = ?', params: [text] },
        one: { sql: 'EXISTS (SELECT 1 FROM enterprise_name_grams WHERE gram = ? AND enterprise_id = e.id)', params: [text] },
      },
    };
  }
  // Every character of a name begins one of its grams (the last one alone), so the firms with the
  // character are the distinct ids of the key range, and those with it in their name.
  const census: Census = {
    all: { sql: 'SELECT DISTINCT enterprise_id FROM enterprise_name_grams WHERE gram >= ? AND gram < ?', params: [text, after(text)] },
    one: { sql: 'instr(e.name, ?) > 0', params: [text] },
  };
  const hits = db.prepare('SELECT count(*) FROM (SELECT 1 FROM enterprise_name_grams WHERE gram >= ? AND gram < ? LIMIT ?)')
    .pluck().get(text, after(text), RARE_CHAR_LIMIT) as number;
  if (hits < RARE_CHAR_LIMIT) {
    return { kind: 'filter', where: ['e.id IN (SELECT enterprise_id FROM enterprise_name_grams WHERE gram >= ? AND gram < ?)'], params: [text, after(text)], census };
  }
  return { kind: 'filter', where: ['instr(e.name, ?) > 0'], params: [text], census };
}

/** Part of the legal representative's name, as a filter beside the main query. */
export function representativePlan(text: string): TextPlan {
  if ([...text].length >= 3) {
    return { kind: 'filter', where: ['e.id IN (SELECT rowid FROM enterprises_fts WHERE enterprises_fts MATCH ?)'], params: [`legal_representative : ${ftsPhrase(text)}`] };
  }
  return { kind: 'filter', where: ['instr(e.legal_representative, ?) > 0'], params: [text] };
}

/**
 * A code (USCC, or part of it such as the organization code at characters 9–17): every firm whose
 * USCC contains it. The trigram index answers, but asked only for the code's last CODE_WINDOW
 * characters, each hit then checked for the whole code: every USCC shares its first characters with
 * a great many others (registration authority, type, province), so their trigrams are in nearly
 * every row and a phrase over them would walk those long lists; the tail of a code is far rarer.
 */
export function codePlan(code: string): TextPlan {
  const plan = fts('uscc', code.slice(-CODE_WINDOW));
  if (plan.kind === 'driver' && code.length > CODE_WINDOW) {
    plan.where.push('instr(e.uscc, ?) > 0');
    plan.params.push(code);
    // Counted without reading a row for each hit: codes that begin with it from the USCC index
    // alone, and only the tail's other candidates read to see whether the code is further in.
    const prefix = 'SELECT id FROM enterprises INDEXED BY enterprises_uscc_unique WHERE uscc >= ? AND uscc < ?';
    plan.census = {
      all: {
        sql: `${prefix} UNION ALL SELECT e.id FROM enterprises_fts CROSS JOIN enterprises e ON e.id = enterprises_fts.rowid
          WHERE enterprises_fts MATCH ? AND enterprises_fts.rowid NOT IN (${prefix}) AND instr(e.uscc, ?) > 1`,
        params: [code, after(code), plan.params[0], code, after(code), code],
      },
      one: { sql: 'instr(e.uscc, ?) > 0', params: [code] },
    };
  }
  return plan;
}
