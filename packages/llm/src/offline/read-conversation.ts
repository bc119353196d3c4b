import { isExplicitConfirmation } from '../explicit-confirmation.js';
import type { BriefText } from './brief-text.js';
import { RUN_ID } from './run-identifiers.js';
import { numberValue, WORD_NUMBER } from './written-numbers.js';

/** What a user can signal about the conversation flow. */
export type LifecycleSignal = 'pause' | 'cancel' | 'resume' | 'exit';

/** Counts in words that are not numbers: "a couple of scenarios", "a pair of variants". */
const COUNT_PHRASES: Readonly<Record<string, number>> = { 'a couple of': 2, 'a pair of': 2, 'a couple': 2 };

const NUM_SCENARIOS = new RegExp(
  String.raw`\b(?<count>${WORD_NUMBER}|a\s+couple(?:\s+of)?|a\s+pair\s+of|\d+)\s+(?:(?:more|different|alternative|what[-\s]if|other|distinct)\s+)?(?:scenarios?|variants?|variations?|cases|options|alternatives|what[-\s]ifs?)(?![a-z])`,
  'g',
);

const OBJECT = String.raw`(?:\s+(?:the|this|that|it|my|our)(?:\s+(?:what[-\s]?if|scenarios?|run|program|programme|analysis|one|request|intake|comparison|set))*)?`;
/** Signals in priority order: when a message holds several, the first kind listed wins. */
const LIFECYCLE: readonly (readonly [LifecycleSignal, RegExp])[] = [
  ['cancel', new RegExp(String.raw`\b(?:cancel(?:led|ling|ed)?|stop|abort|scrap)(?![a-z])${OBJECT}`, 'g')],
  ['exit', new RegExp(String.raw`\b(?:never\s*mind|exit|quit|forget\s+(?:about\s+)?it|i'?m\s+done|we'?re\s+done)(?![a-z])${OBJECT}`, 'g')],
  [
    'pause',
    new RegExp(
      String.raw`\b(?:hold\s+on|hang\s+on|hold\s+up|pause|(?:just\s+)?(?:one|a)\s+(?:sec|second|moment|minute)|wait)(?![a-z])${OBJECT}`,
      'g',
    ),
  ],
  [
    'resume',
    new RegExp(
      String.raw`\b(?:resume|(?:let'?s\s+)?(?:go|get|come)\s+back\s+to|back\s+to|continue|carry\s+on|pick\s+(?:it\s+|this\s+|(?:the|that|our)\s+(?:what[-\s]?ifs?|scenarios?|program|programme|analysis)\s+)?(?:back\s+)?up|unpause)(?![a-z])${OBJECT}`,
      'g',
    ),
  ],
];

const CONFIRM_YES =
  /\b(?:yes|yeah|yep|yup|sure|ok(?:ay)?|confirm(?:ed)?|go\s+ahead|run\s+it|do\s+it|proceed|sounds\s+good|looks\s+good|let'?s\s+(?:go|do\s+it|run\s+it|proceed)|go\s+for\s+it|approved?)(?![a-z])/g;
const CONFIRM_NO = /\b(?:no|nope|nah|not\s+yet|not\s+now|(?:don'?t|do\s+not)\s+run(?:\s+it)?|hold\s+off)(?![a-z])/g;

/** The conversational fields of a message. */
export interface ConversationReading {
  readonly num_scenarios?: number;
  readonly run_id?: string;
  readonly confirmation?: boolean;
  readonly lifecycle_signal?: LifecycleSignal;
}

/**
 * Reads a scenario count ("three scenarios", "3 variants") and a run id (a
 * UUID). Both are read in any text, so a brief that says "show me three
 * scenarios" is understood rather than reported.
 */
export function readCountAndRunId(text: BriefText): Pick<ConversationReading, 'num_scenarios' | 'run_id'> {
  let numScenarios: number | undefined;
  let runId: string | undefined;
  for (const match of text.freeMatches(RUN_ID)) {
    runId ??= text.source.slice(match.index, match.index + match[0].length);
    text.claim(match.index, match.index + match[0].length);
  }
  for (const match of text.freeMatches(NUM_SCENARIOS)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const written = (match.groups?.['count'] ?? '').replace(/\s+/g, ' ');
    const count = COUNT_PHRASES[written] ?? numberValue(written);
    if (!Number.isInteger(count) || count < 1) continue;
    numScenarios ??= count;
    text.claim(match.index, end);
  }
  return {
    ...(numScenarios === undefined ? {} : { num_scenarios: numScenarios }),
    ...(runId === undefined ? {} : { run_id: runId }),
  };
}

/**
 * Reads a lifecycle signal ("hold on", "pause", "wait" pause; "cancel the
 * what-if", "stop" cancel; "resume", "back to" resume; "never mind", "exit"
 * exit; when several appear, cancel beats exit beats pause beats resume) and
 * then, in what is left, a confirmation ("yes", "go ahead", "run it" are true;
 * "no", "not yet" are false; the first one written wins). Signals are read
 * first so that "let's go back to the program" is a resume, not a "let's go".
 */
export function readConfirmationAndSignal(text: BriefText): Pick<ConversationReading, 'confirmation' | 'lifecycle_signal'> {
  let signal: LifecycleSignal | undefined;
  for (const [kind, pattern] of LIFECYCLE) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      signal ??= kind;
      text.claim(match.index, end);
    }
  }
  const answers: { value: boolean; start: number }[] = [];
  for (const [pattern, value] of [
    [CONFIRM_YES, true],
    [CONFIRM_NO, false],
  ] as const) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      answers.push({ value, start: match.index });
      text.claim(match.index, end);
    }
  }
  answers.sort((left, right) => left.start - right.start);
  // A yes counts only when the whole message is an explicit yes (the shared rule);
  // "ok, resume" or "sure, but exclude Dallas" carry a yes-word and are not one.
  const first = answers[0]?.value;
  const explicit = isExplicitConfirmation(text.source);
  const confirmation = explicit ? true : first === true ? undefined : first;
  return {
    ...(confirmation === undefined ? {} : { confirmation }),
    ...(signal === undefined ? {} : { lifecycle_signal: signal }),
  };
}
