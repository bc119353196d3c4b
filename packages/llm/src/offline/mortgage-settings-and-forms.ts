import type { BriefText } from './brief-text.js';

/*
 * Mortgaged (encumbered) assets ruled out in the shapes a pasted setting, a form or a chat gives them: a setting's key
 * and value ("skip_encumbered: true", "mortgaged=exclude", "allow_mortgaged: no"), a form's ticked box ("Encumbered
 * assets eligible?  [ ] Yes  [x] No"), a chat's question answered on a later line under the speaker's name ("mortgaged
 * sites?" ... "leave them all out"), the class left where it is ("leave every mortgaged property where it is"), the
 * class after a label that rules out ("Excluded: every mortgaged site, plus ..."), and a scanned page whose l is a one
 * ("Exc1ude mortgaged assets", "properties subject to a mortgage sha1l be excluded").
 */

/** A mortgage word as a setting's key part (its underscores may be read as spaces): "mortgaged", "encumbered" (a dropped t, "morgaged", is still one). */
const KEY_CLASS = '(?:mort?gaged|encumbered)(?:[_ -](?:assets?|sites?|properties|buildings?))?';

/**
 * A key's end and its separator: `skip_encumbered: `, `"mortgaged" = `, `mortgaged=`, and a spreadsheet cell's
 * bracketed, quoted key: `Cell B12 ('mortgaged'): `.
 */
const KEY_END = String.raw`["']?\)?[^\S\n]*[:=][^\S\n]*["']?`;

/**
 * A setting whose key says what to do with the class and whose value turns it on ("skip_encumbered: true",
 * "exclude-mortgaged-sites = yes"), whose value is the order ("mortgaged=exclude", "encumbered: out"), or whose key
 * allows the class and whose value refuses it ("allow_mortgaged: false", "mortgaged_ok = no"). A value that keeps the
 * class ("mortgaged=include", "skip_encumbered: false") reads nothing. The order may be the key and the class its value
 * ("Exclude: mortgaged").
 */
const SETTING_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:skip|exclude|excl|drop|omit|no)[_ -]?${KEY_CLASS}${KEY_END}(?:true|yes|y|1|on)\b`, 'g'),
  new RegExp(String.raw`\b${KEY_CLASS}${KEY_END}(?:exclude|excluded|excl|out|skip|omit|drop|none)\b`, 'g'),
  // "Exclude: mortgaged", "Excl = encumbered assets": the order as the key, the class alone as its value. Only the class
  // is claimed, so that a list going on after it ("Excluded: Mortgaged properties; Northwind Headquarters") keeps its
  // label for its other items.
  new RegExp(
    String.raw`(?<=\b(?:exclude[sd]?|excl|skip|omit|drop)${KEY_END})(?:(?:all|any|every)[^\S\n]+)?${KEY_CLASS}(?=[^\S\n]*(?:[.;,]|\n|$))`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:(?:allow|include|incl|permit|sell)[_ -]?${KEY_CLASS}|${KEY_CLASS}[_ -](?:ok|allowed|eligible|permitted|included))${KEY_END}(?:false|no|n|0|off)\b`,
    'g',
  ),
];

/** What the class is called in a sentence: "mortgaged sites", "encumbered assets", "anything mortgaged". */
const CLASS_WORDS = String.raw`(?:mort?gaged|encumbered)(?:\s+(?:assets?|sites?|properties|property|buildings?|ones|real\s+estate))?`;

/**
 * A form's question whether the class may be sold, its "No" box ticked and its "Yes" box empty: "Encumbered assets
 * eligible?  [ ] Yes  [x] No", "Mortgaged sites allowed? [X] No [ ] Yes", and the question answered in a word
 * ("Encumbered assets eligible? No"). Within one line, so that another question's box is never read.
 */
const FORM_REFUSED = new RegExp(
  String.raw`\b${CLASS_WORDS}[^\S\n]+(?:(?:are|is)[^\S\n]+)?(?:eligible|allowed|permitted|ok|included|in[^\S\n]+scope|for[^\S\n]+sale)[^\S\n]*\??[^\S\n]*(?::[^\S\n]*)?(?:\[[^\S\n]*\][^\S\n]*yes[^\S\n]*\[[^\S\n]*x[^\S\n]*\][^\S\n]*no\b|\[[^\S\n]*x[^\S\n]*\][^\S\n]*no\b|no\b(?![^\S\n]*[a-z]))`,
  'gi',
);

/**
 * A form's question whether to rule the class out, its "Yes" box ticked: "Exclude mortgaged assets?  [x] Yes  [ ] No".
 */
