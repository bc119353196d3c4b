/**
 * A bare figure (no currency mark or scale) said to be as low as the ask may go, once the ask is written in millions:
 * "board wants 70m, can go to 60 if needed", "call it USD 80m, could live with 70 at a stretch", "ninety; we could
 * drop to seventy-five". Going down to a figure, or living with it, is the least the brief takes, so the figure is the
 * floor. Read by `readBareFloor` in `bare-amounts.ts`, which keeps it only below the ask and where its clause names no
 * limit (a "cap", a "leverage"), so "rent can go to 9 if needed" is no floor.
 */
import { WORD_NUMBER } from './written-numbers.js';

/**
 * Words that let the ask go down to a figure, or live with it: "can go to", "could drop to", "would come down to", "can
 * go as low as", "could live with", "could settle for", "could stomach". Group `saidAfter` holds them, as `isBareFloorSaid` needs.
 */
const GONE_DOWN_TO = String.raw`(?:(?:we|i|they|the\s+board)\s+)?(?:can|could|would|will|might)\s+(?:(?:still|also|even)\s+)?(?:(?:go|drop|come|slide|slip|fall)\s+(?:down\s+)?(?:to|as\s+low\s+as)|live\s+with|settle\s+for|stomach|swallow)`;

/**
 * What may follow the figure: the end of its clause, a condition ("if needed", "if we have to"), or a stretch ("at a
 * stretch", "in a pinch", "as a last resort"). A figure with a unit after it ("to 12 years", "with 40%", "to 3.5x", "to
 * 70m") is another reader's.
 */
const FIGURE_ENDS = String.raw`(?![\w%$]|[.,]\d|[^\S\n]*(?:x\b|\u00d7|times|turns|%|percent|years?|yrs?|bps|basis))(?=[^\S\n]*(?:[.,;!?)\n]|$|if\b|when\b|at\s+a\s+(?:stretch|pinch|push)|in\s+a\s+(?:pinch|push)|as\s+a\s+(?:last\s+resort|fallback)))`;

/**
 * The ask let go down to a bare figure, in the ask's millions: "can go to 60 if needed", "could live with 70 at a
 * stretch". Group `figure` is the floor, ten or more as `readBareFloor` requires of every bare floor.
 */
export const BARE_FLOOR_GONE_DOWN_TO = new RegExp(
  String.raw`\b(?<saidAfter>${GONE_DOWN_TO})[^\S\n]+(?<figure>\d{2,4}(?:\.\d+)?|${WORD_NUMBER})${FIGURE_ENDS}`,
  'g',
);
