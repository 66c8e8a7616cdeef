/** Resolves after a turn of the event loop, so answers waiting on it run before the next slice of work. */
export const yieldTurn = (): Promise<void> => new Promise((done) => setImmediate(done));
