/*
 * JSON.parse, then JSON.stringify to compare with the line, is most of what reading a record
 * costs once zod is out of the way. A record line is almost always the canonical JSON of one
 * known shape with plain strings, and then one pass can do both: the line is read against the
 * exact text canonical JSON gives that shape (members in sorted order, no whitespace, strings
 * without escapes). Anything else, the scanner does not answer and JSON.parse reads the line.
 */

/**
 * A backslash (an escape), a control character or a surrogate (which canonical JSON escapes when
 * alone; pairs are simply left to JSON.parse) anywhere in the line: not the plain case.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NOT_PLAIN = /[\x00-\x1f\\\ud800-\udfff]/;

/** Thrown at the first character that is not the plain canonical record text. */
const MISS = new Error('not a plain canonical record');

class Cursor {
  i = 0;
  constructor(private readonly s: string) {}

  /** The literal `x` next, else MISS. */
  expect(x: string): void {
    if (!this.s.startsWith(x, this.i)) throw MISS;
    this.i += x.length;
  }

  take(x: string): boolean {
    if (!this.s.startsWith(x, this.i)) return false;
    this.i += x.length;
    return true;
  }

  /** A string: with no backslash in the line, it runs to the next quote. */
  str(): string {
    if (this.s.charCodeAt(this.i) !== 0x22) throw MISS;
    const end = this.s.indexOf('"', this.i + 1);
    if (end < 0) throw MISS;
    const v = this.s.slice(this.i + 1, end);
    this.i = end + 1;
    return v;
  }

  strOrNull(): string | null {
    return this.take('null') ? null : this.str();
  }

  bool(): boolean {
    if (this.take('true')) return true;
    if (this.take('false')) return false;
    throw MISS;
  }

  list<T>(item: () => T): T[] {
    this.expect('[');
    const out: T[] = [];
    if (this.take(']')) return out;
    for (;;) {
      out.push(item());
      if (this.take(']')) return out;
      this.expect(',');
    }
  }

  end(): boolean {
    return this.i === this.s.length;
  }
}

/** A person's members after `{"idNumber":`, up to the closing brace; `nameKey` is what comes between the type and the name. */
function personMembers(c: Cursor, nameKey: string) {
  const idNumber = c.strOrNull();
  c.expect(',"idType":');
  const idType = c.strOrNull();
  c.expect(nameKey);
  const name = c.str();
  c.expect('}');
  return { idNumber, idType, name };
}

function person(c: Cursor) {
  c.expect('{"idNumber":');
  return personMembers(c, ',"name":');
}

function subject(c: Cursor) {
  if (c.take('{"idNumber":')) {
    const p = personMembers(c, ',"kind":"person","name":');
    // Members in the schema's order, as the parsed record has them.
    return { idNumber: p.idNumber, idType: p.idType, kind: 'person', name: p.name };
  }
  c.expect('{"kind":"enterprise","legalRepresentative":');
  const legalRepresentative = c.take('null') ? null : person(c);
  c.expect(',"name":');
  const name = c.str();
  c.expect(',"orgCode":');
  const orgCode = c.strOrNull();
  c.expect(',"representativeListed":');
  const representativeListed = c.bool();
  c.expect(',"uscc":');
  const uscc = c.strOrNull();
  c.expect('}');
  return { kind: 'enterprise', legalRepresentative, name, orgCode, representativeListed, uscc };
}

function historyItem(c: Cursor) {
  c.expect('{"date":');
  const date = c.str();
  c.expect(',"docNo":');
  const docNo = c.strOrNull();
  c.expect(',"transition":');
  const transition = c.str();
  c.expect('}');
  return { date, docNo, transition };
}

function removal(c: Cursor) {
  if (c.take('null')) return null;
  c.expect('{"authority":');
  const authority = c.strOrNull();
  c.expect(',"date":');
  const date = c.str();
  c.expect(',"reason":');
  const reason = c.strOrNull();
  c.expect('}');
  return { authority, date, reason };
}

/** A record's members in canonical order, each of a type the schema could accept. */
function record(c: Cursor): Record<string, unknown> {
  c.expect('{"authority":{"code":');
  const code = c.strOrNull();
  c.expect(',"name":');
  const name = c.strOrNull();
  c.expect('},"contentSha256":');
  const contentSha256 = c.str();
  c.expect(',"decisionDocNo":');
  const decisionDocNo = c.strOrNull();
  c.expect(',"formerIds":');
  const formerIds = c.list(() => c.str());
  c.expect(',"history":');
  const history = c.list(() => historyItem(c));
  c.expect(',"id":');
  const id = c.str();
  c.expect(',"legalBasis":');
  const legalBasis = c.str();
  c.expect(',"listType":');
  const listType = c.str();
  c.expect(',"listTypeName":');
  const listTypeName = c.str();
  c.expect(',"listedOn":');
  const listedOn = c.strOrNull();
  c.expect(',"plannedEnd":');
  const plannedEnd = c.strOrNull();
  c.expect(',"provenance":{"agencyCode":');
  const agencyCode = c.str();
  c.expect(',"source":');
  const source = c.str();
  c.expect('},"reason":');
  const reason = c.str();
  c.expect(',"removal":');
  const rem = removal(c);
  c.expect(',"status":');
  const status = c.str();
  c.expect(',"subject":');
  const subj = subject(c);
  c.expect('}');
  return {
    authority: { code, name }, contentSha256, decisionDocNo, formerIds, history, id, legalBasis, listType, listTypeName, listedOn, plannedEnd,
    provenance: { agencyCode, source }, reason, removal: rem, status, subject: subj,
  };
}

/**
 * What JSON.parse(line) gives, when the line is certainly the canonical JSON of a record-shaped
 * value with plain strings (its members may still break the schema's rules: record-fast checks
 * them); else undefined, and the line must be parsed and compared as usual.
 *
 * @example scanRecordLine(line) // the value, or undefined: then JSON.parse
 */
export function scanRecordLine(line: string): Record<string, unknown> | undefined {
  if (NOT_PLAIN.test(line)) return undefined;
  try {
    const c = new Cursor(line);
    const v = record(c);
    return c.end() ? v : undefined;
  } catch (e) {
    if (e === MISS) return undefined;
    throw e;
  }
}

/**
 * The same for a line of changes.jsonl that adds, amends or removes: `{"op":…,"record":…}`.
 *
 * @example scanChangeLine(line)?.op // 'add', or undefined: then JSON.parse
 */
export function scanChangeLine(line: string): { op: string; record: Record<string, unknown> } | undefined {
  if (NOT_PLAIN.test(line)) return undefined;
  try {
    const c = new Cursor(line);
    c.expect('{"op":');
    const op = c.str();
    c.expect(',"record":');
    const v = record(c);
    c.expect('}');
    return c.end() ? { op, record: v } : undefined;
  } catch (e) {
    if (e === MISS) return undefined;
    throw e;
  }
}
