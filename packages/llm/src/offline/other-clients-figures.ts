/**
 * Figures an adviser quotes from other clients' or peers' deals: "one of our clients chose 25-year leases", "Client A
 * accepted lease-adjusted leverage of 5.2x", "a regional grocer set a 20% single-market cap", "Precedent colour: the
 * Halvorsen SLB had a 35% market cap". Such figures describe someone else's deal and set nothing for this one, so they
 * are claimed before any figure reader runs. Only the words from the other party up to the adviser's own voice ("we",
 * "for you") are read, so that "another client tested 18-year leases; we'd stay at 15" keeps its 15. The adviser's
 * own figure set against such a deal often leaves out what it measures ("we'd stay at 15", "hold to 4.4x", "cap yours
 * at $13M"): it measures what the other party's figure measured, and is restated so before the readers run.
 */

import type { BriefText } from './brief-text.js';
import type { TextEdit } from './restated-brief.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/**
 * Another party whose deal is described: another client, a client of the adviser's ("one of our clients", "a client in
 * food distribution", "Client A"), a peer, a rival or a precedent. "The client" and "our client" are the reader's own
 * company. The words that place the party beside the reader ("a client like you") or tie it to the adviser ("another
 * client we advised") are the party's, not the adviser's own voice.
 */
const OTHER_PARTY =
  /\b(?:(?:an)?other\s+(?:[a-z-]+\s+){0,2}clients?|one\s+of\s+our\s+(?:[a-z-]+\s+){0,3}clients|(?:a|one)\s+client\b|client\s+[a-z]\b(?!['\u2019])|(?:a|one|some)\s+(?:[a-z0-9-]+\s+)?peers?\b|peers\b|precedents?\b|(?:a|an|one)\s+(?:[a-z-]+\s+)?(?:rival|competitor)s?\b)(?:\s+(?:like|similar\s+to)\s+(?:you|yours|northwind))?(?:\s+(?:that\s+|whom\s+)?(?:we|i)(?:['\u2019]ve)?\s+(?:advised|advise|worked\s+with|work\s+with|cover(?:ed)?|represent(?:ed)?|know|spoke\s+(?:to|with))\b)?/g;

/**
 * A deal the adviser sets the recommendation against, told after the words that compare: "we benchmarked against the
 * Kestrel Logistics deal (closed at 3.9x net leverage)", "compared with the Halvorsen SLB". The deal needs no verb of
 * its own: being compared makes it another's.
 */
const COMPARED_DEAL =
  /\b(?:benchmark(?:ed|ing)?|compar(?:ed|ing)|measured|sized)\s+(?:(?:it|this|us|ourselves|you)\s+)?(?:against|with|to|off|on)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z0-9&'\u2019-]+\s+){0,4}?(?:deal|transaction|slb|sale[-\s]leaseback|program(?:me)?|precedent|comps?|comparables?)\b/g;

/**
 * A deal looked at "as a comparison": "we reviewed Project Cedar (a rival 3PL, $275M, all markets) as a comparison".
 * What sits between the looking and the comparison is the other deal's.
 */
const LOOKED_AT_AS_COMPARISON =
  /\b(?:we|i)\s+(?:reviewed|looked\s+at|used|took|considered|studied|pulled|examined|ran)\s+(?<deal>[^.;!?\n]{1,120}?)\s+as\s+(?:an?\s+)?(?:comparison|comparable|comp|benchmark|reference(?:\s+point)?)\b/g;

/**
 * Advice that adopts what the other party did: "we still think that's right for you", "we'd do the same for you",
 * "we recommend the same". The deal it follows is then the recommendation, read as asked for.
 */
const ENDORSED =
  /^[\s,;:\u2014\u2013-]*(?:(?:but|still|and)\s+)?(?:we\s+(?:still\s+)?(?:think|believe|feel)\s+(?:that|it|this)(?:['\u2019]s|\s+is)\s+(?:still\s+)?(?:right|the\s+right\s+(?:call|choice|move|answer)|correct|sensible)\s+for\s+(?:you|northwind)|we(?:['\u2019]d|\s+would)\s+(?:do|recommend|suggest)\s+the\s+same|we\s+recommend\s+the\s+same|(?:that|this)(?:['\u2019]s|\s+is)\s+what\s+we(?:['\u2019]d|\s+would)\s+(?:do|recommend)|we(?:['\u2019]d|\s+would)\s+follow\s+(?:suit|their\s+lead))\b/;

/** A verb of the other party's deal as the imperative that asks for the same: "excluded" as "exclude". */
const AS_ASKED: Readonly<Record<string, string>> = {
  excluded: 'exclude',
  dropped: 'drop',
  kept: 'keep',
  capped: 'cap',
  chose: 'choose',
  took: 'take',
  used: 'use',
  picked: 'pick',
  held: 'hold',
  left: 'leave',
};

/** What a party did in its deal: "took", "closed", "chose", "accepted", "tested", "kept", "set", "ran", "had". */
const DEAL_VERB =
  /\b(?:took|closed|ran|chose|accepted|tested|kept|set|went|did|had|signed|completed|used|got|hit|agreed|picked|excluded)\b/;

/**
 * A clause that goes on telling the other parties' deals after one about them: "they closed at $240M", "most took
 * 15-year terms", "a few took 20", "one went 12", "an auto-parts chain at 2.0x". It names the parties again (a pronoun,
 * a count of them, or a party with what it did), so a clause of the brief's own ("Target $100M") is never taken in.
 */
const CONTINUATION =
  /^\s*(?:(?:and|but|while)\s+)?(?:(?:they|most|many|some|several|(?:a\s+)?few|others|the\s+others|the\s+rest|one|two|three)\b|(?:a|an)\s+(?:[a-z-]+\s+){1,3}?(?=(?:at|took|closed|ran|chose|accepted|tested|kept|set|went|did|had|signed|used|got|picked)\b))/;

/**
 * A deal named right before the party it was done for: "a $300M program for", "the $180M SLB with". Its figures are
 * the party's even though the adviser tells them ("we looked at a $300M program for a client in a similar position").
 */
const DEAL_FOR_BEFORE = new RegExp(
  String.raw`(?:an?\s+|the\s+)?(?:us\$|\$)\d+(?:\.\d+)?[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})?\s+(?:[a-z-]+\s+)?(?:program(?:me)?|deal|slb|sale[-\s]leaseback|transaction|raise)\s+(?:for|with)\s+$`,
);

/**
 * The party's own deal named with a possessive right after it: "a competitor's $400M deal was discussed as background",
 * "a peer's 20-year SLB". The deal is the party's even with no verb of doing it.
 */
const POSSESSED_DEAL = /^['\u2019]s\s+(?:[^.;!?\n]{0,40}?\s)?(?:program(?:me)?|deal|slb|sale[-\s]leaseback|transaction|raise|leases?)\b/;

/** Where the adviser's own voice begins again: "we", "we'd", "for you", "our recommendation", "your". */
const OWN_VOICE = /\b(?:we|i|you|your|northwind|our\s+(?:recommendation|view|ask|proposal))\b/;

/** A figure a deal is described by: a multiple, a share, a term in years, or money. */
const DEAL_FIGURE =
  /(?:us\$|\$)?\d+(?:\.\d+)?[^\S\n]*(?:x\b|\u00d7|%|percent\b|-?[^\S\n]*(?:years?|yrs?)\b|mm\b|mn\b|m\b|million\b|bn\b|billion\b)/g;

/**
 * Where a clause ends: a full stop, a semicolon, a question, a line break, and a quotation closed right after it
 * ("Forwarded from Mike: \"Another client did $400M.\"" ends at its closing quote, so the next line is the brief's own).
 */
const CLAUSE_END = /[.;!?\n]["'\u201d\u2019]*(?:\s|$)|[.;!?\n]$/;

/** At most this many clauses after a party's own go on telling its deal. */
const MAX_CONTINUATIONS = 4;

/** A stretch of a brief, `[start, end)`. */
interface Stretch {
  readonly start: number;
  readonly end: number;
}

/** Where the clause that begins at `from` ends. */
function clauseEndAfter(lower: string, from: number): number {
  const end = lower.slice(from).search(CLAUSE_END);
  return end === -1 ? lower.length : from + end;
}

/** `[from, end)` cut short where the adviser's own voice begins after `voiceFrom`. */
function upToOwnVoice(lower: string, from: number, voiceFrom: number, end: number): Stretch {
  const voice = lower.slice(voiceFrom, end).search(OWN_VOICE);
  return { start: from, end: voice === -1 ? end : voiceFrom + voice };
}

/** A run of stretches telling other parties' deals, and whether the advice after it adopts what they did. */
interface Run {
  readonly stretches: readonly Stretch[];
  readonly endorsed: boolean;
}

/**
 * The stretches of a brief (lower-cased) that tell other parties' deals, in runs: each run is a party's clause and
 * the clauses after it that go on telling the parties' deals ("what other clients did: most took 15-year terms; a
 * few took 20"). A party's clause with no deal verb counts only when a clause goes on from it ("for a client in a
 * similar position last year; they closed at $240M"). A deal the adviser compares with is a run of its own.
 */
function otherPartyRuns(lower: string): Run[] {
  const runs: Stretch[][] = [];
  const inRun = (index: number): boolean => runs.some((run) => run.some((stretch) => index >= stretch.start && index < stretch.end));
  for (const compared of lower.matchAll(COMPARED_DEAL)) {
    runs.push([upToOwnVoice(lower, compared.index, compared.index + compared[0].length, clauseEndAfter(lower, compared.index))]);
  }
  for (const looked of lower.matchAll(LOOKED_AT_AS_COMPARISON)) {
    const deal = looked.groups?.['deal'] ?? '';
    const start = looked.index + looked[0].indexOf(deal);
    if (!inRun(start)) runs.push([{ start, end: start + deal.length }]);
  }
  if (!/client|peer|precedent|rival|competitor/.test(lower)) return runs.map(endorsement(lower));
  for (const party of lower.matchAll(OTHER_PARTY)) {
    const from = party.index;
    if (inRun(from)) continue;
    let end = clauseEndAfter(lower, from);
    const told = upToOwnVoice(lower, from, from + party[0].length, end);
    const clauseStart = Math.max(...['.', ';', '!', '?', '\n', ','].map((mark) => lower.lastIndexOf(mark, from - 1))) + 1;
    const dealFor = DEAL_FOR_BEFORE.exec(lower.slice(clauseStart, from));
    const first = dealFor === null ? told : { start: clauseStart + dealFor.index, end: told.end };
    const possessed = POSSESSED_DEAL.test(lower.slice(from + party[0].length, end));
    const run: Stretch[] = dealFor !== null || possessed || DEAL_VERB.test(lower.slice(first.start, first.end)) ? [first] : [];
    for (let count = 0; count < MAX_CONTINUATIONS && first.end === end && end < lower.length; count += 1) {
      const next = end + 1;
      if (!CONTINUATION.test(lower.slice(next, next + 80))) break;
      const clauseEnd = clauseEndAfter(lower, next);
      const continued = upToOwnVoice(lower, next, next, clauseEnd);
      run.push(continued);
      if (continued.end < clauseEnd) break;
      end = clauseEnd;
    }
    if (run.length > 0) runs.push(run);
  }
  return runs.sort((left, right) => (left[0]?.start ?? 0) - (right[0]?.start ?? 0)).map(endorsement(lower));
}

/** A run with whether the advice right after it ("we still think that's right for you") adopts what it tells. */
function endorsement(lower: string): (stretches: Stretch[]) => Run {
  return (stretches) => {
    const last = Math.max(...stretches.map((stretch) => stretch.end));
    const clauseEnd = clauseEndAfter(lower, last);
    const own = lower.slice(last, clauseEnd);
    const after = /\S/.test(own) ? own : lower.slice(clauseEnd + 1, clauseEnd + 120);
    return { stretches, endorsed: ENDORSED.test(after) };
  };
}

/** Claims the figures of other clients' and peers' deals, so that no reader takes them as this brief's. */
export function claimOtherClientsFigures(text: BriefText): void {
  const lower = text.lower;
  for (const stretch of otherPartyRuns(lower).flatMap((run) => (run.endorsed ? [] : run.stretches))) {
    for (const figure of lower.slice(stretch.start, stretch.end).matchAll(DEAL_FIGURE)) {
      const start = stretch.start + figure.index;
      const figureEnd = start + figure[0].length;
      if (text.isFree(start, figureEnd)) text.claim(start, figureEnd);
    }
  }
}

/** The kind of figure a measure is stated in. */
type FigureKind = 'years' | 'multiple' | 'share' | 'money';

/**
 * What another party's figures measure, found in the telling of its deal, with the words that make an adviser's
 * figure of the same kind measure it too. Leverage of either kind and coverage are all multiples, so a deal told in
 * more than one of them leaves the adviser's multiple unread.
 */
const MEASURES: readonly { readonly kind: FigureKind; readonly told: RegExp; readonly suffix: string }[] = [
  { kind: 'years', told: /\d[^\S\n]*-?[^\S\n]*(?:years?|yrs?)[^\S\n]+(?:leases?|terms?|tenors?)\b/, suffix: '-year leases' },
  { kind: 'multiple', told: /\blease[-\s]adjusted\s+(?:net\s+)?leverage\b/, suffix: ' lease-adjusted leverage' },
  { kind: 'multiple', told: /\b(?<!lease[-\s]adjusted\s(?:net\s)?)(?:net\s+)?leverage\b(?![-\s]adjusted)/, suffix: ' net leverage' },
  { kind: 'multiple', told: /\b(?:fixed[-\s]charge\s+)?coverage\b/, suffix: ' fixed-charge coverage' },
  {
    kind: 'share',
    told: /\b(?:single|per|one|any)[-\s]market\b|\bmarket\s+(?:cap|share|limit|concentration)\b/,
    suffix: ' single-market cap',
  },
  { kind: 'money', told: /\brent\b/, suffix: ' of added rent' },
];

/** A figure of each kind as the adviser writes it; a term may be a number alone ("we'd stay at 15"). */
const KIND_FIGURE: Readonly<Record<FigureKind, RegExp>> = {
  years: /(?<![\w$.,-])(?:[5-9]|[1-4]\d)(?:[^\S\n]+years?)?(?![\w%$.,-]|\.\d)/g,
  multiple: /(?<![\w$.,-])\d+(?:\.\d+)?[^\S\n]?(?:x\b|\u00d7)/g,
  share: /(?<![\w$.,-])\d+(?:\.\d+)?[^\S\n]?%/g,
  money: new RegExp(String.raw`(?:us\$|\$)\d+(?:\.\d+)?[^\S\n]*(?:${MILLION_SCALE})\b`, 'g'),
};

/** A figure of each kind in the telling of the other party's deal, beside what it measures. */
const TOLD_FIGURE: Readonly<Record<FigureKind, RegExp>> = {
  years: /\d/,
  multiple: /\d[^\S\n]?(?:x\b|\u00d7)/,
  share: /\d[^\S\n]?%/,
  money: /\$\d/,
};

/** What may follow a figure that measures nothing of its own: "15 for you", "1.75x minimum", "$13M on a". */
const BARE_AFTER =
  /^(?:[^\S\n]*(?:[,.;:!?)\u2014\u2013]|$)|[^\S\n]+(?:for|minimum|maximum|min|max|on|and|instead|or|at\s+most|tops|please)\b)/;

/** A word that says what a figure measures, in its clause before it: "net leverage max 3.5x", "size at $110M". */
const MEASURE_BEFORE =
  /\b(?:leverage|coverage|rent|rents|terms?|leases?|escalat\w*|bumps?|share|markets?|floor|target|size|sizing|raise|program(?:me)?|proceeds|criticality|leaseability|yield|amount|ebitda|price|rate|tax|npv|discount|cap\s+rate|fccr|years?)\b/;

/** At most this many sentences after another party's deal may hold the adviser's figure set against it. */
const ANSWER_SENTENCES = 3;

/**
 * Restates the adviser's figure set against another party's as measuring what the other's did: "another client tested
 * 18-year leases; we'd stay at 15 for you" reads "15-year leases", "Client A accepted lease-adjusted leverage of 5.2x
 * ... hold to 4.4x" reads "4.4x lease-adjusted leverage", "a peer took on $20M of annual rent ... cap yours at $13M"
 * reads "$13M of added rent". Only the first figure of the kind in the few sentences after the deal is restated, and
 * only when nothing in its clause says what it measures.
 */
export function otherClientsRestatements(brief: string): TextEdit[] {
  const lower = brief.toLowerCase();
  const edits: TextEdit[] = [];
  const runs = otherPartyRuns(lower);
  runs.forEach((run, index) => {
    if (run.endorsed) {
      edits.push(...endorsedRestatements(lower, run));
      return;
    }
    const told = run.stretches.map((stretch) => lower.slice(stretch.start, stretch.end)).join(' ');
    const from = Math.max(...run.stretches.map((stretch) => stretch.end));
    let to = from;
    for (let count = 0; count < ANSWER_SENTENCES && to < lower.length; count += 1) to = clauseEndAfter(lower, to + 1);
    const nextRun = runs[index + 1]?.stretches[0]?.start;
    if (nextRun !== undefined && nextRun > from) to = Math.min(to, nextRun);
    const window = lower.slice(from, to);
    for (const kind of ['years', 'multiple', 'share', 'money'] as const) {
      const measures = MEASURES.filter((measure) => measure.kind === kind && measure.told.test(told));
      if (measures.length !== 1 || !TOLD_FIGURE[kind].test(told)) continue;
      const figure = [...window.matchAll(KIND_FIGURE[kind])].find((found) => {
        const start = from + found.index;
        const clauseStart = Math.max(
          ...[',', ';', ':', '.', '!', '?', '\n', '\u2014', '('].map((mark) => lower.lastIndexOf(mark, start - 1)),
        );
        return (
          BARE_AFTER.test(lower.slice(start + found[0].length, start + found[0].length + 20)) &&
          !MEASURE_BEFORE.test(lower.slice(clauseStart + 1, start))
        );
      });
      if (figure === undefined) continue;
      const start = from + figure.index;
      const number = kind === 'years' ? (figure[0].match(/\d+/)?.[0] ?? figure[0]) : brief.slice(start, start + figure[0].length);
      edits.push({ start, end: start + figure[0].length, text: `${number}${measures[0]?.suffix ?? ''}` });
    }
  });
  return edits;
}

/**
 * Restates the deal that advice adopts as asked for: "another client excluded all their mortgaged assets ... we still
 * think that's right for you" reads "exclude all their mortgaged assets", so the readers of asks read it.
 */
function endorsedRestatements(lower: string, run: Run): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const stretch of run.stretches) {
    const verbs = new RegExp(String.raw`\b(?:${Object.keys(AS_ASKED).join('|')})\b`, 'g');
    for (const verb of lower.slice(stretch.start, stretch.end).matchAll(verbs)) {
      const start = stretch.start + verb.index;
      edits.push({ start, end: start + verb[0].length, text: AS_ASKED[verb[0]] ?? verb[0] });
    }
  }
  return edits;
}
