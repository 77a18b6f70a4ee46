import type { OutputOf } from '../../../contract';
import type { Translate } from '../../i18n/translate';

type Change = OutputOf<'exchange:import-preview'>['changes'][number];

const CHANGE_KEYS = { added: 'ex.change.added', amended: 'ex.change.amended', removed: 'ex.change.removed', dropped: 'ex.change.dropped' } as const;
export const CHANGE_COLORS: Record<Change['change'], string> = { added: 'red', amended: 'orange', removed: 'green', dropped: 'default' };

export const changeLabel = (change: Change['change'], t: Translate): string => t(CHANGE_KEYS[change]);

const MATCH_KEYS = {
  sure: 'ex.match.sure', candidate: 'ex.match.candidate', none: 'ex.match.none', linked: 'ex.match.linked', review: 'ex.match.review',
} as const;
/** `sure` / `candidate` are how a preview names what `linked` / `review` name once stored. */
export const MATCH_COLORS: Record<keyof typeof MATCH_KEYS, string> = { sure: 'green', linked: 'green', candidate: 'orange', review: 'orange', none: 'default' };

export const matchLabel = (state: keyof typeof MATCH_KEYS, t: Translate): string => t(MATCH_KEYS[state]);
