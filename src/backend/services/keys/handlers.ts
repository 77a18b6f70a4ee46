import { fail } from '../../failure';
import { generatePrivateKey } from '../../packages/signers';
import type { Handler } from '../../router/context';
import { readAgency, writeAgency } from './agency';
import { activeKeys, algOf, allKeys, keyById, storeKey, toKeyView, unsealAll } from './store';

/**
 * A new agency key, sealed under the passphrase. One active key per algorithm (a second is a
 * rotation, which other agencies must be told about); every active key shares one passphrase,
 * so a publication signed with both algorithms needs one passphrase, not two.
 */
export const keysGenerate: Handler<'keys:generate'> = async (input, ctx) => {
  const alg = algOf(input.alg);
  const active = activeKeys(ctx);
  if (active.some((k) => k.alg === alg)) fail('E_KEY_EXISTS', undefined, { field: 'alg' });
  // Proves the caller holds the shared passphrase before a key that needs it is added.
  await unsealAll(active, input.passphrase);
  let agency = readAgency(ctx);
  const given = input.agencyCode !== undefined || input.agencyName !== undefined;
  if (given) {
    const code = input.agencyCode ?? agency?.code;
    const name = input.agencyName ?? agency?.name;
    if (!code || !name) fail('E_AGENCY_UNSET', '请同时填写本机关的统一社会信用代码和名称', { field: code ? 'agencyName' : 'agencyCode' });
    agency = writeAgency(ctx, { code, name });
  }
  if (!agency) fail('E_AGENCY_UNSET', undefined, { field: 'agencyCode' });
  const row = await storeKey(ctx, generatePrivateKey(alg), input.passphrase);
  // The passphrase is neither stored nor audited; the public key and its id are.
  ctx.audit({ action: 'keys:generate', entity: 'signing_key', entityId: String(row.id), before: null, after: { alg: row.alg, keyId: row.keyId, agency } });
  return { key: toKeyView(row), agency };
};

export const keysList: Handler<'keys:list'> = (_input, ctx) => ({ agency: readAgency(ctx), keys: allKeys(ctx).map(toKeyView) });

export const keysExportPublic: Handler<'keys:export-public'> = (input, ctx) => {
  const view = toKeyView(keyById(ctx, input.id));
  const code = readAgency(ctx)?.code ?? 'agency';
  return { pem: view.spkiPem, fileName: `${code}_${view.alg}_${view.keyId.slice(0, 16)}.pem`, fingerprint: view.fingerprint };
};
