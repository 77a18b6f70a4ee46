import { describe, expect, it } from 'vitest';
import { ed25519Sign, ed25519SpkiOf, ed25519Verify, generateEd25519 } from '../../../src/backend/crypto/ed25519';
import { algorithmOfSpki, keyIdOf, pemToSpki, publicKeyFromPem, spkiToPem } from '../../../src/backend/packages/public-key';

describe('Ed25519', () => {
  const key = generateEd25519();
  const msg = Buffer.from('清单');
  it('signs deterministically and verifies; the public key derives from the private one', () => {
    const sig = ed25519Sign(key.privatePkcs8, msg);
    expect(sig.length).toBe(64);
    expect(Buffer.from(ed25519Sign(key.privatePkcs8, msg)).equals(Buffer.from(sig))).toBe(true);
    expect(ed25519Verify(key.spki, msg, sig)).toBe(true);
    expect(Buffer.from(ed25519SpkiOf(key.privatePkcs8)).equals(Buffer.from(key.spki))).toBe(true);
  });
  it('refuses a changed message or signature, never throws on garbage', () => {
    const sig = ed25519Sign(key.privatePkcs8, msg);
    expect(ed25519Verify(key.spki, Buffer.from('清单 '), sig)).toBe(false);
    sig[5]! ^= 1;
    expect(ed25519Verify(key.spki, msg, sig)).toBe(false);
    expect(ed25519Verify(new Uint8Array(44), msg, new Uint8Array(64))).toBe(false);
  });
  it('round-trips through PEM and recognises the algorithm', () => {
    const pem = spkiToPem(key.spki);
    expect(Buffer.from(pemToSpki(pem)!).equals(Buffer.from(key.spki))).toBe(true);
    expect(algorithmOfSpki(key.spki)).toBe('ed25519');
    expect(publicKeyFromPem(pem)?.keyId).toBe(keyIdOf(key.spki));
    expect(pemToSpki('-----BEGIN PUBLIC KEY-----\n@@@\n-----END PUBLIC KEY-----')).toBeUndefined();
  });
});
