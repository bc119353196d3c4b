import type { BriefText } from './brief-text.js';
import { listEndingAt, sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/*
 * Places and types that describe something other than the program to plan: who buys ("logistics funds"), what a past
 * program looked like ("a 40% Dallas concentration"), an occupancy event ("the Chicago office renewal"), a building
 * sold long ago ("the 2020 sale of our old Memphis cross-dock"), a planning zone ("the Atlanta redevelopment zone"),
 * what a score limit leaves behind ("criticality at most 0.6, so the plants stay"), questions left open for later, lists
 * handled by another review, what an earlier program sold, a list named as part of everything left open ("everything
 * else is open, stores included") and a scenario's quoted name ('Scenario "Sunset plants"').
 */

/** "logistics funds", "a logistics operator", "warehouse buyers": a type naming a firm or investor, not its buildings. */
const FIRM_AFTER = /^s?\s+(?:funds?|buyers?|investors?|operators?|compan(?:y|ies)|firms?|reits?|players|specialists?|sponsors?)\b/;
/** "had a 40% Dallas concentration": a share a place had, told as a fact. */
const HAD_SHARE_BEFORE =
  /\b(?:had|has|have|having|ran|carried|showed|was|were)\s+(?:an?\s+|the\s+)?(?:\d+(?:\.\d+)?\s*%|\d+\s+per\s*cent)\s+$/;
const SHARE_NOUN_AFTER = /^\s+(?:concentration|exposure|weighting|allocation|share|tilt)\b/;
/**
 * "the Chicago office renewal", "the Dallas lease renewal", "the office relocation", "the HQ move is pending": an
 * occupancy event; and a debt event, "given the Houston mortgage payoff", "the Phoenix refinancing".
 */
const OCCUPANCY_EVENT_AFTER =
  /^s?\s+(?:[a-z]+\s+)?(?:lease\s+)?(?:renewals?|(?:mortgage\s+|loan\s+)?(?:pay[-\s]?offs?|refinancings?|refis?|repayments?)|relocations?|refits?|refurbishments?|fit[-\s]?outs?|move[-\s]?outs?|move[-\s]?ins?|move(?!\s+(?:to|up|down|into|out|in|over|from|away)\b))\b/;
/** "the 2020 sale of our old Memphis cross-dock", "the disposal of our former Tempe office": a building sold before. */
const SOLD_BEFORE_BEFORE =
  /\b(?:(?:19|20)\d\d\s+(?:sale|disposal|divestiture|divestment)\s+of\s+(?:our|the|its|an?)\s+|(?:sale|disposal|divestiture|divestment)\s+of\s+(?:our|the|its)\s+(?:old|former|previous)\s+)(?:[a-z-]+\s+){0,2}$/;
/** "a cross-dock we've since sold", "the stores that we have already divested": a building no longer owned. */
const SOLD_SINCE_AFTER =
  /^s?\s+(?:that\s+|which\s+)?(?:we|they|the\s+company)(?:['\u2019]ve|\s+have|\s+had)?\s+(?:since\s+|already\s+|long\s+since\s+|recently\s+)?(?:sold|divested|disposed\s+of|exited)\b/;
/**
 * "Regional ops, Chicago area.", "Facilities, Dallas:", "Regional ops (Chicago):": the team a note is signed from, a
 * comma or a bracket before its place.
 */
const SIGNED_TEAM_BEFORE =
  /(?:^|[\n.!?]\s*)(?:(?:regional|local|site|field)\s+)?(?:ops|operations|facilities|real\s+estate)(?:\s+team)?\s*[,(]\s*$/;
const SIGNED_TEAM_AFTER = /^(?:\s+(?:area|region|metro))?\s*(?:\)\s*:|[.:]|[\u2013\u2014-]\s)/;
/** "Treasury view, Sydney office:", "Legal, Newark office -": a team and the office it writes from, opening a note. */
const SIGNED_OFFICE_BEFORE =
  /(?:^|\n)\s*(?:treasury|finance|ops|operations|facilities|real\s+estate|legal|tax|accounting)(?:\s+(?:view|team|desk|note))?\s*,\s*(?:[a-z]+\s+){0,2}$/;
const SIGNED_OFFICE_AFTER = /^\s*(?::|[\u2013\u2014-]\s)/;
/** "Ops in Newark are pushing back", "the team at Phoenix says": the people of a place, not the place asked for. */
const PEOPLE_IN_BEFORE = /\b(?:ops|operations|teams?|staff|folks|colleagues)\s+(?:in|at)\s+$/;
/** "Following the lender meeting in Houston last week", "after the offsite in Phoenix": where a gathering was held. */
const GATHERING_IN_BEFORE =
  /\b(?:meetings?|conference|offsite|off-site|summit|workshop|roadshow|site\s+visit|visit|trip|tour|dinner|town\s+hall)\s+(?:in|at)\s+(?:the\s+)?$/;
/** "the Columbus site lead", "Dallas plant manager:", "the Houston leadership": a person or team a place has. */
const PLACE_ROLE_AFTER =
  /^\s+(?:(?:site|plant|facility|branch|regional|area|local|campus)\s+(?:leads?|leaders?|leadership|managers?|heads?|directors?|gms?|supervisors?)|managers?|leadership|gms?)\b/;
/** "lists Cicero, Pasadena and Kearny as our three plants", "those are our only labs": buildings named, then counted. */
const NAMED_AS_COUNT_BEFORE =
  /\b(?:as|are|being)\s+(?:our|the|its)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|only)\s+)+(?:[a-z-]+\s+)?$/;
/** "the Atlanta redevelopment zone", "an Ohio enterprise zone": a planning area a place names. */
const ZONE_AFTER =
  /^\s+(?:(?:re)?development|enterprise|opportunity|flood|free[-\s]trade|tax[-\s]increment)\s+(?:zones?|districts?|corridors?|areas?)\b/;

/** "to fund the Newark automation capex", "paying for the Phoenix expansion": what the money raised goes to. */
// "we only need $115M for the DC automation rollout": an amount then "for" names what it pays for too.
const FUNDED_BEFORE = new RegExp(
  String.raw`(?:\b(?:fund|funds|funding|finance|finances|financing|pay\s+for|paying\s+for|bankroll)|\$\s?\d[\d,.]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE}|k)?\s+for)\s+(?:the|our|a|an)\s+(?:new\s+)?$`,
);
/** The project a place names, within two words after it: "automation capex", "DC build-out", "expansion". */
const PROJECT_AFTER =
  /^(?:[\s-]+[a-z]+){0,2}?[\s-]+(?:capex|projects?|expansions?|build[-\s]?outs?|builds?|upgrades?|retrofits?|automation|investments?|initiatives?|construction|developments?|modernis(?:ation|ing)|moderniz(?:ation|ing)|relocations?|roll[-\s]?outs?|campus)\b/;
/**
 * "We have looked at the Inland Empire assets closely.", "I've reviewed the Phoenix sites": what the writer looked at,
 * in a sentence with no word that asks for a sale; what is recommended is said in a sentence of its own.
 */
const LOOKED_AT_BEFORE =
  /\b(?:we|i|the\s+team|our\s+team)(?:\s+(?:have|has|had)|['\u2019]ve)?\s+(?:looked\s+(?:hard\s+|closely\s+|carefully\s+)?(?:at|into|over)|reviewed|studied|examined|analy[sz]ed|toured|visited|walked)\s+(?:the\s+|our\s+|your\s+|all\s+(?:the\s+)?)?$/;
const ASKING_WORD =
  /\b(?:sell|selling|sale|raise|from|only|include|including|exclud\w*|keep|recommend\w*|suggest\w*|propose\w*|should|will|let['\u2019]?s)\b|\$|\d/;

/**
 * True when a place or type only describes something else: a firm that buys or runs buildings ("the same two
 * logistics funds are buying"), a share a place had ("the 2019 program had a 40% Dallas concentration"), an
 * occupancy event ("after the Chicago office renewal"), a building sold before ("the 2020 sale of our old Memphis
 * cross-dock", "a cross-dock we've since sold"), a planning zone ("both sit in the Atlanta redevelopment zone"), or the
 * people of a place ("Ops in Newark are pushing back", a note signed "Regional ops, Chicago area." or "Treasury view,
 * Sydney office:"), what the money raised goes to ("to fund the Newark automation capex") or what the writer looked
 * at, in a sentence that asks for nothing ("We have looked at the Inland Empire assets closely."). Such a mention asks
 * for no filter.
 */
export function isDescriptiveMention(text: BriefText, start: number, end: number): boolean {
  const before = text.lower.slice(Math.max(0, start - 80), start);
  const after = text.lower.slice(end, end + 60);
  if (FIRM_AFTER.test(after) || OCCUPANCY_EVENT_AFTER.test(after) || ZONE_AFTER.test(after)) return true;
  if (HAD_SHARE_BEFORE.test(before) && SHARE_NOUN_AFTER.test(after)) return true;
  if (SOLD_SINCE_AFTER.test(after) || PEOPLE_IN_BEFORE.test(before)) return true;
  // "Following the lender meeting in Houston": where people met, which asks for no sale there.
  if (GATHERING_IN_BEFORE.test(before)) return true;
  // "Ops lists Cicero, Pasadena and Kearny as our three plants": the type counts buildings the brief names itself.
  if (NAMED_AS_COUNT_BEFORE.test(before)) return true;
  // "Dallas site lead: the HQ stays", "the plant managers": the people who run a place or type, not a place to sell.
  if (PLACE_ROLE_AFTER.test(after)) return true;
  if (SIGNED_TEAM_BEFORE.test(before) && SIGNED_TEAM_AFTER.test(after)) return true;
  // The office itself, or its city right before it: "Treasury view, Sydney office:", "Legal, Newark office -".
  const office = /^office$/.test(text.lower.slice(start, end))
    ? after
    : /^\s+office\b/.test(after)
      ? after.replace(/^\s+office/, '')
      : null;
  if (office !== null && SIGNED_OFFICE_BEFORE.test(before) && SIGNED_OFFICE_AFTER.test(office)) return true;
  // "to fund the Newark automation capex": the place is where the money goes, not where it is raised.
  if (FUNDED_BEFORE.test(before) && PROJECT_AFTER.test(after)) return true;
  if (LOOKED_AT_BEFORE.test(before) && !ASKING_WORD.test(text.lower.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end))))
    return true;
  return SOLD_BEFORE_BEFORE.test(before);
}

/** A score limit followed by "so": "Nothing with a criticality above 0.6, so ...", "leaseability at least 0.5, so ...". */
const SCORE_LIMIT_THEN_SO = /\b(?:criticality|leaseability|re-?leasability|score)\b[^.;!?\n]{0,60}?\d(?:\.\d+)?[^.;!?\n]{0,20}?,?\s+so\s+/g;
/** What the limit does to the types after "so": they stay, remain, drop out or are kept. */
const LEFT_BEHIND =
  /\b(?:stay|stays|remain|remains|drop\s+out|drops\s+out|fall\s+away|falls\s+away|(?:are|is)\s+(?:kept|out|excluded|protected|safe|retained))\b/;

/**
 * What a score limit leaves, said after "so" as a description: "Criticality no higher than 0.3, so basically the stores
 * and small warehouses", "leaseability 0.6, so in practice the DCs". The types it names are what the limit lets through,
 * not a type filter of their own (anchored at the start of the words after "so").
 */
const LEFT_IN_DESCRIBED =
  /^(?:(?:that|which)\s+(?:means|leaves)\s+|(?:basically|mostly|essentially|effectively|realistically|practically|in\s+practice|in\s+effect)\b)/;

/**
 * A score limit, then a clause on what it removes: "anything scoring above 0.7 on criticality - that takes the
 * hubs out", "leaseability of at least 0.6, which rules out the labs", "criticality under 0.5; this alone excludes".
 */
const SCORE_LIMIT_THEN_REMOVES =
  /\b(?:criticality|leaseability|re-?leasability|scor(?:e|es|ing))\b[^.;!?\n]{0,60}?\d(?:\.\d+)?[^.;!?\n]{0,30}?(?:\s[\u2013\u2014-]|[,;:])\s+(?:that|which|this|it)\s+(?:alone\s+|by\s+itself\s+|already\s+|on\s+its\s+own\s+)?(?:takes|rules|knocks|excludes|removes|drops|cuts|screens|filters)\b/g;

/**
 * Claims the types that a score limit's consequence names ("Nothing with a criticality above 0.6, so the plants and
 * the big hubs stay", "criticality no higher than 0.3, so basically the stores"): the limit rules them out or lets them
 * through by score, so reading them again as a type filter would double it.
 */
export function claimScoreConsequences(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(SCORE_LIMIT_THEN_SO)) {
    const from = match.index + match[0].length;
    const end = sentenceEndAfter(text, from);
    if (LEFT_IN_DESCRIBED.test(text.lower.slice(from, end))) {
      claimMentions(text, vocabulary, from, end);
      continue;
    }
    const verb = LEFT_BEHIND.exec(text.lower.slice(from, end));
    if (verb === null) continue;
    claimMentions(text, vocabulary, from, from + verb.index);
  }
  // "anything scoring above 0.7 on criticality - that takes the plants out by itself": the types the limit removes.
  for (const match of text.freeMatches(SCORE_LIMIT_THEN_REMOVES)) {
    const from = match.index + match[0].length;
    claimMentions(text, vocabulary, from, sentenceEndAfter(text, from));
  }
}

/**
 * "Open questions for the committee:", "not assumptions of this run:": a label for what the run does not assume; and a
 * minutes line's bare label of what is still undecided ("Open: whether to include Columbus", "Undecided - Dallas").
 */
const OPEN_QUESTIONS_LABEL =
  /\b(?:open\s+(?:questions?|points?|items?)|not\s+(?:assumptions?|inputs?|part)\s+of\s+(?:this|the)\s+(?:run|case|scenario|ask))\b[^:.;!?\n]{0,80}:|(?<=^|\n)[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?:open|undecided|unresolved|pending|parked|tbd|tbc|still\s+open|not\s+decided|to\s+be\s+decided)[^\S\n]*(?::|[-\u2013\u2014][^\S\n])/g;
/**
 * "whether to include Columbus (no decision)", "whether to drop Dallas is still open": a filter weighed and left
 * undecided, wherever it is written; the run does not apply it.
 */
const UNDECIDED_WHETHER =
  /\bwhether\s+(?:or\s+not\s+)?to\s+(?:include|exclude|add|drop|sell|keep|carve\s+out|leave\s+out|take\s+out)\b[^.;!?\n]{0,80}?(?:\(\s*(?:no\s+decision|undecided|tbd|tbc|open|pending|not\s+(?:yet\s+)?decided|still\s+open|to\s+be\s+decided)[^()\n]*\)|\b(?:is|remains|stays)\s+(?:still\s+)?(?:open|undecided|pending|unresolved|tbd)\b)/g;

/**
 * Claims the places, types and assets on the line after a label of open questions ("Open questions for the
 * committee, not assumptions of this run: should the Dallas HQ ever be on the list?"): they are asked for later, not
 * now, so none is a filter of this run.
 */
export function claimOpenQuestions(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(OPEN_QUESTIONS_LABEL)) {
    const from = match.index + match[0].length;
    const lineEnd = text.lower.indexOf('\n', from);
    claimMentions(text, vocabulary, from, lineEnd === -1 ? text.lower.length : lineEnd);
    text.claim(match.index, from);
  }
  for (const match of text.freeMatches(UNDECIDED_WHETHER)) claimMentions(text, vocabulary, match.index, match.index + match[0].length);
}

/**
 * A scenario's quoted name: 'Scenario "Core DC retention":' (a title that opens what follows), 'the "Sunset plants"
 * case'.
 */
const SCENARIO_NAME =
  /\b(?:scenarios?|cases?|runs?|versions?|variants?)\b[^"\u201c\n.;:]{0,40}?["\u201c](?<after>[^"\u201d\n]{2,40})["\u201d](?=\s*:)|["\u201c](?<before>[^"\u201d\n]{2,40})["\u201d]\s+(?:scenario|case|run|version|variant)\b/g;
/** Words that make a name a filter too: "the "no manufacturing" case", "the "Texas only" run". */
const FILTER_IN_NAME = /\b(?:no|only|excl(?:uding|udes?)?|without|except|non|sans)\b|-free\b/;

/**
 * Claims the types and places named in a scenario's quoted name ('Scenario "Core DC retention": we keep the Joliet Distribution
 * Center ...', 'Scenario "Sunset plants": exclude the Kearny Legacy Plant'): a name labels the run, and what it asks
 * for is written after it. A name that is itself a filter ('the "no manufacturing" case') is left to the readers.
 */
export function claimScenarioNames(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(SCENARIO_NAME)) {
    const name = match.groups?.['after'] ?? match.groups?.['before'] ?? '';
    if (FILTER_IN_NAME.test(name)) continue;
    const from = match.index + match[0].indexOf(name);
    claimMentions(text, vocabulary, from, from + name.length);
  }
}

/** "... are on a separate review", "is part of another process": a list handled elsewhere, after the list. */
const SEPARATE_TRACK =
  /\s+(?:are|is)\s+(?:on|in|under|part\s+of|going\s+through|subject\s+to)\s+(?:a\s+|an\s+)?(?:separate|different|another|their\s+own|its\s+own)\s+(?:review|process|track|program(?:me)?|workstream|exercise)\b/g;

/**
 * Claims the places and types of a list said to be handled elsewhere ("Only distribution centers this round, the
 * stores and offices are on a separate review"): another process decides them, so this run neither asks for them nor
 * rules them out beyond what it says itself.
 */
export function claimSeparateReviews(text: BriefText, vocabulary: PlaceVocabulary): void {
  if (!/\b(?:separate|different|another|own)\s/.test(text.lower)) return;
  for (const match of text.freeMatches(SEPARATE_TRACK)) {
    const found = listEndingAt(text, match.index, vocabulary);
    if (found === null || !text.isFree(found.start, found.list.end)) continue;
    text.claim(found.start, match.index + match[0].length);
  }
}

/**
 * A phase of a plan marked for later, on its own line: "Phase 2: $100M from offices (later)", "Tranche 2 - Ohio
 * stores, next year".
 */
const LATER_PHASE =
  /^[^\S\n]*(?:phase|stage|tranche|wave|step)\s*(?:\d+|[ivx]+|two|three|four)\s*(?::|-\s)[^\n]*?(?:\(\s*(?:later|next\s+(?:year|quarter|round)|future|not\s+(?:this|now)\b[^)\n]*)\s*\)|[,-]\s*(?:later|next\s+(?:year|quarter|round))\s*\.?\s*$)/gm;

