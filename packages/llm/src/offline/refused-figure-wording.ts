/**
 * The wording of figures refused, questioned or wished for rather than decided: "not 3x but 3.5x", "the floor is $40m,
 * not $45m", "Can we look at $300M?" "No - too rich", "the previous draft had $120M", "ideally $250m, in reality $190m",
 * "$250m is too rich". Regular expressions (lower case) that `superseded-figures.ts` reads as figures taken back.
 */

import { CORRECTED_FIGURE } from './corrected-figure.js';

/**
 * "FCCR: not 1.25x, 1.4x", "not $90M; $80M", "not 3x but 3.5x", "not $90m, it's $95m": a figure refused and its
 * replacement straight after.
 */
export const REFUSED_FIGURE = new RegExp(
  String.raw`\bnot\s+(?<earlier>${CORRECTED_FIGURE})(?:\s*[,;]\s*(?:but\s+)?|\s+but\s+)(?:(?:it'?s|it\s+is|that'?s|make\s+(?:it|that))\s+)?(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);
/** "the floor is $40m, not $45m": a figure refused right after the one kept, of the same kind. */
export const REFUSED_AFTER_KEPT = new RegExp(
  String.raw`(?<kept>${CORRECTED_FIGURE}),?\s+(?=not\s+(?<refused>${CORRECTED_FIGURE})(?![\s,;]+(?:but\s+)?(?:us\$|usd|\$)?\d))`,
  'g',
);
/** "400mm is the target (not $450m - that was last quarter's idea)": a figure refused in brackets after the one kept. */
export const REFUSED_IN_BRACKETS = new RegExp(String.raw`\(\s*not\s+(?:the\s+)?${CORRECTED_FIGURE}[^()\n]{0,80}\)`, 'g');
/**
 * A figure turned down before it is named: "the Committee discussed, but did not adopt, a 3.25x leverage limit", "we
 * considered but declined to set a 30% cap", "we discussed — but did not agree — a cap on new rent of $10M". The span is from the discussion to the figure.
 */
export const NOT_ADOPTED_FIGURE = new RegExp(
  String.raw`\b(?:discussed|considered|debated|reviewed)[^\S\n]*(?:,|\u2014|\u2013|--?)?\s*but\s+(?:did\s+not|didn't|declined\s+to|chose\s+not\s+to)\s+(?:adopt|approve|accept|set|impose|agree(?:\s+(?:to|on))?)\b[^\S\n]*(?:,|\u2014|\u2013|--?)?[^.!?;\n]{0,40}?${CORRECTED_FIGURE}`,
  'g',
);
/**
 * A figure asked about and refused: "Can we look at $300M?" "No - too rich", "Is $120M enough? Not quite", "CFO:
 * 'Not within covenants.'", "Bob: too much - $135M". A bare "No" must stand alone ("No target yet" answers something else); it may refuse
 * only the scope asked with the figure (`refusesScope`).
 */
export const QUESTIONED_FIGURE = new RegExp(
  String.raw`(?<figure>${CORRECTED_FIGURE})[^.!?;\n]{0,40}\?[\s>"'\u201d\u2019]*(?:[a-z]+[^\S\n]*:[^\S\n]*['"\u2018\u201c]?[^\S\n]*(?:not\s+(?:within|under|inside|possible|feasible|doable|realistic|happening|a\s+chance)|too\s+(?:rich|high|much|big|ambitious|aggressive|steep|large))|no(?=\s*[-,.;:!\u2013\u2014])|nope|not\s+(?:that|so\s+much|quite|enough|within|under|inside|possible|feasible|doable|realistic|happening|a\s+chance)|too\s+(?:rich|high|much|big|ambitious|aggressive|steep|large|low|small|little))\b`,
  'g',
);
/**
 * A figure of an earlier version a brief supersedes: "v2 (supersedes v1, which said $130M)", "the previous draft
 * had $120M", "replaces the earlier memo of $80M", "the draft brief stated a 30% cap". The span is from the version's name to the figure.
 */
export const EARLIER_VERSION_FIGURE = new RegExp(
  String.raw`\b(?:(?:supersed|replac|overrid)[a-z]*\s+(?:the\s+)?)?(?:v\d+|version\s+\d+|(?:earlier|previous|prior|old|original|first|last)\s+(?:draft|version|memo|email|note|proposal|plan|brief|cut)|the\s+draft(?:\s+brief)?)\b(?:,?\s+(?:which|that))?\s+(?:said|had|asked\s+for|proposed|showed|stated|was|read|of)\s+(?:an?\s+)?${CORRECTED_FIGURE}`,
  'g',
);
/**
 * A figure wished for against the realistic one: "I'd love $300m but realistically $220m", "ideally $250m, in reality
 * $190m", "in a perfect world $120M; practically $100M". The span is from the wish's figure to the word of realism.
 */
export const WISHED_NOT_REAL = new RegExp(
  String.raw`\b(?:(?:i|we)(?:'d|\s+would)\s+(?:love|like|prefer)|ideally|in\s+(?:a|an)\s+(?:perfect|ideal)\s+world|dream\s+(?:number|scenario))\b[^.!?;\n]{0,30}?(?<figure>${CORRECTED_FIGURE})[^.!?;\n]{0,20}?\b(?:realistically|in\s+reality|practically|in\s+practice)\b`,
  'g',
);
/**
 * "$250m is too rich", "$300M feels way too high", "one point two billion, which we all know is too much": a figure
 * refused as too much or too little.
 */
export const FIGURE_TOO_MUCH = new RegExp(
  String.raw`(?<figure>${CORRECTED_FIGURE}),?[^\S\n]+(?:(?:which|that)[^\S\n]+(?:(?:we|everyone|everybody)[^\S\n]+(?:all[^\S\n]+)?(?:know|agree|think|feel)s?[^\S\n]+)?)?(?:is|'s|seems|looks|feels|sounds)[^\S\n]+(?:(?:way|far|much|a\s+bit|a\s+little|probably|just)[^\S\n]+)?too[^\S\n]+(?:rich|high|much|big|ambitious|aggressive|steep|large|punchy|low|small|little)\b`,
  'g',
);

/** A chat speaker: "<ana>", "Rui:", "Rui 2:42 PM:". */
const CHAT_SPEAKER = String.raw`(?:<[a-z][\w.-]*>|[a-z][\w.-]*(?:[^\S\n]+\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?)?[^\S\n]*:)`;
/** A laugh before a refusal: "lol no", "haha, no". */
const LAUGH = String.raw`(?:(?:lol|lmao|haha|hah|heh)[^\S\n]*[,.!]?[^\S\n]*)`;
/**
 * A figure asked about in a chat and waved off at the head of the next speaker's line: "<ben> target 1.1bn?? that's the
 * whole portfolio" then "<ana> lol no. 110m", "Jae 2:41 PM: we're raising 1.2bn?" then "Rui 2:42 PM: no - $120M". The
 * speaker is named in angle brackets, or by name (with a time) and a colon; a laugh may come before the "no", and with
 * a laugh the speaker may be gone (a chat log read without its names). The amount (group `figure`) is read as nothing,
 * so that the figure the reply gives stands.
 */
export const FIGURE_WAVED_OFF_IN_CHAT = new RegExp(
  String.raw`(?<figure>${CORRECTED_FIGURE})[^?\n]{0,40}\?+[^\n?]{0,60}\n[^\S\n]*(?:${CHAT_SPEAKER}[^\S\n]*${LAUGH}?|(?:${CHAT_SPEAKER}[^\S\n]*)?${LAUGH})(?:no|nope|nah)(?=[^\S\n]*[-,.;:!\u2013\u2014])`,
  'g',
);
