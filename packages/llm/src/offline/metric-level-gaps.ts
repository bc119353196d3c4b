/**
 * The words a limit's sentence may hold between a metric's name and its level, shared by the bound reader's forms:
 * an aside, a qualifying bracket, a wish for a level later in the sentence. Regular expression sources, lower case.
 */
import type { BriefText } from './brief-text.js';
import { WORD_MULTIPLE } from './written-numbers.js';

/**
 * The agreement a limit is written in, named between the limit's word and its level: "floor in the new credit agreement",
 * "covenant under our amended revolver". The agreement names the limit's source, so it counts as one word of the gap.
 */
const AGREEMENT_NAMED = String.raw`\s+(?:floor|cap|ceiling|covenant|limit|test|minimum|maximum)\s+(?:in|under|of)\s+(?:the|our)\s+(?:(?:new|amended|existing|revised|refinanced|current)\s+)?(?:credit\s+agreement|loan\s+agreement|facility\s+agreement|revolver|rcf|(?:credit\s+)?facility|term\s+loan|indenture|bond\s+documents?)\b(?![^\S\n]*\()`;

/**
 * When a ratio is measured, between commas after its name: ", pro forma,", ", on a pro-forma basis,", ", after the
 * deal,", ", post-closing,". The aside names no other metric and no figure, so the limit after it stays the ratio's.
 */
const WHEN_MEASURED = String.raw`,\s*(?:(?:on\s+an?\s+)?pro[-\s]?forma(?:\s+basis)?|(?:after|following)\s+(?:the\s+|this\s+)?(?:deal|sale|sales|closing|transaction|program(?:me)?)|post[-\s](?:deal|closing|transaction|sale)|afterwards)\s*,`;

/**
 * Up to five words between a metric and its comparison ("leverage after the deal should sit comfortably
 * under"), or a "which"/"that"/"meaning" after a comma ("leverage, which must stay under", "low-criticality stuff
 * only, meaning 0.35 or under"), or a bracket that defines
 * or qualifies the metric ("Leasability (sic) minimum", "rent-adjusted leverage (debt plus 8x rent) must be"), at
 * more length when it holds no figure (an agreement's definition: "the Leverage Ratio (Consolidated Total Debt less
 * Unrestricted Cash to Consolidated EBITDA) shall not exceed"), or
 * whose demand it is (", the lenders want"), or an apposition between commas that names no other metric ("the
 * coverage ratio, the fixed charge one, has to be") or a relative clause between commas that names no metric and no
 * figure ("lease-adjusted leverage, which the agencies focus on, must remain"), or a label's colon before the
 * covenant's own word ("Net leverage: covenant 3.75x", "Net leverage: the covenant's 4x"), or a speaker's aside between commas ("net leverage that is,
 * under 3.25", "fixed charge, uh, at least 1.6"), or a level proposed after the name ("the docs say criticality, so
 * let's say 0.4 at most"), or when the ratio is measured ("net leverage, pro forma, shall not exceed"). Never another metric's
 * name or a word that starts a new clause, so that a figure stays with the metric written next to it.
 */
export const GAP = String.raw`(?:,?\s+(?:that\s+is|i\s+mean)\s*,|${WHEN_MEASURED}|,\s*so\s+(?:let'?s|let\s+us|we'?ll|i'?ll)\s+(?:say|call\s+it|make\s+it|use|go\s+with)|,\s*(?:uh+|um+|erm?|ah+)\s*,|,\s*(?:the|i\.e\.|namely)\s+(?:(?!coverage|fccr|fcc\b|leverage|lev\b|ebitda|criticality|crit\b|leaseability|rent|market)[^,.;:!?\d$%()\n]){1,40},|,\s*(?:which|that|who)\s+(?:(?!coverage|fccr|fcc\b|leverage|lev\b|ebitda|criticality|crit\b|leaseability|rent|market)[^,.;:!?\d$%()\n]){1,60},|,\s*(?:the\s+|our\s+)?(?:lenders?|banks?|agenc(?:y|ies)|rating\s+agenc(?:y|ies)|board|we|they)\s+(?:want|wants|need|needs|require|requires|expect|expects|ask\s+for|asks\s+for|insist\s+on|insists\s+on)|(?:,\s*(?=which\b|that\b|meaning\b)|\s+)(?!(?:and|but|or|with|while|coverage|fccr|fcc|leverage|criticality|crit|leaseability|ebitda|rent)\b)[a-z'-]+|\s*\((?:[^()\d\n]{1,90}|[^()]{1,60})\)|[^\S\n]*:[^\S\n]*(?:the\s+|a\s+)?(?:covenant|limit|test)(?:['\u2019]s(?=\s+\d))?\b|${AGREEMENT_NAMED}){0,5}?`;

