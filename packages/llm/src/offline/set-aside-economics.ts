import { WORD_NUMBER } from './written-numbers.js';
import { BASIS_TURNED_DOWN } from './plain-basis-wording.js';

// Economics a brief names only to set aside: a reporting basis mused about or left undecided, a lease term asked
// about and not decided, an earlier draft's term that was dropped, and any setting weighed and left as it is.
// `read-economics.ts` claims these before it reads any term or basis, so that the figure or basis in them is read as
// nothing.

/**
 * What follows a question to set its idea aside at once: "Just thinking out loud", "just curious", "not for this run",
 * "Not in this run", "not for this round", "probably not", "not today", "Not sure yet", "Jim: let's not decide that now", "don't know, not asking for it now", "don't bother", "don't apply it yet", "don't change anything", "never mind", "forget
 * it", "keep the default", "just use whatever's standard". Tested right after the question mark.
 */
export const DISMISSED_AFTER_QUESTION = String.raw`\?\s*(?:[a-z]+[^\S\n]*:[^\S\n]*)?(?:(?:no|nah|ok|okay|hmm|well|actually)[,.]?\s+)?(?:not\s+sure(?:\s+yet)?(?![^\S\n]+(?:why|how|what|which|who|if|whether))|let['\u2019]?s\s+not\s+decide(?:\s+(?:that|this|it))?(?:\s+(?:now|yet|today))?|just\s+(?:thinking(?:\s+out\s+loud)?|curious|wondering|asking|a\s+thought)|not\s+(?:for|in)\s+(?:this|the\s+current)\s+(?:run|one|case|version|pass|round)|probably\s+not|(?:(?:i\s+)?(?:don'?t|do\s+not)\s+know[,.;]?\s+)?not\s+(?:asking(?:\s+for\s+(?:it|that|this))?\s+)?(?:today|now|yet|right\s+now)(?![a-z])|(?:don'?t|do\s+not)\s+bother|(?:(?:but\s+)?(?:don'?t|do\s+not)\s+(?:apply|change|use|adopt|action|run|model)\s+(?:it|that|this|anything|any\s+of\s+(?:it|this|that))(?:\s+yet)?)|never\s*mind|forget\s+(?:it|that)|(?:(?:but|otherwise|so)\s+)?(?:just\s+)?(?:keep|use|stick\s+with|stay\s+with|go\s+with)\s+(?:to\s+)?(?:whatever(?:'s|\s+is)?\s+|the\s+)?(?:default|standard|usual))`;

/** A reporting basis as named: "IFRS", "IFRS 16", "IFRS16", "US GAAP", "GAAP", with "reporting" or "basis" after it. */
const BASIS = String.raw`(?:ifrs(?:\s*16)?|(?:us\s+|u\.s\.\s+)?gaap)(?:\s+(?:basis|reporting|accounting))?`;

/**
 * A reporting basis set aside, in the families the older `UNDECIDED_BASIS` does not cover: a hypothetical question
 * ("what if we also tried IFRS 16?", "what if we switched to IFRS?"); a musing with a question mark and a doubt after
 * it ("thinking about IFRS maybe? not sure yet"); its discussion parked ("the IFRS 16 discussion is parked until the
 * parent decides", "IFRS debate deferred"); whether to move to it ("whether to switch to IFRS (no decision)"); and a
 * list of things discussed that ends "neither is decided" ("a Texas-free version and IFRS reporting. Neither is
 * decided"); one put off to later ("let's think about IFRS later", "they may want IFRS down the road"); and the basis
 * of a parent's own view ("the parent gets its IFRS 16 view through its own process"), or another reader's version
 * ("the GAAP version is for the lenders; IFRS 16 is what we run").
 */
