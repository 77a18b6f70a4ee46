/** The exchange use cases, by the contract's names (src/contract/exchange.ts). */
export { exchangeExport } from './out/export';
export { exchangeImportPreview, exchangeImportApply } from './in/handlers';
export { exchangeStreams, exchangeSetSilence } from './streams';
export { exchangeEntries, exchangeReviewList, exchangeReviewResolve } from './review';
