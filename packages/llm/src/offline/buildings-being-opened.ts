import type { BriefText } from './brief-text.js';

/*
 * A building the company is about to open, build, lease or move into ("we're opening a new office in Phoenix next
 * year", "we just signed for a new DC outside Dallas", "HR is moving into a new office"): it is not owned yet, so it
 * is never sold, and its type word asks for no type (nor its place for a market). The sale's own types are asked for
 * in words of their own ("offices only").
 */

/** A type's word for the building being opened. */
const NEW_BUILDING = String.raw`(?:offices?|warehouses?|dcs?|distribution\s+cent(?:er|re)s?|data\s+cent(?:er|re)s?|labs?|plants?|factor(?:y|ies)|stores?|shops?|hq|headquarters)`;

/**
 * The verb of opening or moving in, then a new building: "opening a new office", "building another plant", "leasing a
 * second warehouse", "moving into a new HQ", "signed for a new DC". "New" (or "another", "second") is needed, so that
 * "lease a warehouse back" or "open the offices to bids" stays a word about the portfolio. What the money is raised for
 * is being opened too ("We're raising $60M for a new plant", "to fund a second DC"). The place after it is taken
 * along ("in Phoenix", "outside Dallas"), one or two words, as a place that asks for no market.
 */
const OPENED = new RegExp(
  String.raw`\b(?:open(?:s|ing|ed)?|build(?:s|ing)?|built|construct(?:s|ing|ed)?|leas(?:e|es|ing|ed)|rent(?:s|ing|ed)?|mov(?:e|es|ing|ed)\s+in(?:to)?|relocat(?:e|es|ing|ed)\s+(?:in)?to|sign(?:s|ing|ed)?\s+(?:for|on)|fit(?:ting)?\s+out|for|toward(?:s)?|(?:fund|financ|pay\s+for)(?:s|es|ing|ed|e)?)\s+(?:a|an|another|two|three|our|the)\s+(?:(?:new|second|third|bigger|larger|smaller)\s+)?(?<=(?:new|second|third|another|bigger|larger|smaller)\s+)${NEW_BUILDING}\b(?:\s+(?:in|at|near|outside|around)\s+(?:the\s+)?[a-z]+(?:\s+(?!(?:next|this|later|soon|and|or|so|but|in|by|for)\b)[a-z]+)?)?`,
  'g',
);

/**
 * A new project named by a building's type: "the new factory line costs that much", "a new warehouse automation
 * project", "the planned plant expansion". The type word says what the project is for, never a type to sell.
 */
const NEW_PROJECT = new RegExp(
  String.raw`\b(?:new|planned|proposed|upcoming)\s+${NEW_BUILDING}\s+(?:lines?|expansions?|projects?|upgrades?|equipment|machinery|automation(?:\s+project)?|retrofits?|build[-\s]?outs?|capex|program(?:me)?s?)\b`,
  'g',
);

/**
 * Claims the new buildings the company is opening or moving into ("we're opening a new office in Phoenix next year"),
 * and the new projects named by a type ("the new factory line"), so that no reader asks for their type or market.
 */
export function claimBuildingsBeingOpened(text: BriefText): void {
  for (const match of [...text.freeMatches(OPENED), ...text.freeMatches(NEW_PROJECT)]) {
    const end = match.index + match[0].length;
    if (text.isFree(match.index, end)) text.claim(match.index, end);
  }
}
