import type { SignatureVerifier } from '../../core/signing/ports';
import { ed25519Verify } from '../crypto/ed25519';
import { sm2Verify } from '../crypto/sm2';

/** The signature verifier the core's checks run over: node:crypto for Ed25519, sm-crypto for SM2. */
export const nodeVerifier: SignatureVerifier = (alg, spki, message, signature) =>
  alg === 'ed25519' ? ed25519Verify(spki, message, signature) : sm2Verify(spki, message, signature);
