import { createHmac, randomBytes } from 'node:crypto';
// Default import: sm-crypto is CommonJS, and Node's ESM loader (the bundled CLI) sees no named exports.
import smCrypto, { type KeyPairPoint } from 'sm-crypto';
import { SM2_USER_ID } from '../../core/signing/algorithms';

/**
 * SM2 with SM3 (GB/T 32918) in pure JavaScript (sm-crypto): Electron's BoringSSL has neither, and
 * Node's own SM2 does not apply the standard Z(ID) preprocessing. Signatures are DER
 * SEQUENCE{r, s} over SM3(Z(ID) ‖ M) with ID 1234567812345678, which is what
 * `openssl pkeyutl -verify -digest sm3 -pkeyopt distid:1234567812345678` checks.
 */
export type Sm2KeyPair = { privateKey: Uint8Array; spki: Uint8Array };

const N = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');
/** SubjectPublicKeyInfo header: id-ecPublicKey with the SM2 curve (1.2.156.10197.1.301), then BIT STRING of 65 bytes. */
const SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex');
const SPKI_LENGTH = SPKI_PREFIX.length + 65;
/** DER SEQUENCE of two INTEGERs of at most 33 bytes each. */
const MAX_SIGNATURE_BYTES = 72;
const OPTIONS = { hash: true, der: true, userId: SM2_USER_ID } as const;

/** Two functions sm-crypto 0.5.8 exports that @types/sm-crypto 0.3.4 does not declare. */
const sm2 = smCrypto.sm2 as typeof smCrypto.sm2 & { getPublicKeyFromPrivateKey(privateKey: string): string; verifyPublicKey(publicKey: string): boolean };

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** @example sm2SpkiOfPoint('04' + x + y) // 91 bytes of SPKI DER */
export function sm2SpkiOfPoint(pointHex: string): Uint8Array {
  return new Uint8Array(Buffer.concat([SPKI_PREFIX, Buffer.from(pointHex, 'hex')]));
}

/** The uncompressed point `04‖x‖y` of an SM2 SPKI, or undefined when it is not one. */
export function sm2PointOfSpki(spki: Uint8Array): string | undefined {
  if (spki.length !== SPKI_LENGTH || !Buffer.from(spki.subarray(0, SPKI_PREFIX.length)).equals(SPKI_PREFIX)) return undefined;
  const point = hex(spki.subarray(SPKI_PREFIX.length));
  return point.startsWith('04') && sm2.verifyPublicKey(point) ? point : undefined;
}

/** The public key of a private scalar, as SPKI DER. */
export function sm2SpkiOf(privateKey: Uint8Array): Uint8Array {
  return sm2SpkiOfPoint(sm2.getPublicKeyFromPrivateKey(hex(privateKey)));
}

/** A scalar 1 ≤ d ≤ n − 2 from node:crypto's generator (GB/T 32918.1 §6.1). */
export function generateSm2(): Sm2KeyPair {
  for (;;) {
    const d = randomBytes(32);
    const v = BigInt(`0x${d.toString('hex')}`);
    if (v >= 1n && v <= N - 2n) return { privateKey: new Uint8Array(d), spki: sm2SpkiOf(d) };
  }
}

type BigIntegerCtor = new (value: string, radix: number) => unknown;
let bigInteger: BigIntegerCtor | undefined;
/** sm-crypto's own big-integer class, taken from a value it made, rather than importing its dependency. */
function bigIntegerClass(): BigIntegerCtor {
  bigInteger ??= (sm2.getPoint().k as object).constructor as BigIntegerCtor;
  return bigInteger;
}

/**
 * The per-signature secret k, derived instead of drawn (in the spirit of RFC 6979): the same key
 * and manifest give the same signature, so a package can be rebuilt byte for byte, and a weak
 * random generator can never leak the key through a repeated k. 512 HMAC bits reduced mod n − 1
 * leave no usable bias.
 */
function deterministicPoint(privateKey: Uint8Array, message: Uint8Array): { k: unknown; x1: unknown } {
  const mac = createHmac('sha512', Buffer.from(privateKey)).update('qcd-sm2-k\0').update(message).digest('hex');
  const k = (BigInt(`0x${mac}`) % (N - 1n)) + 1n;
  const kHex = k.toString(16).padStart(64, '0');
  const x1Hex = sm2.getPublicKeyFromPrivateKey(kHex).slice(2, 66);
  const Big = bigIntegerClass();
  return { k: new Big(kHex, 16), x1: new Big(x1Hex, 16) };
}

/** DER signature, deterministic, checked once more before it is returned (a fault must not ship). */
export function sm2Sign(privateKey: Uint8Array, message: Uint8Array): Uint8Array {
  const publicKey = sm2.getPublicKeyFromPrivateKey(hex(privateKey));
  const pointPool = [deterministicPoint(privateKey, message)] as unknown as KeyPairPoint[];
  const signature = sm2.doSignature(Array.from(message), hex(privateKey), { ...OPTIONS, publicKey, pointPool });
  if (!sm2.doVerifySignature(Array.from(message), signature, publicKey, OPTIONS)) throw new Error('SM2 signature failed its own check');
  return new Uint8Array(Buffer.from(signature, 'hex'));
}

/** False, never a throw, for a malformed key or signature: callers turn it into E_SIG_INVALID. */
export function sm2Verify(spki: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  const point = sm2PointOfSpki(spki);
  if (point === undefined || signature.length < 8 || signature.length > MAX_SIGNATURE_BYTES) return false;
  try {
    return sm2.doVerifySignature(Array.from(message), hex(signature), point, OPTIONS);
  } catch {
    return false;
  }
}
