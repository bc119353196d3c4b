import type { BriefText } from './brief-text.js';

/**
 * A brief saying its number is still being set somewhere else, in wordings beside `undecided-target.ts`: "the number
 * is still with the CFO", "the figure is still being worked out", "the ask is still up in the air", and the figure
 * left open by "wherever it lands". A floor beside such words is a floor only, so no target is read from it.
 */
const NUMBER_STILL_OPEN = new RegExp(
  [
    // "The number is still with the CFO", "the target's still being worked out", "the ask is still up in the air".
    String.raw`\b(?:the|our)\s+(?:number|target|ask|figure|amount)(?:'s|\s+is)\s+still\s+(?:with\s+(?:the\s+)?(?:cfo|ceo|board|committee|treasurer|finance|treasury)|being\s+(?:worked\s+out|set|decided|finali[sz]ed|debated|discussed)|up\s+in\s+the\s+air|under\s+(?:discussion|review|debate)|in\s+(?:the\s+works|flux|play))`,
    // "wherever it lands, don't go below $80M", "wherever the number ends up".
    String.raw`\bwherever\s+(?:it|the\s+(?:number|target|ask|figure))\s+(?:lands|ends\s+up|comes\s+out|settles)`,
  ]
    .map((form) => `(?:${form})(?![a-z])`)
    .join('|'),
  'g',
);

/** Whether the brief says its number is still being set elsewhere, claiming the words that say so. */
export function saysNumberStillOpen(text: BriefText): boolean {
  return text.claimFreeMatches(NUMBER_STILL_OPEN);
}
