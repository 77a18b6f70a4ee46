import { createContext, useContext, useEffect, useRef } from 'react';
import type { Channel, InputOf, OutputOf } from '../../contract';
import type { Product } from '../../contract/products';
import { useQuery, type Query } from './use-query';

/** What every part of one dossier page shares. */
export type Dossier = {
  enterpriseId: number;
  /** Grows with every change made on the page; every part re-reads when it does. */
  version: number;
  /** Tells every part of the page that something changed (a record, a product, evidence). */
  changed: () => void;
  /** The officer may change records (the contract's roles for records:create). */
  canEdit: boolean;
  products: Product[];
};

export const DossierContext = createContext<Dossier | null>(null);

export function useDossier(): Dossier {
  const dossier = useContext(DossierContext);
  if (!dossier) throw new Error('useDossier needs a <DossierContext.Provider> above it');
  return dossier;
}

/**
 * `useQuery` that also re-reads when the dossier changes, so that a record added in one tab
 * shows up in the timeline, the header and the history without each tab being told.
 */
export function useDossierQuery<K extends Channel>(channel: K, input: InputOf<K> | null): Query<OutputOf<K>> {
  const { version } = useDossier();
  const query = useQuery(channel, input);
  const seen = useRef(version);
  const { reload } = query;
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    reload();
  }, [version, reload]);
  return query;
}
