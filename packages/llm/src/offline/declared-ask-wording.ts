import { isAskForThisRun } from './asks-for-this-run.js';
import { isCalledAfterARoughFigure } from './rough-figures-then-called.js';
import { isGivenInsteadOfAnother } from './ask-given-instead-of-another.js';
import { isDecidedAfterASetAsideFigure } from './ask-decided-after-a-figure-set-aside.js';

/**
 * Words that declare one amount the ask among several: a figure called the actual, final or working ask, one chosen
 * ("selected the $85m option"), or the current tranche. Read by `readAmounts` to put such an amount before those
 * only mentioned.
 */

/**
 * Words that declare an amount the ask after figures that were only mentioned: "The actual ask for the model is much
 * narrower: bring in $76M", "The Committee selected the $85m option", "So $112M is the number", "New ask is $125M", "final
 * answer $95M", "Northwind's own ask, which governs, is $230M", "the working number is $160M", "we were thinking $200M,
 * but let's do $165M", "Let's settle at a hundred million then", "the ambition is $1.2bn over three years; this tranche is $400M". Looked for in the
 * amount's sentence before it, and right after it.
 */
const DECLARED_BEFORE =
  /\b(?:(?:the\s+)?(?:actual|real|final|true|working|operative)\s+(?:ask|number|target|figure|request|answer)|(?:the|our|(?:the\s+)?(?:new|revised|updated))\s+ask\s*(?::|is\b)|(?:own|official|governing|binding)\s+ask\b[^.!?\n]{0,30}?\bis\b|\b(?:this|the\s+current)\s+(?:tranche|phase|round)\s*(?::|is\b))[^.!?\n]*$|\b(?:selected|chose|picked|adopted|approved|went\s+with|settled\s+on|let['\u2019]?s\s+(?:do|go\s+(?:with|for)|use|run|settle\s+(?:at|on)))\s+(?:the\s+)?$/;
/**
 * The ask named as someone's number for the program, as given to the writer or as it stands now: "Treasury's number
 * for the program is $150M", "the ask I was given is $30M", "Updated per CFO - target is now $97M". Looked for right
 * before the amount.
 */
const NAMED_FOR_THE_PROGRAM =
  /\b(?:(?:[a-z]+['\u2019]s|the|our|their)\s+(?:number|figure|ask|target)\s+for\s+(?:the|this)\s+(?:program(?:me)?|deal|raise|sale|slb|leaseback|transaction)\s*(?::|is\b)|(?:the|our|my)\s+(?:ask|target|number)\s+(?:i|we)\s+(?:was|were|have\s+been|got)\s+(?:given|handed|set)\s*(?::|is\b)|(?:the\s+)?(?:target|ask)\s+is\s+now\b|(?:the\s+)?(?:target|ask)\s+(?:has\s+(?:been\s+)?)?(?:moved|changed|updated|revised)\s+to)\s*(?:(?:about|around|roughly)\s+)?$/;
/**
 * The figure a run is set at, said by the writer after a larger authority: "[Treasury note: we'll run it at $90M, not
 * the full consent.]", "let's run the model at $80M". Looked for right before the amount.
 */
const RUN_AT_BEFORE =
  /\b(?:we(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)|let['\u2019]?s|i(?:'ll|\s+will)|please)\s+(?:run|model|size)\s+(?:it|this|the\s+(?:model|case|program(?:me)?|deal|sale|raise))\s+at\s*$/;
/** "$90M, not the full consent", "$80M rather than the whole authority": a figure set below the authority granted. */
const BELOW_THE_FULL_AUTHORITY_AFTER =
  /^\s*,?\s*(?:not|rather\s+than|instead\s+of)\s+the\s+(?:full|whole|entire|maximum)\s+(?:consent|authority|authori[sz]ation|approval|amount|limit|headroom|capacity|mandate)\b/;
/**
 * The company's own figure set against others' after them: "Peer comps for context: ... Corvus did $450M. For us:
 * $260M", "as for us, $90M", "in our case $120M", "for our part: $75M". Looked for right before the amount.
 */
const FOR_US_BEFORE = /\b(?:(?:as\s+)?for\s+us|for\s+our\s+part|in\s+our\s+(?:own\s+)?case)\s*[:,\u2014-]?\s*$/;
const DECLARED_AFTER = /^\s*(?:(?:is|it\s+is|'s)\s+(?:the\s+)?(?:final|number|figure|ask)\b|option\b)/;

/** True when the words around an amount (`start` to `end` in `lower`) declare it the ask. */
export function isDeclaredAsk(lower: string, start: number, end: number): boolean {
  const sentenceStart =
    Math.max(lower.lastIndexOf('.', start - 1), lower.lastIndexOf('\n', start - 1), lower.lastIndexOf('?', start - 1)) + 1;
  return (
    DECLARED_BEFORE.test(lower.slice(sentenceStart, start)) ||
    NAMED_FOR_THE_PROGRAM.test(lower.slice(Math.max(0, start - 80), start)) ||
    isAskForThisRun(lower, start) ||
    isCalledAfterARoughFigure(lower, start) ||
    DECLARED_AFTER.test(lower.slice(end, end + 40)) ||
    RUN_AT_BEFORE.test(lower.slice(Math.max(0, start - 40), start)) ||
    BELOW_THE_FULL_AUTHORITY_AFTER.test(lower.slice(end, end + 50)) ||
    FOR_US_BEFORE.test(lower.slice(Math.max(0, start - 30), start)) ||
    isGivenInsteadOfAnother(lower, end) ||
    // "Agreed $110M", "Our counter: $220M", "For this one: $127M": decided after another figure was set aside.
    isDecidedAfterASetAsideFigure(lower, start, end)
  );
}
