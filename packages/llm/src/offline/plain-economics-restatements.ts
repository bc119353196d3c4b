import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';

/**
 * A floor, a lease term and a tax rate said in plain words the figure readers do not know, restated in the words they
 * do: where to stop if the ask has to be trimmed ("if you have to trim, stop at $68MM": a floor of $68MM), the years
 * the company rents its buildings back for ("Assume we rent them back for 15 years", "Leases back to us should run 18
 * years": a lease term), a term another party prefers, taken as the correction ("Lease back for 17 years. Actually,
 * legal prefers 12 years, go with that": actually 12 years), and the tax on the gain as a blended federal and state
 * rate ("24% fed+state blended on the gain") or a rate used for tax ("use 21 pct for tax on the gain"); a rate an
 * earlier model assumed and the writer says is not the input is dropped. Read by
 * `readBrief` before the other restatements, so that a quote of what is not understood stays in the writer's words.
 */

/**
 * Where to stop when the ask is trimmed: "if you have to trim, stop at", "if we need to scale back, stop at", "if it has
 * to shrink, stop at". Restated "floor of".
 */
const STOP_AT_IF_TRIMMED =
  /\bif[^\S\n]+(?:(?:you|we)[^\S\n]+(?:have|need|must)[^\S\n]+to|it[^\S\n]+(?:has|needs)[^\S\n]+to)[^\S\n]+(?:trim(?:[^\S\n]+(?:it|the\s+ask))?|cut(?:[^\S\n]+(?:it|the\s+ask))?(?:[^\S\n]+back)?|shrink|scale[^\S\n]+(?:it[^\S\n]+)?back|come[^\S\n]+down|go[^\S\n]+lower|be[^\S\n]+(?:trimmed|cut|smaller))[^\S\n]*,?[^\S\n]*stop[^\S\n]+at\b/gi;

/**
 * The years the company rents its buildings back for: "we rent them back for 15 years", "rent the sites back for 20
 * years", "Leases back to us should run 18 years". Restated "lease term N years". A lease of someone else's or one that
 * has run for years ("we've leased it back for 10 years now") is past, and not read.
 */
const RENTED_BACK_FOR =
  /\b(?:(?:we|they)[^\S\n]+(?:would[^\S\n]+|will[^\S\n]+|'d[^\S\n]+)?)?(?:rent|lease)[^\S\n]+(?:them|it|the[^\S\n]+(?:buildings|sites|properties|assets|stores))[^\S\n]+back[^\S\n]+for[^\S\n]+(?<years>\d{1,2})[^\S\n]*-?[^\S\n]*(?:years?|yrs?)\b(?![^\S\n]+(?:now|ago|already))|\bleases?[^\S\n]+back[^\S\n]+to[^\S\n]+us[^\S\n]+(?:should|would|will|must|to)[^\S\n]+(?:run|last|be)[^\S\n]+(?:for[^\S\n]+)?(?<runs>\d{1,2})[^\S\n]*-?[^\S\n]*(?:years?|yrs?)\b/gi;

/**
 * A term another party prefers, put in as a correction after a term: "Actually, legal prefers 12 years, go with that",
 * "actually the buyer wants 20 years; use that". Restated "Actually N years", which the correction reader takes.
 */
const PREFERRED_TERM =
  /\bactually,?[^\S\n]+(?:(?:the[^\S\n]+)?[a-z]+(?:[^\S\n]+(?:team|counsel|dept))?)[^\S\n]+(?:prefers|wants|would[^\S\n]+prefer|asked[^\S\n]+for|insists[^\S\n]+on)[^\S\n]+(?<years>\d{1,2})[^\S\n]*-?[^\S\n]*(?:years?|yrs?)(?:[^\S\n]*[,;-][^\S\n]*(?:go|run|use)[^\S\n]+with[^\S\n]+(?:that|it|this)|[^\S\n]*[,;-][^\S\n]*use[^\S\n]+(?:that|it|this))?/gi;

/** A percentage: "24%", "21 pct", "26 per cent". */
const RATE = String.raw`\d{1,2}(?:\.\d+)?[^\S\n]*(?:%|pct\b|percent\b|per[^\S\n]+cent\b)`;

/**
 * The tax on the gain as a blended federal and state rate ("24% fed+state blended on the gain", "25 pct federal and
 * state combined on gains") or a rate used for tax on it ("use 21 pct for tax on the gain"). Restated "N% tax rate on
 * the gain".
 */
const TAX_ON_THE_GAIN = new RegExp(
  String.raw`(?<rate>${RATE})[^\S\n]+(?:fed(?:eral)?[^\S\n]*(?:\+|&|and|/)[^\S\n]*state(?:[^\S\n]+(?:blended|combined))?|blended|combined)[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?gains?\b|\b(?:use|apply|assume)[^\S\n]+(?<used>${RATE})[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?tax(?:es)?[^\S\n]+on[^\S\n]+(?:the[^\S\n]+|any[^\S\n]+)?gains?\b`,
  'gi',
);

/**
 * A tax rate an earlier model assumed, said not to be this run's input: "Our last SLB model assumed a 20% tax rate,
 * that was before the restructuring and isn't the input here". The rate is dropped from the restated text, so that no
 * reader takes it; the words around it stay. Without the words that disown it, an earlier model's rate is left as is.
 */
const EARLIER_MODEL_RATE = new RegExp(
  String.raw`\b(?:last|previous|prior|earlier|old)[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?(?:model|case|run|analysis|version)[^\S\n]+(?:assumed|used|had|took)[^\S\n]+(?:an?[^\S\n]+)?(?<rate>${RATE})(?=[^\S\n]+(?:tax|cash\s+tax)[^\S\n]+rate\b[^.!?\n]{0,80}?\b(?:isn['\u2019]?t|is[^\S\n]+not|not)[^\S\n]+(?:the|an|our)[^\S\n]+input\b)`,
  'gi',
);

/** The restatements of a floor, lease term and tax rate said in plain words. */
export function plainEconomicsRestatements(text: string): TextEdit[] {
  const { edits, add } = nonOverlappingEdits();
  for (const match of text.matchAll(STOP_AT_IF_TRIMMED)) add(match.index, match.index + match[0].length, 'floor of');
  for (const match of text.matchAll(RENTED_BACK_FOR)) {
    const years = match.groups?.['years'] ?? match.groups?.['runs'];
    add(match.index, match.index + match[0].length, `lease term ${years} years`);
  }
  for (const match of text.matchAll(PREFERRED_TERM)) {
    add(match.index, match.index + match[0].length, `Actually ${match.groups?.['years']} years`);
  }
  for (const match of text.matchAll(EARLIER_MODEL_RATE)) {
    const rate = match.groups?.['rate'] ?? '';
    const end = match.index + match[0].length;
    add(end - rate.length, end, '');
  }
  for (const match of text.matchAll(TAX_ON_THE_GAIN)) {
    const rate = (match.groups?.['rate'] ?? match.groups?.['used'] ?? '').replace(/[^\d.]/g, '');
    add(match.index, match.index + match[0].length, `${rate}% tax rate on the gain`);
  }
  return edits;
}