export const SET_ASIDE_BASIS = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`what\s+if\s+we\s+(?:also\s+)?(?:tried|try|used|use|went\s+(?:with|to)|switched\s+to|moved\s+to|reported\s+(?:under|on))\s+${BASIS}`,
      String.raw`(?:thinking\s+about|considering|mulling(?:\s+over)?|toying\s+with|wondering\s+about)\s+${BASIS}(?:\s+(?:maybe|perhaps|possibly))?\s*\?`,
      String.raw`${BASIS}(?:\s+(?:maybe|perhaps|possibly))?\s*\?\s*(?:(?:i'?m|we'?re)\s+)?(?:not\s+sure|unsure|no\s+idea|tbd|undecided)`,
      String.raw`${BASIS}\s+(?:discussion|question|debate|decision|switch|move|conversation|point)\s+(?:is\s+|was\s+|has\s+been\s+|stays\s+)?(?:parked|deferred|on\s+hold|postponed|tabled|pending|open|undecided)`,
      // A condition of the result asked for is no doubt: "what would a $250M sale-leaseback look like if we report under
      // IFRS 16?" asks for the run on that basis.
      String.raw`(?<!\b(?:what|how)\s+(?:would|will|does|do)\s[^.?!;\n]{0,80})(?:whether|if)\s+(?:we\s+)?(?:should\s+)?(?:to\s+)?(?:switch|move|go|change|report|convert)\s+(?:over\s+)?(?:to|under|on)\s+${BASIS}`,
      // "Could we also look at IFRS? Just curious, not for this run.": asked about, then set aside at once.
      String.raw`(?:could|should|can|shall)\s+we\s+(?:also\s+|maybe\s+)?(?:try|use|run|do|consider|look\s+at)\s+(?:it\s+|this\s+)?(?:under\s+|on\s+)?${BASIS}(?:\s+(?:too|as\s+well|instead))?\s*${DISMISSED_AFTER_QUESTION}`,
      // "let's think about IFRS later", "they may want IFRS 16 down the road": a basis put off to a later time.
      String.raw`(?:think(?:ing)?\s+about|look(?:ing)?\s+at|revisit(?:ing)?|consider(?:ing)?|(?:may|might|could)\s+(?:want|need|prefer|move\s+to|switch\s+to|adopt))\s+${BASIS}\s+(?:later(?!\s+(?:this|in\s+this)\b)|down\s+the\s+(?:road|line|track)|next\s+year|in\s+(?:the\s+)?future|eventually|at\s+some\s+point|another\s+time|some\s+day|one\s+day)`,
      // "the parent gets its IFRS 16 view through its own process", "the sponsor does its own IFRS numbers": a basis the
      // parent applies in its own accounts, not this run's (a parent's basis alone, "our parent reports under IFRS", is).
      String.raw`(?:the|our)\s+(?:parent(?:\s+company)?|holding\s+company|sponsor|shareholders?|owners?)\s+(?:[a-z]+\s+){0,2}?(?:its|their)\s+(?:own\s+)?${BASIS}\s+(?:view|numbers|figures|accounts|picture|lens|statements|version)`,
      String.raw`${BASIS}\s*[.,;]\s*(?:but\s+)?(?:neither|none)\s+(?:of\s+(?:these|those|them|which)\s+)?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:yet\s+)?(?:decided|agreed|settled)`,
      // "The GAAP numbers are for the lenders", "the GAAP numbers are just for the lenders", "IFRS is not what we're
      // running": another reader's version of the numbers, or a basis disowned for this run.
      String.raw`(?:the\s+)?${BASIS}\s+(?:version|numbers|figures|view|pack|run|case|deck|draft)\s+(?:was|is|were|are)\s+(?:only\s+|just\s+)?for\s+(?:the\s+|our\s+)?(?:parent|group|lenders?|auditors?|board)`,
      String.raw`${BASIS}(?:\s+[a-z'\u2019]+){0,10}?\s+(?:is|are|was)\s+not\s+what\s+(?:we(?:'re|\s+are)|i(?:'m|\s+am))\s+(?:running|using|modell?ing|doing|after)`,
      BASIS_TURNED_DOWN.source.slice(2),
    ].join('|') +
    ')(?![a-z0-9])',
  'g',
);

