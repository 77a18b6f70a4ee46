/**
 * Encoders for test files in the encodings agencies' files arrive in. The two-byte ones are built
 * by decoding every two-byte sequence with the platform's own decoder, so no encoding library is
 * needed and the bytes are exactly what that decoder would read back.
 */
export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'gb18030', 'gb18030-bom', 'big5', 'shift-jis'] as const;
export type TestEncoding = (typeof ENCODINGS)[number];

const tables = new Map<string, Map<string, number[]>>();

function table(label: string): Map<string, number[]> {
  const cached = tables.get(label);
  if (cached) return cached;
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder(label);
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [hi, lo]);
    }
  }
  tables.set(label, map);
  return map;
}

/** Text in a two-byte legacy encoding; characters it cannot hold become "?". */
function legacy(label: string, text: string): Buffer {
  const map = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code < 0x80) out.push(code);
    else out.push(...(map.get(ch) ?? [0x3f]));
  }
  return Buffer.from(out);
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) {
    const a = le[i] ?? 0;
    le[i] = le[i + 1] ?? 0;
    le[i + 1] = a;
  }
  return le;
}

/** The GB18030 byte order mark (U+FEFF encoded in GB18030's four-byte form). */
const GB18030_BOM = Buffer.from([0x84, 0x31, 0x95, 0x33]);

export function encode(text: string, encoding: TestEncoding): Buffer {
  switch (encoding) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-8-bom': return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf-16le-bom': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be-bom': return Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]);
    case 'gb18030': return legacy('gb18030', text);
    case 'gb18030-bom': return Buffer.concat([GB18030_BOM, legacy('gb18030', text)]);
    case 'big5': return legacy('big5', text);
    case 'shift-jis': return legacy('shift_jis', text);
  }
}
