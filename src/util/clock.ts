/** A source of the current time, injected so dates and digests are deterministic in tests. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stuck at one instant (tests). */
export function createFixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  return { now: () => new Date(instant) };
}

/** A clock that tests set and move by hand. */
export interface MovableClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
}

/** Creates a movable clock starting at `at` (tests). */
export function createMovableClock(at: Date | string): MovableClock {
  let current = new Date(at).getTime();
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