/** A lease term's years as written before "year": "30-year", "a fifteen year", "12yr". */
const TERM_YEARS = String.raw`(?:\d+|${WORD_NUMBER})[\s-]*(?:year|yr|y)s?`;

/**
 * A lease term asked about, not decided ("Jason asked whether we should use a 30-year lease", "if we go with
 * 20-year terms", "could we try 20-year leases? just curious"), a term discussed and left open ("a 22-year lease term was
 * discussed and left open"), and an earlier draft's term that was dropped ("v2 had a 12yr term which we dropped", "the 10-year
 * term we rejected", "a 25-year term, since dropped"), another's term turned down ("the fund suggested 20-year terms; we
 * declined") and an earlier run's term ("the previous run had 25-year leases").
 */
export const SET_ASIDE_TERM = new RegExp(
  String.raw`\b(?:(?:whether|if)\s+(?:we\s+)?(?:should\s+)?(?:use|go\s+with|do|try|switch\s+to|move\s+to|take)\s+(?:an?\s+|the\s+)?${TERM_YEARS}[\s-]+(?:lease(?:back)?s?|terms?|tenors?)` +
    // "Could we maybe do 25-year leases? Just thinking out loud", "Could we test a 10-year lease variant some day? Not in
    // this run.": a term asked about and set aside at once.
    String.raw`|(?:could|should|can|shall)\s+we\s+(?:also\s+|maybe\s+|perhaps\s+)*(?:do|try|test|use|run|model|look\s+at|consider)\s+(?:an?\s+|the\s+)?${TERM_YEARS}[\s-]+(?:lease(?:back)?s?|terms?|tenors?)(?:\s+(?:variant|version|case|option|scenario|run))?(?:\s+[a-z]+){0,3}?\s*${DISMISSED_AFTER_QUESTION}` +
    // "Hypothetically if we went to a 25-year term the rent would drop", "if we moved to 20-year leases we'd save":
    // a term behind a verb in the past subjunctive, with what would follow, is only imagined.
    String.raw`|(?:if\s+we|were\s+we\s+to)\s+(?:went|moved|switched|stretched|extended|shortened|go|move|switch|were\s+to\s+(?:go|move|switch))\s+(?:out\s+|back\s+|down\s+)?to\s+(?:an?\s+|the\s+)?${TERM_YEARS}[\s-]+(?:lease(?:back)?s?|terms?|tenors?)(?=[^.;!?\n]{0,60}?(?:\b(?:would|could|might)\b|'d\b))` +
    // "A 22-year lease term was discussed and left open", "a 12-year tenor was floated but not decided": raised, then left.
    String.raw`|(?:an?\s+|the\s+)?${TERM_YEARS}[\s-]+(?:lease\s+)?(?:terms?|tenors?|lease(?:back)?s?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:discussed|raised|floated|considered|mooted|proposed|debated)\s+(?:and|but)\s+(?:left\s+open|(?:was\s+|were\s+)?(?:not|never)\s+(?:decided|agreed|settled|adopted)|deferred|parked|tabled|left\s+undecided)` +
    // "The fund suggested 20-year terms; we declined": another's term the writer turned down.
    String.raw`|(?<=\b(?:suggested|proposed|offered|pitched|floated|asked\s+for|pushed\s+for|wanted)\s+)(?:an?\s+|the\s+)?${TERM_YEARS}[\s-]+(?:lease(?:back)?s?|terms?|tenors?)(?=\s*[,;.]?\s*(?:but\s+|and\s+)?(?:we|i|the\s+(?:board|company|cfo|treasurer))\s+(?:declined|rejected|refused|said\s+no|pushed\s+back|turned\s+(?:it|that|them|this)\s+down)\b)` +
    // "the previous run had 25-year leases", "previously we modelled 25-year leases": an earlier run's term is history.
    String.raw`|\b(?:(?:the\s+)?(?:last|previous|prior|earlier)\s+(?:run|model|version|iteration|pass|case)\s+|previously\s+(?:we\s+)?)(?:used|had|assumed|ran(?:\s+on)?|modell?ed)\s+(?:an?\s+)?${TERM_YEARS}[\s-]+(?:lease(?:back)?s?|terms?|tenors?)` +
    String.raw`|(?:an?\s+|the\s+)?${TERM_YEARS}[\s-]+(?:lease\s+)?(?:terms?|tenors?|lease(?:back)?s?)(?:,?\s+(?:which|that|since)\s+(?:we\s+(?:have\s+|'ve\s+)?|(?:was|were|has\s+been|have\s+been)\s+)?|\s+we\s+(?:have\s+|'ve\s+)?)(?:dropped|abandoned|rejected|scrapped|discarded|superseded|ditched|replaced))(?![a-z])`,
  'g',
);

