/**
 * Serialises writes to trade.db inside this process without blocking the event loop.
 *
 * V1 holds a real SQLite write transaction open across an awaited RPC, on a connection of
 * its own. Any other synchronous write meanwhile would wait on SQLite's lock *synchronously*
 * — freezing the very event loop the RPC needs to finish. So every other write goes through
 * `write`, which runs at once when no V1 transaction is open and queues otherwise. The wait
 * that queue shows is V1's true cost, made visible instead of hidden.
 */
export class WriteGate {
  private held = false;
  private writers: (() => void)[] = [];
  private holders: (() => void)[] = [];

  /** Runs a synchronous write now if no transaction is held open, else right after it ends. */
  write<T>(fn: () => T): Promise<T> {
    if (!this.held) {
      try {
        return Promise.resolve(fn());
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return new Promise<T>((resolve, reject) =>
      this.writers.push(() => {
        try {
          resolve(fn());
        } catch (error) {
          reject(error);
        }
      }),
    );
  }

  /** Holds the gate for an async section (one V1 transaction); one holder at a time. */
  async hold<T>(fn: () => Promise<T>): Promise<T> {
    if (this.held) await new Promise<void>((resolve) => this.holders.push(resolve));
    else this.held = true;
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  get busy(): boolean {
    return this.held;
  }

  private release(): void {
    this.held = false;
    // Queued writes are short and synchronous: let them all through before the next holder.
    for (const run of this.writers.splice(0)) run();
    const next = this.holders.shift();
    if (next) {
      this.held = true;
      next();
    }
  }
}
