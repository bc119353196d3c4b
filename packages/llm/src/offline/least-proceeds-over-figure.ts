import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';
/**
 * The least proceeds asked for by the figure they must get over, with a verb of wanting before it: "we want the minimum
 * proceeds over $95M", "pick the minimal proceeds above $120M", "give us the minimum proceeds that clear $80M" — the
 * set that raises least among those above the ask, `min_proceeds`. Read by `readObjective`.
 *
 * "Minimum proceeds" alone is a floor's label ("Minimum proceeds: $80M", "run with minimum proceeds of $80M"), so the
 * words are read here only when something is wanted or chosen before them and the figure is one to get over ("over",
 * "above", "that clears"); "minimum proceeds of $80M" or "the minimum proceeds are $80M" stay a floor for the amount
 * readers.
 */

/** A money figure after "over" or "above": "$95M", "USD 120 million", "80m". */
const FIGURE = String.raw`(?:us\$|\$|usd[^\S\n]*)?\d[\d.,]*[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})?(?![a-z\d])`;

/**
 * "we want the minimum proceeds over $95M", "choose the minimal proceeds above $120M", "give us the minimum proceeds
 * that clear $80M": the least raised among the sets that get over the figure.
 */
export const MIN_PROCEEDS_OVER_FIGURE = new RegExp(
  String.raw`\b(?:want|wants|need|needs|seek|seeking|pick|choose|select|take|find|give[^\S\n]+(?:us|me)|go[^\S\n]+(?:for|with)|aim[^\S\n]+for|target(?:ing)?)[^\S\n]+(?:the[^\S\n]+)?(?:minimum|minimal|min\.?)[^\S\n]+proceeds[^\S\n]+(?:over|above|beyond|past|that[^\S\n]+(?:clears?|exceeds?|gets?[^\S\n]+(?:over|past|above)))[^\S\n]+${FIGURE}`,
  'g',
);

/** Every form has these words: a brief without them skips the pattern. */
export const MIN_PROCEEDS_OVER_FIGURE_WORD = /\bmin(?:imum|imal)?\.?\s+proceeds\s+(?:over|above|beyond|past|that)\b/;
