// A figure as a brief takes it back or weighs it: the unit every reader of superseded figures compares.
import { BILLION_SCALE, MILLION_WORDS, NUMERAL, WORD_NUMBER } from './written-numbers.js';

/** "and a half", "and three quarters": the fraction a multiple in words may carry ("three and a half times"). */
const SPOKEN_FRACTION = String.raw`(?:\s+and\s+(?:a\s+half|a\s+quarter|three[\s-]quarters?))?`;
/**
 * A figure as the self-correction reader compares them: a currency mark, the digits (with thousands separators) or a
 * number in words before a scale ("three hundred million") or before "times" / "turns" ("not three times, 3.5
 * times"), a unit or scale, and "dollars" after it.
 */
export const CORRECTED_FIGURE = String.raw`(?<![\w.$])(?:(?:us\$|usd|\$)\s*)?(?:(?:a|one)[\s-](?:third|quarter|fifth)\s+of\s+(?:the\s+)?(?:money|proceeds|total|raise|program(?:me)?)|${NUMERAL}|${WORD_NUMBER}(?:(?=\s+(?:${MILLION_WORDS}|${BILLION_SCALE})\b)|${SPOKEN_FRACTION}(?=\s+(?:times|turns)\b)))[^\S\n]*(?:x|times|turns|%|percent|mm|m|mn|million|bn|b|billion|k|years?)?(?:[^\S\n]+(?:dollars|usd))?(?![a-z\d])`;
