import type { OutputOf } from '../../../contract';

/** One key of the trust registry as the pages show it. */
export type TrustedKeyView = OutputOf<'trust:list'>[number];