/** A question's sentence up to its question mark: from a sentence's start, over decimal points ("a 2.5% escalator"). */
const DISMISSED_QUESTION = new RegExp(String.raw`(?:^|[.!?\n;])((?:[^.!?\n;]|\.(?=\d)){1,200}?)${DISMISSED_AFTER_QUESTION}`, 'g');

/**
 * Where a question opens inside its sentence: its first interrogative or hypothetical word at the sentence's start or
 * after a comma, a dash, "and", "but", "so" or "also" ("Use 20-year leases, and could we try IFRS?" asks only from "could").
 */
const QUESTION_OPENER =
  /(?:^|[,\u2014\u2013-]\s*|\b(?:and|but|so|also)\s+)\s*((?:what|how|could|should|can|would|will|shall|is|are|do|does|did|if|why|hypothetically|suppose|supposing|imagine|any\s+chance|maybe)\b)/;

/**
 * The questions a brief asks and sets aside at once ("what would a 12-year term look like vs 15? Just curious",
 * "Hypothetically, with a 3% escalator, how would that change things? Don't apply it yet"), as spans of the
 * lower-cased text from the question's first word to its question mark: a term, escalator, basis, tax rate or objective
 * in one is a thought, not an instruction.
 */
export function dismissedQuestions(lower: string): { start: number; end: number }[] {
  if (!lower.includes('?')) return [];
  const spans: { start: number; end: number }[] = [];
  DISMISSED_QUESTION.lastIndex = 0;
  for (let match = DISMISSED_QUESTION.exec(lower); match !== null; match = DISMISSED_QUESTION.exec(lower)) {
    const question = match[1] ?? '';
    const sentenceStart = match.index + match[0].indexOf(question);
    const opener = QUESTION_OPENER.exec(question);
    const start = opener === null ? sentenceStart : sentenceStart + opener.index + opener[0].length - (opener[1] ?? '').length;
    spans.push({ start, end: sentenceStart + question.length + 1 });
    // The dismissal's own "?" may open the next question's sentence.
    DISMISSED_QUESTION.lastIndex = sentenceStart + question.length;
  }
  return spans;
}

/**
 * A sentence that names something as considered and then not adopted: "Lowest NPV cost was considered as the
 * objective, but the committee did not adopt it", "Minimum proceeds was discussed and the board declined to take it
 * up". The whole sentence is set aside, so that the objective named in it is read as nothing.
 */