const FORM_EXCLUDED = new RegExp(
  String.raw`\b(?:exclude|skip|leave\s+out|omit)[^\S\n]+(?:all[^\S\n]+|any[^\S\n]+)?${CLASS_WORDS}[^\S\n]*\??[^\S\n]*(?::[^\S\n]*)?\[[^\S\n]*x[^\S\n]*\][^\S\n]*yes\b`,
  'gi',
);

/**
 * A chat's question about the class, answered on a later line, maybe under a line with the speaker's name and time:
 * "mortgaged sites?" / "Maya Cohen (Treasury)  4:34 PM" / "leave them all out", "encumbered ones?" / "exclude them".
 * A speaker's line holds a time ("4:34 PM", "10:02"), so that a line of another subject is never taken for it.
 */
const CHAT_ANSWERED = new RegExp(
  String.raw`\b${CLASS_WORDS}[^\S\n]*\?[^\S\n]*\n(?:[^\n]{0,60}?\b\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?[^\S\n]*\n)?[^\S\n]*(?:[a-z][a-z .()-]{0,30}:[^\S\n]*)?(?:(?:leave|keep|rule|take)\s+(?:them|those|these|'em)(?:\s+all)?\s+out|(?:exclude|skip|drop|omit)\s+(?:them|those|these|'em)(?:\s+all)?|(?:no|none|exclude|excluded|out)(?=[^\S\n]*(?:[.!]|\n|$)))`,
  'g',
);

/**
 * The class left as it is, so kept out of the sale: "leave every mortgaged property where it is", "leave the
 * encumbered sites in place", "keep all mortgaged buildings on our books".
 */
const LEFT_WHERE_IT_IS = new RegExp(
  String.raw`\b(?:leav(?:e|es|ing)|keep(?:s|ing)?|hold(?:s|ing)?)\s+(?:(?:every|each|all|any|the|our)\s+(?:of\s+(?:the|our)\s+)?)?${CLASS_WORDS}\s+(?:where\s+(?:it\s+is|they\s+are)|in\s+place|as\s+(?:it\s+is|they\s+are)|on\s+(?:the|our)\s+(?:books|balance\s+sheet))\b`,
  'g',
);

/**
 * The class with "every" or "each" after a label that rules out, maybe after other items: "Excluded: every mortgaged
 * site, plus the Carrollton Data Center", "Carve-outs: the Tempe Office and each encumbered asset". Only the class is
 * claimed, so that the list's other items are still read.
 */
const LABELLED_EVERY =
  /(?<=\b(?:excluded|exclusions?|exclude|out\s+of\s+scope|carve[-\s]?outs?|not\s+for\s+sale|off[-\s]limits)\s*:\s*(?:[^.;:!?\n]{0,80}?(?:,|;|\band\b|\bplus\b)\s+)?)(?:every|each)\s+(?:mort?gaged|encumbered)\s+(?:asset|site|property|building|one)\b/g;

/**
 * A scanned page's words whose l is a one: "Exc1ude mortgaged assets", "properties subject to a mortgage sha1l be
 * excluded". A one must stand for an l: the words as written are read, with their musings and turns, by the general
 * reader ("we might think about excluding mortgaged assets" asks for nothing).
 */
const SCANNED_RULING = [
  /\bexc1ud(?:e|es|ing)\s+(?:all\s+|any\s+|the\s+)?(?:mort?gaged|encumbered)\s+(?:assets?|sites?|properties|buildings?)\b/g,
  /\b(?:properties|assets|sites|buildings)\s+(?:subject\s+to|carrying|with)\s+(?:a\s+|any\s+)?(?:mort?gages?|liens?)\s+(?:sha(?:1[l1]|l1)\s+be\s+exc[l1]uded|(?:shall|must|will)\s+be\s+exc1uded)\b/g,
];

/**
 * True when the brief rules out mortgaged assets in one of the shapes above ("skip_encumbered: true", a ticked "No"
 * box, a chat's "leave them all out"). Claims the words it read, so that no other reader takes them.
 */
export function readMortgagedSettingsAndForms(text: BriefText): boolean {
  let ruledOut = false;
  const patterns = [...SETTING_PATTERNS, FORM_REFUSED, FORM_EXCLUDED, CHAT_ANSWERED, LEFT_WHERE_IT_IS, LABELLED_EVERY, ...SCANNED_RULING];
  for (const pattern of patterns) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      // A form's boxes may be claimed already by the reader of yes-and-no options; its question must be free.
      const question = pattern === FORM_REFUSED ? match.index + match[0].indexOf('?') : end;
      if (!text.isFree(match.index, question > match.index ? question : end)) continue;
      ruledOut = true;
      text.claim(match.index, end);
    }
  }
  return ruledOut;
}
