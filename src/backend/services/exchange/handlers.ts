import { fail } from '../../failure';
import type { Handler } from '../../router/context';

// The contract is committed first so that the UI can be built on it; the use cases follow.
const pending = (): never => fail('E_NOT_FOUND', '互联共享功能尚在开发中');

export const exchangeExport: Handler<'exchange:export'> = pending;
export const exchangeImportPreview: Handler<'exchange:import-preview'> = pending;
export const exchangeImportApply: Handler<'exchange:import-apply'> = pending;
export const exchangeStreams: Handler<'exchange:streams'> = pending;
export const exchangeSetSilence: Handler<'exchange:set-silence'> = pending;
export const exchangeEntries: Handler<'exchange:entries'> = pending;
export const exchangeReviewList: Handler<'exchange:review-list'> = pending;
export const exchangeReviewResolve: Handler<'exchange:review-resolve'> = pending;
