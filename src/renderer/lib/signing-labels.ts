import type { SigningKeyView } from '../../contract';
import { ERROR_MESSAGES, messageFor, type ErrorCode, type Locale } from '../../core/shared/errors';
import { DEFAULT_LIST_TYPES } from '../../core/lists/list-types';
import type { Translate } from '../i18n/translate';

/** Algorithms as manifests name them (`sm2-sm3`), in the words people use. */
export function algLabel(alg: string, t: Translate): string {
  if (alg === 'ed25519') return 'Ed25519';
  if (alg === 'sm2-sm3' || alg === 'sm2') return t('keys.algName.sm2');
  return alg;
}

/** The contract's rotation input names the algorithm `sm2`; keys carry `sm2-sm3`. */
export const contractAlgOf = (alg: string): 'ed25519' | 'sm2' => (alg === 'ed25519' ? 'ed25519' : 'sm2');

export const KEY_STATUS_COLORS: Record<SigningKeyView['status'], string> = { active: 'green', retired: 'default', revoked: 'red' };

export function keyStatusLabel(status: SigningKeyView['status'], t: Translate): string {
  return t(status === 'active' ? 'keys.status.active' : status === 'retired' ? 'keys.status.retired' : 'keys.status.revoked');
}

/** A publication's scope: `black` / `red` (every list type under it) or one list type id. */
export function listScopeLabel(scope: string | null, t: Translate, locale: Locale): string {
  if (scope === null) return '—';
  if (scope === 'black') return t('pub.scope.black');
  if (scope === 'red') return t('pub.scope.red');
  return DEFAULT_LIST_TYPES.find((l) => l.id === scope)?.label[locale] ?? scope;
}

/** What can be published: the two categories first, then each list type that is published. */
export function publishableScopes(t: Translate, locale: Locale): { value: string; label: string }[] {
  const single = DEFAULT_LIST_TYPES.filter((l) => l.publication !== null).map((l) => ({ value: l.id, label: l.label[locale] }));
  return [{ value: 'black', label: t('pub.scope.black') }, { value: 'red', label: t('pub.scope.red') }, ...single];
}

/** A package error code in words (formats.md §4), or the backend's own message for a code not in the table. */
export function packageErrorText(code: string, message: string, locale: Locale): string {
  return code in ERROR_MESSAGES ? messageFor(code as ErrorCode, locale) : message;
}
