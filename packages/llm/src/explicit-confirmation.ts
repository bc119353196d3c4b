/**
 * The one rule for what confirms a checkpoint. Running a program or a scenario
 * set is an action, so it happens only on an explicit yes that says nothing
 * else: "yes", "yes, run it", "go ahead", "confirm", "do it", "run the
 * scenarios". A reply that acknowledges ("ok", "sure"), resumes, pauses, cancels
 * or states a figure or a constraint is not a yes, whatever an extractor read
 * into it. Every extractor's answer (offline or a provider's) passes through
 * `decideConfirmation`, so the rule holds whatever the extractor returns.
 */

const YES_WORD = String.raw`(?:yes|yep|yeah|yup|yes\s+indeed)`;
const POLITE = String.raw`(?:please|now|thanks|thank\s+you)`;
const RUN_OBJECT = String.raw`(?:it|them|that|this|the\s+(?:program|programme|run|scenarios?|scenario\s+set|set|what[-\s]?ifs?|what[-\s]?if\s+scenarios?|comparison))`;
const ACTION = String.raw`(?:go\s+ahead|(?:i\s+)?confirm(?:ed)?|do\s+it|proceed|go\s+for\s+it|approved?|(?:please\s+)?run\s+${RUN_OBJECT}|let'?s\s+(?:do\s+it|run\s+${RUN_OBJECT}|go\s+ahead|proceed))`;
const EXPLICIT_YES = new RegExp(String.raw`^(?:${YES_WORD}(?:\s+${POLITE})?(?:\s+${ACTION})?|${ACTION})(?:\s+${POLITE})?$`);

/** What a checkpoint reply can be aimed at, by the words it uses ("run the scenarios"). */
export type ConfirmationObject = 'program' | 'scenarios' | null;

/**
 * The message with case, punctuation and spacing normalised: "Yes, run it!" →
 * "yes run it". Apostrophes are kept ("let's").
 */
export function normalizeReply(message: string): string {
  return message
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9'\s-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when the whole message is an explicit affirmative reply and nothing
 * else ("yes", "yes, run it", "go ahead", "confirm", "do it", "run the
 * scenarios"). "ok", "sure", "sounds good", "ok let's continue", "sure, but
 * exclude Dallas", "yes please pause" and "resume" are not.
 */
export function isExplicitConfirmation(message: string): boolean {
  // A question ("yes?") asks; it does not answer.
  if (message.includes('?')) return false;
  return EXPLICIT_YES.test(normalizeReply(message));
}

/** What an explicit yes names, if it names anything: "run the program" → `program`, "run the scenarios" → `scenarios`. */
export function confirmationObject(message: string): ConfirmationObject {
  const text = normalizeReply(message);
  if (/\b(?:program|programme|run\s+the\s+run)\b/.test(text)) return 'program';
  if (/\b(?:scenarios?|scenario\s+set|set|what[-\s]?ifs?|comparison)\b/.test(text)) return 'scenarios';
  return null;
}

/** What an extractor made of a message, as far as the rule needs it. */
export interface ExtractedIntent {
  /** The extractor's answer to "is this a yes or a no"; anything but a boolean is no answer. */
  readonly confirmation: unknown;
  /** How many figures or constraints the message stated (valid or not). */
  readonly statedFields: number;
  /** The lifecycle signal read (pause, cancel, resume, exit), or none. */
  readonly signal: string | null;
}

/**
 * The confirmation a message carries, after any extractor: `true` only for an
 * explicit yes (see `isExplicitConfirmation`) with no other intent (no signal,
 * no stated field); `false` for an extractor's "no" that carries nothing else
 * (it only leaves the checkpoint waiting); otherwise `null`.
 */
export function decideConfirmation(message: string, extracted: ExtractedIntent): boolean | null {
  const otherIntent = extracted.signal !== null || extracted.statedFields > 0;
  if (otherIntent) return null;
  if (isExplicitConfirmation(message)) return true;
  return extracted.confirmation === false ? false : null;
}
