/**
 * A covenant limit changed from one level to another: "tighten the net lev limit from 3.75x to 3.5x", "loosen the
 * FCCR test from 2.0x to 1.8x", "the lease-adjusted cap moves from 5.0x to 4.75x". The level the limit is changed
 * to is the one to run with; the level it is changed from is the old one and bounds nothing. A ratio only said to
 * have moved ("net leverage fell from 3.9x to 3.4x last year") has no limit's word and no instruction, and is a
 * level measured, so it is not read.
 */
import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';

/** The metrics a change may be made to, each with its names (the covenant reader's own). */
export type ChangedMetricNames = readonly { metric: 'lease_adjusted' | 'net' | 'coverage'; pattern: RegExp }[];

/** One limit changed: the metric, the span from its name to the new level, and the new level read as a bound. */
export interface ChangedLevel {
  readonly metric: 'lease_adjusted' | 'net' | 'coverage';
  readonly bound: FoundBound;
}

const LEVEL = String.raw`\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7|times|turns)?`;

/** An instruction to change a limit: "tighten", "loosen", "move", "take", "bring", "lower", "raise", "change". */
const CHANGE_VERB =
  '(?:tighten|loosen|lower|raise|lift|move|change|take|bring|cut|reduce|relax|increase|drop|bump|adjust|update|reset|revise)(?:s|es|ed|d|ing)?';

/** A limit's noun, which makes the name a limit rather than a level measured: "limit", "cap", "covenant", "test". */
const LIMIT_NOUN = '(?:limit|cap|ceiling|covenant|test|floor|threshold|max(?:imum)?|min(?:imum)?|hurdle|trigger)';

/**
 * "tighten the net lev limit from 3.75x to 3.5x": an instruction, the name, then from the old level to the new one.
 * "the FCCR floor goes from 2.0x to 1.8x": a limit's noun in the name, then a verb of moving, from, to.
 */
const CHANGED_FROM_TO = new RegExp(
  String.raw`\b(?:${CHANGE_VERB}\s+(?:the\s+|our\s+|that\s+)?(?<ordered>[^.;:\n\d]{2,60}?)|(?:the\s+|our\s+)?(?<named>[^.;:\n\d]{2,50}?\s${LIMIT_NOUN})\s+(?:(?:is|was|has\s+been|should\s+be|will\s+be|to\s+be)\s+)?(?:goes|going|moves?|moving|changes?|changing|${CHANGE_VERB}))\s+from\s+(?<old>${LEVEL})\s+(?:down\s+|up\s+)?to\s+(?<new>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|times|turns)?(?![\d%]|[^\S\n]*(?:percent|m\b|mm\b|million|bn\b|billion|k\b|years?))`,
  'g',
);

/**
 * The covenant limits changed from one level to another, each for the one metric its name gives. Claims the new
 * level; the caller drops the bounds read inside the change (the old level) and keeps the new one.
 */
export function readLevelsChangedFromTo(text: BriefText, names: ChangedMetricNames): ChangedLevel[] {
  if (!/\bfrom\s+\d/.test(text.lower)) return [];
  const found: ChangedLevel[] = [];
  for (const match of text.lower.matchAll(CHANGED_FROM_TO)) {
    const name = match.groups?.['ordered'] ?? match.groups?.['named'] ?? '';
    // The first metric whose name the words hold: lease-adjusted before net, as the covenant reader orders them.
    // The name is tried with the old level after it ("lease-adjusted cap 5.0x"), as a bare adjective needs a level.
    const named = `${name} ${match.groups?.['old'] ?? ''}`;
    const metric = names.find((entry) => new RegExp(entry.pattern.source).test(named))?.metric;
    const value = Number(match.groups?.['new']);
    if (metric === undefined || !(value > 0 && value < 20)) continue;
    const end = match.index + match[0].length;
    found.push({ metric, bound: { value, start: match.index, end } });
    text.claim(match.index, end);
  }
  return found;
}
