import { faultCatalog } from '@/lib/faults/catalog';

/** A fault by the words on its switch; an id the catalog does not know is shown as it is. */
export const faultLabel = (id: string): string => faultCatalog.find((f) => f.id === id)?.label ?? id;
