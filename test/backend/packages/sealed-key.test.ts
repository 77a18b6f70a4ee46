import { describe, expect, it } from 'vitest';
import { keyIdOf } from '../../../src/backend/packages/public-key';
import { sealedKeyInfo, sealPrivateKey, unsealPrivateKey } from '../../../src/backend/packages/sealed-key';
import { generatePrivateKey, publicSpkiOf, signerOf } from '../../../src/backend/packages/signers';

describe('private keys at rest: scrypt + AES-256-GCM', () => {
  for (const alg of ['ed25519', 'sm2-sm3'] as const) {
    it(`${alg}: seals, shows its fingerprint without the passphrase, unseals only with it`, async () => {
      const key = generatePrivateKey(alg);
      const text = await sealPrivateKey(key, '口令 Pass-2026');
      expect(text).not.toContain(Buffer.from(key.privateKey).toString('base64'));
      expect(sealedKeyInfo(text)?.keyId).toBe(keyIdOf(publicSpkiOf(key)));
      const back = await unsealPrivateKey(text, '口令 Pass-2026');
      expect(back.ok && Buffer.from(back.value.privateKey).equals(Buffer.from(key.privateKey))).toBe(true);
      const wrong = await unsealPrivateKey(text, '口令 pass-2026');
      expect(!wrong.ok && wrong.error.code).toBe('E_KEY_PASSPHRASE');
      const swapped = text.replace(`"alg": "${alg}"`, `"alg": "${alg === 'ed25519' ? 'sm2-sm3' : 'ed25519'}"`);
      expect(!(await unsealPrivateKey(swapped, '口令 Pass-2026')).ok).toBe(true);
      const info = sealedKeyInfo(text)!;
      const shortTag = JSON.stringify({ ...info, cipher: { ...info.cipher, tag: Buffer.from(info.cipher.tag, 'base64').subarray(0, 4).toString('base64') } });
      expect(!(await unsealPrivateKey(shortTag, '口令 Pass-2026')).ok).toBe(true);
      expect(!(await unsealPrivateKey('{}', 'x')).ok).toBe(true);
      if (back.ok) expect(signerOf(back.value).keyId).toBe(info.keyId);
    });
  }
});
