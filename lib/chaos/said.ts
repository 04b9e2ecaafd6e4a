/** A stuck trade's two sides in the note's notation, and how often the provider reserved for it: what its case is read from. */
export interface Said {
  /** The caller's side as its strategy writes it in the note's notation; "—" for no row. */
  caller: string;
  provider: string;
  /** How many times the provider reserved for it (more than once only without the fence). */
  reservations: number;
}
