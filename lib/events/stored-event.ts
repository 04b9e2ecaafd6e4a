import { z } from 'zod';

/** An event row as a database hands it back: its kind as text, its detail parsed from JSON. */
export interface StoredEvent {
  type: string;
  detail: unknown;
}

/**
 * A service's one reshape of its event rows into its union, checked on every read the way
 * trade.db's states are: a kind no builder writes, or a detail no builder builds, is a bug
 * found at once. No variant for rows of another shape: every writer goes through the builders,
 * which store exactly what was stored before them, so any row a lab holds fits. The row comes
 * back as it was read — the same object, its keys in stored order — since reports quote it whole.
 */
export function eventReshape<E extends StoredEvent>(table: string, union: z.ZodType<E>) {
  const fits = <R extends StoredEvent>(row: R): row is R & E => union.safeParse(row).success;
  return <R extends StoredEvent>(row: R): R & E => {
    if (fits(row)) return row;
    const { error } = union.safeParse(row);
    throw new Error(`${table} holds a ${JSON.stringify(row.type)} event outside the lab's vocabulary: ${error && z.prettifyError(error)}`);
  };
}
