import { IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/**
 * Offsets are sampled a week apart and a change between two samples is located by bisection.
 * This assumes a zone changes its offset at most once within a week, which holds for every
 * zone in the tz database (even Ramadan suspensions of summer time last weeks).
 */
const SAMPLE_STEP_MS = 7 * 24 * HOUR_MS;
/** Real offsets lie within −12:00…+14:00, so a wall time's instant lies within this window of it. */
const EARLIEST_SHIFT_MS = -14 * HOUR_MS;
const LATEST_SHIFT_MS = 12 * HOUR_MS;

interface Transition {
  at: number;
  before: number;
  after: number;
}

/**
 * Converts between instants and wall-clock times of one zone, with luxon supplying every offset.
 *
 * A "wall time" is the local date-time written as milliseconds since 1970-01-01T00:00 local, so
 * calendar arithmetic on it needs no time-zone knowledge. Luxon's own local-to-UTC conversion costs
 * tens of microseconds a call, moves a skipped time forward by the length of the jump (02:30 on a
 * spring-forward night becomes 03:30) and picks the later of two repeated times; this class asks
 * luxon only for offsets, about once a week of timeline, and resolves those cases as business
 * hours need (see instantOf).
 */
export class ZoneTimeline {
  private readonly samples = new Map<number, number>();
  private readonly transitions = new Map<number, Transition | null>();

  constructor(private readonly zone: IANAZone) {}

  /** The zone's offset from UTC at an instant, in milliseconds. */
  offsetAt(instant: number): number {
    const window = Math.floor(instant / SAMPLE_STEP_MS);
    const transition = this.transitionIn(window);
    if (!transition) return this.sample(window);
    return instant < transition.at ? transition.before : transition.after;
  }

  wallTimeOf(instant: number): number {
    return instant + this.offsetAt(instant);
  }

  /**
   * The first instant at which the wall clock reads `wallTime`. A time repeated when clocks go back
   * gives its first occurrence; a time skipped when clocks go forward gives the instant of the jump,
   * so a block 22:00–02:30 on the night Berlin skips 02:00–03:00 ends at 03:00 local, after 4 hours.
   */
  instantOf(wallTime: number): number {
    const earliest = wallTime + EARLIEST_SHIFT_MS;
    const latest = wallTime + LATEST_SHIFT_MS;
    const changes: Transition[] = [];
    for (let window = Math.floor(earliest / SAMPLE_STEP_MS); window <= Math.floor(latest / SAMPLE_STEP_MS); window++) {
      const transition = this.transitionIn(window);
      if (transition && transition.at > earliest && transition.at <= latest) changes.push(transition);
    }
    let segmentStart = earliest;
    let offset = this.offsetAt(earliest);
    for (const change of changes) {
      const candidate = wallTime - offset;
      if (candidate >= segmentStart && candidate < change.at) return candidate;
      segmentStart = change.at;
      offset = change.after;
    }
    const candidate = wallTime - offset;
    if (candidate >= segmentStart) return candidate;
    // No instant reads this wall time: the clock jumped over it at one of the changes.
    const jump = changes.find((change) => change.at + change.after > wallTime);
    return jump ? jump.at : candidate;
  }

  private sample(window: number): number {
    let offset = this.samples.get(window);
    if (offset === undefined) {
      offset = this.zone.offset(window * SAMPLE_STEP_MS) * MINUTE_MS;
      this.samples.set(window, offset);
    }
    return offset;
  }

  /** The offset change within [window start, next window start), found to the millisecond. */
  private transitionIn(window: number): Transition | null {
    const known = this.transitions.get(window);
    if (known !== undefined) return known;
    const before = this.sample(window);
    const after = this.sample(window + 1);
    let transition: Transition | null = null;
    if (before !== after) {
      let low = window * SAMPLE_STEP_MS;
      let high = (window + 1) * SAMPLE_STEP_MS;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (this.zone.offset(middle) * MINUTE_MS === before) low = middle;
        else high = middle;
      }
      transition = { at: high, before, after };
    }
    this.transitions.set(window, transition);
    return transition;
  }
}

const timelines = new Map<string, ZoneTimeline>();

/** One timeline per zone, kept for the life of the process: it holds a few numbers per week used. */
export function timelineOf(timeZone: string): ZoneTimeline {
  let timeline = timelines.get(timeZone);
  if (!timeline) {
    const zone = IANAZone.create(timeZone);
    if (!zone.isValid) throw new RangeError(`Unknown time zone "${timeZone}"`);
    timeline = new ZoneTimeline(zone);
    timelines.set(timeZone, timeline);
  }
  return timeline;
}