export const CONSIDERED_NOT_ADOPTED =
  /(?<=^|[.;!?\n][^\S\n]*)[^.;!?\n]{0,80}?\b(?:was|were)\s+(?:considered|discussed|raised|proposed|floated|mooted|debated)\b[^.;!?\n]{0,40}?\b(?:but|and)\s+(?:(?:the\s+[a-z]+|we|they|management|it)\s+)?(?:did\s+not|didn['\u2019]t|never|chose\s+not\s+to|declined\s+to|decided\s+not\s+to)\s+(?:adopt|accept|take\s+up|choose|pick|approve)\b[^.;!?\n]*/g;
/** The cheap test before `CONSIDERED_NOT_ADOPTED`: a word of refusal it needs. */
export const NOT_ADOPTED_CUE = /\b(?:did\s+not|didn['\u2019]t|never|declined|chose\s+not|decided\s+not)\b/;

/**
 * A lease setting (term, escalator, reporting basis, tax rate) thought about and then left as it is: "we thought about
 * pushing 20-year terms but haven't landed on that", "we discussed 25-year leases; the treasurer prefers to stay at the
 * default", "we debated running this on IFRS 16 and decided not to change anything", "tax rate maybe 22%? not confirmed
 * so don't put it in yet", "the CFO asked whether a 25-year term would help; a question for a later round", "the
 * auditors note the default escalator is 2%; we are not changing those". The figure was only weighed, so none of it is
 * read. Read by `readEconomics`.
 */

/** Words that weigh a setting without choosing it: "thought about", "discussed", "debated", "did consider", "maybe". */
const WEIGHED =
  /\b(?:thought\s+about|discussed|debated|debating|(?:did\s+)?consider(?:ed)?|floated|mooted|talked\s+about|toyed\s+with|maybe|perhaps|asked\s+(?:whether|if|what|about)|whether|notes?\s+(?:that\s+)?the\s+(?:[a-z]+\s+)?default)\b/g;

/**
 * Words that leave the setting as it was: not decided ("haven't landed on that", "have not decided", "not confirmed"),
 * the default kept ("prefers to stay at the default", "decided not to change anything", "leave terms as they are"), or
 * the figure kept out ("don't put it in yet", "nothing on that for now").
 */
const LEFT_AS_IS =
  /\b(?:(?:haven'?t|have\s+not|hasn'?t|has\s+not|not\s+yet|never)\s+(?:landed|decided|settled|agreed|confirmed|signed\s+off)|not\s+(?:confirmed|decided|settled|agreed)|(?:stay|stick|remain|keep|staying|sticking)\s+(?:at|with|on)\s+(?:the\s+)?(?:default|defaults|standard|status\s+quo)|decided\s+not\s+to\s+(?:change|switch|move|adopt)|leave\s+(?:the\s+)?(?:terms?|leases?|it|them|that|this|basis|rate|escalators?)\s+as\s+(?:they|it)\s+(?:are|is|stands?)|(?:don'?t|do\s+not)\s+(?:put|include|use)\s+(?:it|that|this)\s+(?:in\s+)?yet|nothing\s+on\s+that|(?:don'?t|do\s+not)\s+(?:fix|set|assume|pick|specify)\s+(?:a|the|any)\s+(?:term|rate|escalator|basis)|(?:a\s+)?question\s+for\s+(?:a\s+)?(?:later|future|another|next)\s+(?:round|run|time|day|cycle)|(?:should|must|is)\s+not\s+(?:to\s+)?be\s+applied|(?:question|idea|point|that|this|it)\s+(?:is|was|has\s+been)\s+(?:parked|deferred|on\s+hold|for\s+later)|(?:are|is|am)\s+not\s+changing\s+(?:those|that|it|them|these|either)|(?:is|are)\s+(?:still\s+)?under\s+discussion|(?:should|must)\s+not\s+be\s+assumed)\b/;

/** Every form of `LEFT_AS_IS` has one of these words: a brief with none has no setting left as it is. */
const LEFT_AS_IS_WORD =
  /not|n't|never|default|standard|status quo|as (?:they|it) (?:are|is|stand)|nothing on|question for|parked|deferred|on hold|for later/;

/** Where a sentence ends: a stop, "!", "?" or a new line, never a decimal point ("2.5%"). */
const SENTENCE_END = /[.!?\n](?!\d)/g;

/** The end of the sentence running from `from`: its closing mark, or the text's end. */
function sentenceEnd(lower: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const end = SENTENCE_END.exec(lower);
  return end === null ? lower.length : end.index;
}

/**
 * The spans of a brief (from its sentence's start to the words that leave it) where a setting is weighed and left as
 * it is. The leaving words must be in the weighing's own sentence (semicolons do not end it), or in the next one when
 * the weighing ends on a question ("tax rate maybe 22%? not confirmed").
 */
export function settingsLeftAsTheyAre(lower: string): { start: number; end: number }[] {
  if (!LEFT_AS_IS_WORD.test(lower)) return [];
  const spans: { start: number; end: number }[] = [];
  WEIGHED.lastIndex = 0;
  for (let weighed = WEIGHED.exec(lower); weighed !== null; weighed = WEIGHED.exec(lower)) {
    let end = sentenceEnd(lower, weighed.index);
    if (lower[end] === '?') end = sentenceEnd(lower, end + 1);
    const left = LEFT_AS_IS.exec(lower.slice(weighed.index, end));
    if (left === null) continue;
    const before = lower.slice(0, weighed.index);
    const start = Math.max(before.search(/[^.!?\n]*$/), 0);
    spans.push({ start, end: weighed.index + left.index + left[0].length });
  }
  return spans;
}

/**
 * A sentence opened as background or an aside ("Accounting aside: under ASC 842, a failed sale-leaseback would be a
 * financing", "Accounting background: the company adopted ASC 842 in 2019", "Tax policy aside: gains are recognised in
 * full under ASC 842"): a reporting basis named in it explains, and asks for nothing. Up to two words before the label.
 */
const ASIDE_SENTENCE = /(?<=^|[.;!?\n][^\S\n]*)(?:[a-z]+\s+){0,2}(?:aside|background)\s*:(?:[^.!?\n]|\.(?=\d))*/g;

/**
 * A basis named only as a facility's or a document's ("the old US GAAP facility has been repaid", "the former IFRS
 * revolver was refinanced"): what the company borrowed under, not what the program is tested on.
 */
const BASIS_OF_A_FACILITY =
  /\b(?:us\s+gaap|gaap|ifrs(?:\s*16)?)\s+(?:facility|revolver|loan|notes|indenture|agreement)\s+(?:has\s+been|was|were|is\s+being)\s+(?:repaid|refinanced|retired|terminated|cancell?ed|replaced|prepaid)\b/g;

/**
 * A basis put in brackets as an earlier period's ("on IFRS 16 this year (last year was US GAAP)", "(the prior program
 * used US GAAP)", "(previously IFRS)", "(Last year's run used US GAAP - history only.)", with a remark after it) or an
 * earlier run's ("(The US GAAP version was last week's.)"): history beside the basis asked for, never a choice.
 */
const BASIS_OF_A_PAST_PERIOD =
  /\(\s*(?:(?:the\s+)?(?:last|prior|previous)\s+(?:year|time|round|program(?:me)?|deal|transaction)(?:'s\s+(?:program(?:me)?|deal|run|model|case))?\s+(?:was|were|used|went|ran|reported)(?:\s+(?:on|under))?|previously(?:\s+(?:on|under))?)\s+(?:us\s+gaap|gaap|ifrs(?:\s*16)?)(?:\s*(?:[-\u2013\u2014,;:]|\s-)[^()\n]*)?\.?\s*\)|\(\s*(?:the\s+)?(?:us\s+gaap|gaap|ifrs(?:\s*16)?)\s+(?:version|run|case|scenario|draft|model|one)\s+(?:was|were|ran)\s+(?:last\s+(?:week|month|quarter|year|time)|yesterday|(?:the\s+)?(?:earlier|previous|prior|old|first))\b[^()\n]*\)/g;

/** The cheap test before `basisAsides`: a word that each of its forms has. */
const BASIS_ASIDE_WORD =
  /aside|background|repaid|refinanced|retired|terminated|cancel|replaced|prepaid|last|prior|previous|yesterday|earlier|old|first/;

/**
 * The spans of a brief where a reporting basis named is background (an aside's sentence, a facility's own basis), so
 * that `readEconomics` reads no basis from them. Only a brief that names a basis and has one of their words looks.
 */
export function basisAsides(lower: string): { start: number; end: number }[] {
  if (!BASIS_ASIDE_WORD.test(lower)) return [];
  const spans: { start: number; end: number }[] = [];
  for (const pattern of [ASIDE_SENTENCE, BASIS_OF_A_FACILITY, BASIS_OF_A_PAST_PERIOD]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