/**
 * Claims the places and types in a phase of the plan marked for later ("Phase 2: $100M from offices (later)"): this
 * run is another phase, so they ask for nothing now.
 */
export function claimLaterPhases(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(LATER_PHASE)) claimMentions(text, vocabulary, match.index, match.index + match[0].length);
}

/** "Last year's program sold ...", "the 2019 round raised $62M from ...": what an earlier program did. */
const PAST_PROGRAM_DID =
  /\b(?:last\s+year['\u2019]s|(?:the|our)\s+(?:last|previous|prior|first|earlier|(?:19|20)\d\d))\s+(?:program(?:me)?|round|deal|transaction|sale[-\s]?leaseback|slb)\s+(?:sold|raised|included|covered|used)\s+/g;

/**
 * Claims the places and types in what an earlier program did ("Last year's program sold the old Memphis cross-dock
 * and two stores for about $48M"): they tell its history, to the end of the sentence, and ask for nothing now.
 */
export function claimPastPrograms(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(PAST_PROGRAM_DID)) {
    const from = match.index + match[0].length;
    claimMentions(text, vocabulary, from, sentenceEndAfter(text, from));
  }
}

/** "Everything else is open, stores included": the rest of the portfolio, of which a list is named as part. */
const REST_OPEN =
  /\b(?:everything|anything|the\s+rest)(?:\s+else)?\s+(?:is|stays|remains)\s+(?:open|in\s+play|fair\s+game|available|on\s+the\s+table)(?:\s+for\s+[a-z]+)?\s*,\s*/g;
const PART_OF_REST = /^\s*(?:included|too|as\s+well|among\s+them)\b/;

/**
 * Claims a list named as part of everything left open ("Everything else is open for discussion, stores included"):
 * the rest is no filter, and the list inside it asks for nothing more than the rest does.
 */
export function claimPartsOfTheRest(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(REST_OPEN)) {
    const from = match.index + match[0].length;
    const end = sentenceEndAfter(text, from);
    const rest = text.lower.slice(from, end);
    const part = /\s+(?:included|too|as\s+well|among\s+them)\b/.exec(rest);
    if (part === null || !PART_OF_REST.test(rest.slice(part.index))) continue;
    claimMentions(text, vocabulary, from, from + part.index);
  }
}

/** Claims every free place, type or asset mention (or only those of `kind`) that lies wholly between `from` and `to`. */
function claimMentions(text: BriefText, vocabulary: PlaceVocabulary, from: number, to: number, kind?: 'type'): void {
  for (let index = from; index < to; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '') || !text.isFree(index, index + 1)) continue;
    const mention = vocabulary.matchAt(text.lower, index, true, text.source) ?? vocabulary.matchAt(text.lower, index, false, text.source);
    if (mention === null || mention.end > to || !text.isFree(mention.start, mention.end)) continue;
    if (kind !== undefined && mention.item.kind !== kind) continue;
    text.claim(mention.start, mention.end);
    index = mention.end - 1;
  }
}
