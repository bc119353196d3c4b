import type { BriefText } from './brief-text.js';
import { lastListBefore, listEndingAt, sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import { MUSER, MUSING_VERB, OPEN_MODAL } from './musing-wording.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';
import { BILLION_SCALE, MILLION_SCALE, MILLION_WORDS } from './written-numbers.js';

/**
 * Words that open a hypothetical: "what if", "hypothetically", and an "if", "suppose" or "imagine" whose sentence
 * is counterfactual ("if Texas were off the table", "if it were up to me I'd skip Newark", "suppose we left the
 * labs out: could we...", an answer's "if we sold the plants, yes": the past of a sale not made). An "if" that only softens an instruction ("if possible, avoid Dallas"), asks whether
 * ("asked if we would offer...") or a proposal ("suppose we sell only the warehouses") is none. A sale that hangs on
 * an event is one too: "$75m if Phoenix trades", "if we can get the Joliet DC done at a 6 cap". An intention left
 * open is one too: "we might also want to exclude Atlanta, undecided", "the board may consider dropping Phoenix", "we
 * might drop Atlanta later", and a question put off ("Could we ever sell the HQ? Not a question for today"). "If we
 * go ahead with $95M, I'd want it from Georgia only" makes the deal itself the condition: what it asks is the ask.
 */
const HYPOTHETICAL_CUE = new RegExp(
  String.raw`\b(?:what\s+if|${MUSER}\s+${OPEN_MODAL}(?:want|like|wish|choose|decide|${MUSING_VERB})\b|${MUSER}\s+might\s+(?:also\s+|eventually\s+|later\s+)?(?:drop|exclude|remove|cut|add|sell|include|keep)\b|could\s+we\s+(?:ever|possibly|one\s+day|someday)\b|what\s+about\s+if|hypothetically|in\s+a\s+world\s+where|(?<![a-z]\s+)(?:were|had)\s+(?:we|they|you|the\s+board|management)\b|(?<!\b(?:ask|asks|asked|asking|wonder|wondered|wondering|know|see|check|checked|unsure|sure)\s+(?:us\s+|me\s+|them\s+|him\s+|her\s+)?)(?:if|suppose|supposing|imagine)\s+(?!(?:we|they|you|the\s+(?:board|company))\s+(?:go\s+ahead|proceed|move\s+forward|(?:do|(?:is|are)\s+doing)\s+(?:this|it|the\s+deal))\b)(?=[^.;!?\n]{0,80}?\b(?:were|had\s+to|would|could|might)\b|[^.;!?\n]{0,80}?[a-z]'d\b|(?:we|they|you|the\s+board)\s+(?:sold|dropped|excluded|removed|kept|left|included)\b|(?:we|they|you)\s+can\s+(?:get|land|close|sell|do)\b|[^.;!?\n]{0,40}?\b(?:trades|sells|closes|clears|prices|gets\s+(?:done|sold|away)|goes\s+(?:through|away))\b))`,
  'g',
);
/**
 * Where a hypothetical ends: a sentence's end, a question mark, a semicolon, a colon, a line, or a "but" or "so" after
 * a comma or a dash ("... if we included the data centers - but no, leave them out").
 */
const HYPOTHETICAL_END = /[;!?\n]|[.:](?!\d)|(?:,|\s[\u2013\u2014-])\s*(?:but|so|and\s+so|however|though|yet)\b/;
/**
 * A decision for the present after a thought for later: "we may revisit Dallas later but for now leave it out". The
 * places the thought named are the ones decided now, so the clause is no hypothetical.
 */
const DECIDED_FOR_NOW =
  /^(?:[^.;!?\n]*?\s|\s*,\s*)but\s+(?:for\s+now|for\s+the\s+time\s+being|today|at\s+present|right\s+now|this\s+time(?:\s+round)?)\s*,?\s+(?:we\s+)?(?:(?:exclude|skip|drop|avoid|omit)\s+(?:it|them|those|these|both)\b|(?:leave|rule|take|keep)\s+(?:it|them|those|these|both)\s+out\b)/;
/**
 * "um, what if we did, like, eighty million, only from Phoenix, and ...": a "what if" that sizes the program and is
 * not asked as a question proposes the program itself, so its places are the ask. "What if we did $300m? Too much."
 * asks, and stays a hypothetical.
 */
const PROPOSED_PROGRAM = /^what\s+if\s+we\s+(?:did|do|raised?|ran|run|went\s+(?:with|for)|tried|targeted)\b/;
/** A size of program: "eighty million", "$75M", "90m". */
const PROGRAM_SIZE = new RegExp(String.raw`\b(?:${MILLION_WORDS}|${BILLION_SCALE})\b|\$\s?\d|\d\s?(?:${MILLION_SCALE}|${BILLION_SCALE})\b`);
/** Where the sentence of the "what if" ends (a decimal point does not end it). */
const SENTENCE_STOP = /[!?\n]|\.(?!\d)/;

/**
 * "What if we sold only in California and Arizona? Aim for $200m": a "what if" that narrows where to sell, answered
 * at once by an order that sizes the program, proposes the program's scope.
 */
const PROPOSED_SCOPE = /^what\s+if\s+we\s+(?:only\s+(?:sold|sell)|(?:sold|sell)\s+only)\s+(?:in|from)\b/;
const SIZED_NEXT = new RegExp(
  String.raw`^\?\s*(?:aim\s+(?:for|at)|target|raise|go\s+for|make\s+it|let['\u2019]?s\s+(?:do|say|aim\s+for|target|raise))\b[^.;!?\n]*?(?:\b(?:${MILLION_WORDS}|${BILLION_SCALE})\b|\$\s?\d|\d\s?(?:${MILLION_SCALE}|${BILLION_SCALE})\b)`,
);

/**
 * Whether the "what if" at `index` proposes the program (no question mark ends its sentence, and it names a size), or
 * its scope (an order sizing the program answers it).
 */
function proposesProgram(text: BriefText, index: number): boolean {
  const rest = text.lower.slice(index, index + 400);
  if (PROPOSED_SCOPE.test(rest)) {
    const stop = SENTENCE_STOP.exec(rest);
    return stop !== null && SIZED_NEXT.test(rest.slice(stop.index));
  }
  if (!PROPOSED_PROGRAM.test(rest)) return false;
  const stop = SENTENCE_STOP.exec(rest);
  const sentence = stop === null ? rest : rest.slice(0, stop.index);
  return stop?.[0] !== '?' && PROGRAM_SIZE.test(sentence);
}

/**
 * "How much could we raise if we sold only DCs outside Texas?", "Hypothetically, if we only sold warehouses ..., what's
 * the most we'd get?": an "if" that narrows what is sold, in a question asking how much that would raise, is the
 * scope of the run asked for.
 */
const SCOPE_IF = /^(?:hypothetically[,\s]+)?if\s+(?:we|it|the\s+company)\s+(?:only\s+(?:sold|sells?)|(?:sold|sells?)\s+only)\b/;
const CAPACITY_ASKED =
  /\b(?:what(?:['\u2019]s|\s+is)\s+(?:the\s+)?(?:most|ceiling|maximum|max|possible|achievable)|(?:what|how\s+much)\s+(?:can|could|would|might)\s+(?:we|it|the\s+company)\s+(?:raise|get|generate|realise|realize))\b/;

/** Whether the "if" at `index` narrows what is sold in a question asking how much that raises. */
function asksCapacityOfScope(text: BriefText, index: number): boolean {
  if (!SCOPE_IF.test(text.lower.slice(index, index + 80))) return false;
  const end = sentenceEndAfter(text, index);
  return text.lower[end] === '?' && CAPACITY_ASKED.test(text.lower.slice(sentenceStartBefore(text, index), end));
}

/** How far a hypothetical reaches at most. */
const HYPOTHETICAL_REACH = 160;

/**
 * Claims the places and types named inside hypothetical clauses ("if Texas were off the table we'd need more",
 * "what if we dropped Chicago?"), so that no reader turns them into filters, and returns a note for each clause
 * that named any. Runs before every place reader.
 */
export function claimHypotheticalMentions(text: BriefText, vocabulary: PlaceVocabulary): string[] {
  const notes: string[] = [];
  for (const cue of text.freeMatches(HYPOTHETICAL_CUE)) {
    const rest = text.lower.slice(cue.index, cue.index + HYPOTHETICAL_REACH);
    const stop = HYPOTHETICAL_END.exec(rest.slice(cue[0].length));
    const end = cue.index + cue[0].length + (stop === null ? rest.length - cue[0].length : stop.index);
    if (
      DECIDED_FOR_NOW.test(text.lower.slice(cue.index + cue[0].length, end + 80)) ||
      proposesProgram(text, cue.index) ||
      asksCapacityOfScope(text, cue.index)
    )
      continue;
    let named = false;
    for (let index = cue.index; index < end; index += 1) {
      if (!text.isFree(index, index + 1)) continue;
      const match = vocabulary.matchAt(text.lower, index, false, text.source);
      if (match === null || match.end > end || !text.isFree(match.start, match.end)) continue;
      text.claim(match.start, match.end);
      named = true;
      index = match.end - 1;
    }
    if (!named) continue;
    text.claim(cue.index, end);
    notes.push(`"${text.source.slice(cue.index, end).trim()}" read as a hypothetical: the places and types in it are not filters`);
  }
  return notes;
}

/** Where a place is said to stay: "in", "in scope", "in play", "in the pool", at the end of its clause. */
const IN_SCOPE = String.raw`in(?:\s+(?:scope|play|the\s+(?:pool|program(?:me)?|mix|running|deal|perimeter)))?(?=\s*(?:[,.;:!?)\n]|$|(?:and|but|so|for\s+now)\b))`;
/** "keep Chicago in", "the committee wants Newark in", "leave Dallas in play": a verb, the list, and where it stays. */
const KEPT_IN_VERB = /\b(?:keep(?:s|ing)?|kept|leave|leaving|left|wants?|want(?:ed)?|put(?:ting)?\s+back)\s+/g;
const KEPT_IN_AFTER = new RegExp(String.raw`^\s+(?:back\s+)?${IN_SCOPE}`);
/** "Should we also drop Columbus? No": a question whether to rule places out, answered no. */
const RULE_OUT_QUESTION =
  /\b(?:should|shall|do|can|could|would|must)\s+we\s+(?:also\s+|still\s+)?(?:drop|exclude|remove|cut|skip|leave\s+out|take\s+out|rule\s+out)\s+/g;
const ANSWERED_NO = /^\s*(?:as\s+well|too)?\s*\?\s*(?:a\s*:\s*)?no\b/;
/** "Should Phoenix be excluded? No": a question whether places are to be ruled out, the list before the verb. */
const PASSIVE_RULE_OUT_QUESTION =
  /\b(?:should|shall|would|will|must|could|can)\s+(?=[^.?!\n]{1,60}?\bbe\s+(?:excluded|dropped|removed|cut|ruled\s+out|taken\s+out|left\s+out|carved\s+out)\s*\?)/g;
const PASSIVE_RULE_OUT_VERB =
  /^\s+(?:also\s+|still\s+)?be\s+(?:excluded|dropped|removed|cut|ruled\s+out|taken\s+out|left\s+out|carved\s+out)/;
/** A negation right before the verb: "nobody wants", "we don't want", "never keep". */
const NEGATED_BEFORE = /\b(?:nobody|no\s+one|none\s+of\s+us|not|never|[a-z]+n't)\s+(?:[a-z]+\s+)?$/;
/** "remain available to the program", "stays available for sale": kept in the pool. */
const AVAILABLE = /available(?:\s+(?:to|for)\s+(?:the\s+)?(?:program(?:me)?|sale|deal|pool|transaction))?(?![a-z])/;
/** "..., as does the headquarters", "as do the labs": what follows stays like the list before. */
const AS_DOES = /^,?\s+as\s+(?:does|do|is|are)\s+/;
/** "Newark stays in scope", "Chicago remains in play", "Tempe remains available": the list before the words. */
const STAYS_IN = new RegExp(
  String.raw`\b(?:stays?|remains?|is\s+still|are\s+still|goes\s+back|go\s+back|comes?\s+back)\s+(?:${IN_SCOPE}|${AVAILABLE.source})`,
  'g',
);

/**
 * Claims the places said to stay in the program ("the committee wants Newark in, so Newark stays in scope", "we
 * decided to keep Chicago in", "should we also drop Columbus? No"): they are neither ruled out nor the only places asked for, so they are no filter.
 * Returns a note for each.
 */
export function claimPlacesKeptInScope(text: BriefText, vocabulary: PlaceVocabulary): string[] {
  const notes: string[] = [];
  for (const verb of text.freeMatches(KEPT_IN_VERB)) {
    // "Nobody wants the headquarters in the deal" rules it out: a negated verb is left to the exclusion readers.
    if (NEGATED_BEFORE.test(text.lower.slice(Math.max(0, verb.index - 30), verb.index))) continue;
    const from = verb.index + verb[0].length;
    const list = readList(text, from, vocabulary, false);
    const after = list === null ? null : KEPT_IN_AFTER.exec(text.lower.slice(list.end));
    if (list === null || after === null || !text.isFree(verb.index, list.end + after[0].length)) continue;
    text.claim(verb.index, list.end + after[0].length);
    notes.push(`"${text.source.slice(verb.index, list.end + after[0].length).trim()}" keeps places in scope: no filter`);
  }
  for (const question of text.freeMatches(RULE_OUT_QUESTION)) {
    const list = readList(text, question.index + question[0].length, vocabulary, false);
    const answer = list === null ? null : ANSWERED_NO.exec(text.lower.slice(list.end));
    if (list === null || answer === null || !text.isFree(question.index, list.end + answer[0].length)) continue;
    text.claim(question.index, list.end + answer[0].length);
    notes.push(`"${text.source.slice(question.index, list.end + answer[0].length).trim()}" keeps places in scope: no filter`);
  }
  // "Should Phoenix be excluded? A: No": the passive question, the list before the verb.
  for (const question of text.freeMatches(PASSIVE_RULE_OUT_QUESTION)) {
    const list = readList(text, question.index + question[0].length, vocabulary, false);
    const verb = list === null ? null : PASSIVE_RULE_OUT_VERB.exec(text.lower.slice(list.end));
    const answer = list === null || verb === null ? null : ANSWERED_NO.exec(text.lower.slice(list.end + verb[0].length));
    if (list === null || verb === null || answer === null) continue;
    const end = list.end + verb[0].length + answer[0].length;
    if (!text.isFree(question.index, end)) continue;
    text.claim(question.index, end);
    notes.push(`"${text.source.slice(question.index, end).trim()}" keeps places in scope: no filter`);
  }
  for (const stays of text.freeMatches(STAYS_IN)) {
    // "the Houston and Tempe offices are not in that review and remain available to the program": what stays
    // available may stand further back in its clause.
    const found =
      listEndingAt(text, stays.index, vocabulary) ??
      (AVAILABLE.test(stays[0]) ? lastListBefore(text, text.clauseAround(stays.index).start, stays.index, vocabulary) : null);
    let end = stays.index + stays[0].length;
    if (found === null || !text.isFree(found.start, end)) continue;
    // "..., as does the headquarters": one more list that stays the same way.
    const alike = AS_DOES.exec(text.lower.slice(end));
    const more = alike === null ? null : readList(text, end + alike[0].length, vocabulary, false);
    if (more !== null && text.isFree(end, more.end)) end = more.end;
    text.claim(found.start, end);
    notes.push(`"${text.source.slice(found.start, end).trim()}" keeps places in scope: no filter`);
  }
  return notes;
}
