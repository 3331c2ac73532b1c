/**
 * The right to use PGlite's one backend session, held by one connection at a time and handed on
 * in arrival order. A connection holds it from the first message of a batch until the server
 * says it is idle again (ReadyForQuery `I`): through a whole Parse…Sync batch, and through a whole
 * transaction.
 */
export class SessionLock<Owner> {
  private owner: Owner | null = null;
  private readonly waiting: { who: Owner; grant: (granted: boolean) => void }[] = [];

  get holder(): Owner | null {
    return this.owner;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves true once `who` holds the session, or false if it gave up its place meanwhile. */
  acquire(who: Owner): Promise<boolean> {
    if (this.owner === who) return Promise.resolve(true);
    if (this.owner === null) {
      this.owner = who;
      return Promise.resolve(true);
    }
    return new Promise((grant) => this.waiting.push({ who, grant }));
  }

  release(who: Owner) {
    if (this.owner !== who) return;
    const next = this.waiting.shift();
    this.owner = next?.who ?? null;
    next?.grant(true);
  }

  /** A connection that went away while waiting gives up its place. */
  forget(who: Owner) {
    const index = this.waiting.findIndex((w) => w.who === who);
    if (index >= 0) this.waiting.splice(index, 1)[0].grant(false);
  }
}
