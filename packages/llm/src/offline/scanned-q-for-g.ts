/**
 * A scanned or faxed page where the tail of a g closed up and it was read as a q, in the words the settings are known
 * by: "Tarqet", "Lease-adj. leveraqe max 4.4x", "Exclude mortqaqed assets", "fixed charqe coveraqe". Each q is
 * written as the g it stands for, in the case the scan gave it, one character for one so that every offset into the
 * text stays where it was. Only the listed words are touched (an English word has a q only before a u, which none of
 * these does), so a name or a code keeps its letters.
 */

/** The key words with a g that a scan may read as a q. */
const KEY_WORDS_WITH_G = [
  'target',
  'targets',
  'targeted',
  'leverage',
  'coverage',
  'charge',
  'charges',
  'mortgage',
  'mortgages',
  'mortgaged',
  'strategy',
  'range',
  'agency',
  'agencies',
  'program',
  'programme',
];

/** Any of the key words with a q standing for any of its g's (at least one q, checked when repaired). */
const G_READ_AS_Q = new RegExp(String.raw`\b(?:${KEY_WORDS_WITH_G.map((word) => word.replace(/g/g, '[gq]')).join('|')})\b`, 'gi');

/** The text with each such q written as g ("leveraqe" as "leverage"); a text with no q comes back as it was. */
export function repairScannedQForG(text: string): string {
  if (!/q/i.test(text)) return text;
  return text.replace(G_READ_AS_Q, (written) => written.replace(/q/g, 'g').replace(/Q/g, 'G'));
}