/**
 * A level dictated in words after a comma, ending its sentence: "the lease adjusted leverage, four and a half". A
 * spoken multiple can only be the metric's level; the comma is the speaker's pause.
 */
export const LISTED_LEVEL = String.raw`[^\S\n]*${WORD_MULTIPLE}[^\S\n]*(?:(?:x|\u00d7)(?![a-z])|times\b|turns?\b)?[^\S\n]*(?:[.;!?\n]|$)`;
/** Up to 80 characters of the same sentence with no figure and no other metric's name. */
export const SENTENCE_GAP = String.raw`(?:(?!coverage|fccr|fcc\b|leverage|lev\b|ebitda|criticality|crit\b|leaseability|rent|market)[^.;:!?\d$%]){0,80}?`;
/** Up to 160 characters of the same sentence, figures allowed, with no other metric's name. */
export const SENTENCE_GAP_WITH_FIGURES = String.raw`(?:(?!\b(?:coverage|fccr|fcc\b|leverage|lev\b|ebitda|criticality|crit\b|leaseability|rent|market))[^.;!?]|\.(?=\d)){0,160}?`;
/**
 * The metric's sentence up to a level wished for: figures allowed, another metric's name not, and a semicolon only
 * before the wish ("the covenant in our revolver is 5.5x; we'd like to stay under 5.0x"), and a full stop only before a
 * wish for the metric by a pronoun ("net leverage is 3.0x now. I want it at 2.75x or lower").
 */
export const WISH_GAP = String.raw`(?:(?!\b(?:coverage|fccr|fcc\b|leverage|lev\b|ebitda|criticality|crit\b|leaseability|rent|market))[^.;!?\n]|\.(?=\d)){0,120}?\d[^.;!?\n]{0,60}?(?:[,;]|\.(?=\s+(?:we|i)\s+(?:want|need|'d\s+like|would\s+like)\s+(?:it|that)\s))?\s+`;
/** Words that wish for a level ("we'd like to", "we want to", "so use", "we'd like a little cushion so use"). */
export const WISH = String.raw`(?:(?:and|but|so)\s+)?(?:(?:we|i)(?:'d|\s+would)\s+(?:like|prefer|want|love)|(?:we|i)\s+(?:want|need|aim|plan|intend|hope))(?:\s+(?:a\s+(?:little\s+|bit\s+of\s+)?|some\s+)?(?:cushion|headroom|buffer)[\s,]*(?:so\s+(?:use|take)|and\s+(?:use|take)))?(?:\s+to)?|so\s+(?:use|take)`;

/**
 * "Dana suggested criticality [0.6 but the committee went with] 0.7": between the metric and the figure read, a level
 * set aside for this one (the span a correction reader read as nothing starts with the figure it replaced). The
 * figure takes the place the replaced level had right after the metric, so it is the metric's level as that was.
 */
export function levelReplacedInGap(text: BriefText, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    if (!text.isClaimed(index)) continue;
    return text.isFree(index, index + 1) && /[\d.]/.test(text.source[index] ?? '') && /^\s*$/.test(text.lower.slice(from, index));
  }
  return false;
}

/**
 * An earlier item of the same refused list, its level compared, then "or": "nothing with leaseability under 0.45 or
 * [criticality over 0.75]". The refusal before the first item holds for the next one as well.
 */
export const EARLIER_ITEM = String.raw`\s+(?:[<>\u2264\u2265]|under|below|over|above|(?:less|more|lower|higher)\s+than)\s*\d*\.?\d+\s*(?:x|%)?\s+(?:or|nor|and)(?:\s+(?:an?|the|its))?`;
