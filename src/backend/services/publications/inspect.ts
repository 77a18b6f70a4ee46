import { trustedKeyOf } from '../exchange/trust';
import { MANIFEST_PATH } from '../../../core/packages/constants';
import { parseManifest, peekSignerClaims } from '../../../core/packages/manifest';
import type { Manifest } from '../../../core/packages/manifest-schema';
import { formatFingerprint } from '../../../core/signing/fingerprint';
import type { TrustedKey } from '../../../core/signing/ports';
import { signingKeys, trustedKeys } from '../../db/schema';
import { nodeDigests, sha256Hex } from '../../packages/digests';
import { openPackage } from '../../packages/open';
import { publicKeyFromPem } from '../../packages/public-key';
import { readPackageZip } from '../../packages/zip-read';
import type { CallContext, Handler } from '../../router/context';
import { readAgency } from '../keys/agency';

const PREVIEW = 200;

type Known = { key: TrustedKey; trustedAs: 'own' | 'partner'; agencyName: string | null };

/** Our own keys (not revoked) and the registry's partner keys, as the verifier takes them. */
function knownKeys(ctx: CallContext): Known[] {
  const agency = readAgency(ctx);
  const out: Known[] = [];
  for (const r of ctx.ws.orm.select().from(signingKeys).all()) {
    const k = publicKeyFromPem(r.spkiPem);
    if (k && r.status !== 'revoked') out.push({ key: { ...k, agencyCode: agency?.code ?? '*' }, trustedAs: 'own', agencyName: agency?.name ?? null });
  }
  for (const r of ctx.ws.orm.select().from(trustedKeys).all()) {
    const key = trustedKeyOf(r);
    if (key) out.push({ key, trustedAs: 'partner', agencyName: r.agencyName });
  }
  return out;
}

function preview(bytes: Uint8Array | undefined): { total: number; preview: Record<string, unknown>[] } | null {
  if (!bytes) return null;
  const lines = Buffer.from(bytes).toString('utf8').split('\n').filter((l) => l !== '');
  const shown = lines.slice(0, PREVIEW).map((l): Record<string, unknown> => {
    try {
      const v: unknown = JSON.parse(l);
      return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : { value: v };
    } catch {
      return { unreadable: l.slice(0, 200) };
    }
  });
  return { total: lines.length, preview: shown };
}

/**
 * The "open a .qcp" screen: who signed it and whether we trust that key, whether every file
 * matches the manifest, what it says and holds. Verification with trusted keys first; when that
 * fails, the package's own key shows whether it is at least intact. Reads only, writes nothing.
 */
export const packagesInspect: Handler<'packages:inspect'> = (input, ctx) => {
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
  const packageSha256 = sha256Hex(bytes);
  const empty = { packageSha256, manifestSha256: null, manifest: null, signers: [], files: [], entries: null };
  const zip = readPackageZip(bytes);
  if (!zip.ok) return { ...empty, verified: false, intact: false, error: zip.error };
  const entries = new Map(zip.value.map((e) => [e.path, e.bytes]));
  const manifestBytes = entries.get(MANIFEST_PATH);
  const parsed = manifestBytes ? parseManifest(manifestBytes) : undefined;
  const manifest: Manifest | undefined = parsed?.ok ? parsed.value : undefined;
  const known = knownKeys(ctx);
  const trusted = openPackage(bytes, { trust: known.map((k) => k.key) });
  const intact = trusted.ok || (!input.trustedOnly && openPackage(bytes, { trust: 'embedded', allowExpired: true }).ok);
  const claims = manifest?.signatures ?? Object.entries(manifestBytes ? peekSignerClaims(manifestBytes).keyIds : {}).map(([alg, keyId]) => ({ alg, keyId: keyId ?? '' }));
  const issuer = manifest?.issuer.agencyCode;
  return {
    verified: trusted.ok, intact, error: trusted.ok ? null : trusted.error, packageSha256,
    manifestSha256: manifestBytes ? sha256Hex(manifestBytes) : null,
    manifest: manifest ? (manifest as unknown as Record<string, unknown>) : null,
    signers: claims.map((s) => {
      const k = known.find((x) => x.key.keyId === s.keyId && (x.trustedAs === 'own' || x.key.agencyCode === issuer));
      return { alg: s.alg, keyId: s.keyId, fingerprint: formatFingerprint(s.keyId), trustedAs: k?.trustedAs ?? null, agencyName: k?.agencyName ?? null };
    }),
    files: (manifest?.files ?? []).map((f) => {
      const b = entries.get(f.path);
      const matches = b !== undefined && b.length === f.size && nodeDigests.sha256(b) === f.sha256 && nodeDigests.sm3(b) === f.sm3;
      return { path: f.path, size: f.size, sha256: f.sha256, matches };
    }),
    entries: manifest ? preview(entries.get('data/entries.jsonl')) : null,
  };
};
