import { sm2, sm3 } from 'sm-crypto';
import { describe, expect, it } from 'vitest';
import { generateSm2, sm2PointOfSpki, sm2Sign, sm2SpkiOf, sm2Verify } from '../../../src/backend/crypto/sm2';
import { sm3Hex } from '../../../src/backend/packages/digests';

const D = '3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8';
const R = 'F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3';
const S = 'B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA';

/** DER SEQUENCE{r, s} of two positive 32-byte integers. */
function der(r: string, s: string): Uint8Array {
  const int = (h: string) => { const b = Buffer.from(h, 'hex'); const v = b[0]! >= 0x80 ? Buffer.concat([Buffer.of(0), b]) : b; return Buffer.concat([Buffer.of(2, v.length), v]); };
  const body = Buffer.concat([int(r), int(s)]);
  return new Uint8Array(Buffer.concat([Buffer.of(0x30, body.length), body]));
}

describe('SM3 standard vectors (formats.md §3)', () => {
  it('sm-crypto and the digests module agree with GB/T 32905', () => {
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
    expect(sm3(Buffer.from('abc'))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3Hex(Buffer.from('abcd'.repeat(16)))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });
});

describe('SM2 with SM3, GB/T 32918.5 A.2', () => {
  const spki = sm2SpkiOf(Buffer.from(D, 'hex'));
  it('verifies the standard signature with the public key derived from d', () => {
    expect(sm2Verify(spki, Buffer.from('message digest'), der(R, S))).toBe(true);
    expect(sm2.doVerifySignature('message digest', (R + S).toLowerCase(), sm2PointOfSpki(spki)!, { hash: true, userId: '1234567812345678' })).toBe(true);
  });
  it('refuses it for another message, another user id or a changed s', () => {
    expect(sm2Verify(spki, Buffer.from('message digesT'), der(R, S))).toBe(false);
    expect(sm2.doVerifySignature('message digest', (R + S).toLowerCase(), sm2PointOfSpki(spki)!, { hash: true, userId: 'ALICE123@YAHOO.COM' })).toBe(false);
    expect(sm2Verify(spki, Buffer.from('message digest'), der(R, S.replace(/A$/, 'B')))).toBe(false);
  });
});

describe('SM2 keys and signatures', () => {
  const key = generateSm2();
  const msg = Buffer.from('{"清单":1}');
  it('signs deterministically (same key and message, same bytes) and verifies', () => {
    const a = sm2Sign(key.privateKey, msg);
    expect(Buffer.from(sm2Sign(key.privateKey, msg)).equals(Buffer.from(a))).toBe(true);
    expect(sm2Verify(key.spki, msg, a)).toBe(true);
    expect(Buffer.from(sm2Sign(key.privateKey, Buffer.from('other'))).equals(Buffer.from(a))).toBe(false);
  });
  it('never throws on garbage keys or signatures', () => {
    expect(sm2Verify(new Uint8Array(91), msg, new Uint8Array(70))).toBe(false);
    expect(sm2Verify(key.spki, msg, new Uint8Array(0))).toBe(false);
    expect(sm2Verify(key.spki, msg, Uint8Array.from({ length: 72 }, (_, i) => i))).toBe(false);
    expect(sm2PointOfSpki(new Uint8Array(12))).toBeUndefined();
  });
});
