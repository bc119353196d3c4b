import type { BriefText } from './brief-text.js';
import { sentenceStartBefore } from './list-positions.js';
import { isDescriptiveMention } from './descriptive-mentions.js';
import { isMarketCommentary } from './market-commentary.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { isOneBuildingMention } from './one-building-mentions.js';
import { readList } from './read-place-list.js';
import { claimTypeWordsNotAsked } from './type-words-not-asked.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/**
 * "the CFO's office", "from the treasurer's office", "Memo - CFO office", "From: Office of the CFO" (scanned "CF0"): an
 * office holder's office, which names no asset type.
 */
const PERSON_OFFICE =
  /\boffice\s+of\s+the\s+(?:c[efot][o0]|treasurer|president|chair(?:man|woman|person)?|controller|comptroller|general\s+counsel|secretary)\b|\b(?:ceo|cfo|coo|cto|treasurer|president|chair(?:man|woman|person)?|controller|comptroller|general\s+counsel|secretary|director|manager|board)(?:['\u2019]s)?\s+office(?!\s*(?:buildings?|assets?|sites?|propert(?:y|ies)|campus|towers?|parks?|space|portfolio)\b)/g;
/**
 * "the treasury team in our Houston office", "I'm based at the Chicago office", "I work out of our Newark office":
 * the office where the writer works, which names no asset type (nor asks for its market). Only the office itself is
 * matched, from its article on.
 */
const WORKPLACE_OFFICE =
  /(?<=\b(?:i\s+am|i['\u2019]m|we\s+are|we['\u2019]re|team|desk|staff|colleagues|i\s+work|we\s+work|works|working|based|sitting|sit)\b[^.;!?\n]{0,40}?\b(?:in|at|from|out\s+of)\s+)(?:our|the)\s+(?:[a-z]+\s+){0,2}?office\b(?!\s*(?:buildings?|assets?|sites?|propert(?:y|ies)|campus|towers?|parks?|space|portfolio)\b)/g;

/**
 * "Voice memo from the Chicago office", "a note from our Newark office": the office a message comes from, which names
 * no asset type (nor asks for its market).
 */
const SENDER_OFFICE =
  /(?<=\b(?:memo|note|message|email|e-mail|voicemail|update|call|letter)\s+from\s+)(?:our|the)\s+(?:[a-z]+\s+){0,2}?office\b(?!\s*(?:buildings?|assets?|sites?|propert(?:y|ies)|campus|towers?|parks?|space|portfolio)\b)/g;

/** The buildings a count names: "6 plants", "an HQ", "9 DCs". */
const COUNTED_NOUN = String.raw`(?:new\s+)?(?:plants?|factor(?:y|ies)|warehouses?|offices?|stores?|shops?|labs?|laborator(?:y|ies)|data\s+cent(?:er|re)s?|distribution\s+cent(?:er|re)s?|dcs?|hqs?|headquarters|sites?|buildings?|propert(?:y|ies))`;
/**
 * "we have 6 plants", "we plan 12 new stores", "we've got 212 stores, 9 DCs and an HQ": a count of what is owned or
 * planned, which names no filter.
 */
export const ASSETS_COUNTED = new RegExp(
  String.raw`\b(?:we|the\s+(?:company|group|business))(?:['\u2019]ve\s+got|\s+have\s+got|\s+(?:have|has|had|own|owns|owned|operate|operates|run|runs|plan|plans|are\s+planning|intend|intends|will\s+open|opened|built|bought|acquired))\s+(?:to\s+(?:open|build|add|buy|acquire)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+few|a\s+dozen)\s+${COUNTED_NOUN}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+${COUNTED_NOUN})*\b(?!\s+(?:to|we|that|which)\b)`,
  'g',
);

/**
 * "Dallas (HQ city)", "our headquarters state", "the home-office market": a place described as where the company
 * is based, which names no asset type.
 */
const HOME_PLACE = /\b(?:hq|headquarters|head[-\s]office|home[-\s]office)\s+(?:city|town|metro|market|state|region|country)\b/g;

/**
 * "R&D will scream", "the R&D team wants it kept": the people of research and development, who name no asset type.
 */
const RESEARCH_PEOPLE =
  /\b(?:r\s?&\s?d|research)\s+(?:will|would|wo(?:n'?t|uld\s+not)|wants?|says?|said|needs?|is\s+(?:against|upset|unhappy)|are\s+(?:against|upset|unhappy)|(?:team|department|dept|staff|people|folks|leadership|heads?)(?:['\u2019]s)?)\b/g;

/**
 * "the only line that does the retail clamshells", "our retail customers", "retail packaging": the retail trade a
 * product or customer serves, which names no store; "the new retail master lease" is a lease, not stores asked for.
 */
const RETAIL_TRADE =
  /\bretail\s+(?:clamshells?|packaging|packs?|cartons?|customers?|clients?|shoppers?|shel(?:f|ves)|channels?|prices?|pricing|partners?|brands?|orders?|goods|products?|displays?|volumes?|demand|accounts?|master\s+leases?)\b/g;

/** "54 forklifts per DC", "rent per store": a rate per building, which names no filter. */
const PER_BUILDING = new RegExp(String.raw`\bper\s+(?:${COUNTED_NOUN})\b`, 'g');
/**
 * "We're down to one office per region", "a DC in every market", "two stores for each state": how many buildings of a
 * kind stand in each place, a fact of the network that names no filter.
 */
const BUILDINGS_PER_PLACE = new RegExp(
  String.raw`\b(?:one|a|an|two|three|\d+)\s+${COUNTED_NOUN}\s+(?:per|in\s+(?:each|every)|for\s+(?:each|every))\s+(?:regions?|markets?|states?|cit(?:y|ies)|metros?|countr(?:y|ies)|areas?|territor(?:y|ies))\b`,
  'g',
);

/**
 * "30% cap per market doesn't matter here - skip it", "the rent cap is irrelevant, ignore it": the pronoun stands for
 * the setting said not to matter, never for a place or type named before it.
 */
const SETTING_SET_ASIDE =
  /\b(?:(?:does\s*n['\u2019]?t|does\s+not|do\s*n['\u2019]?t|do\s+not)\s+matter|(?:is|are)\s+(?:irrelevant|not\s+relevant|not\s+needed|unnecessary))(?:\s+(?:here|now|for\s+(?:us|this|now)))?\s*(?:[-\u2013\u2014,;:]\s*)?(?:so\s+|just\s+)?(?:skip|drop|ignore|remove|forget|lose)\s+(?:it|that|this)\b/g;

/** An office written as a building's name: "the Schaumburg Office", "our Tempe Office". */
const OFFICE_NAMED = /^(?:our|the)\s+(?:[A-Z][\p{L}.'-]*\s+){1,2}Office$/u;

/**
 * "building sale, plant view", "the warehouse floor's point of view": whose view a note gives, which names no type to
 * sell.
 */
const POINT_OF_VIEW =
  /\b(?:plant|warehouse|store|lab|dc|office|site|hub|depot)(?:\s+floor)?(?:['\u2019]s)?\s+(?:view|perspective|viewpoint|point\s+of\s+view)\b/g;

/**
 * "My background is logistics", "I come from a retail background", "my background's in manufacturing": the trade the
 * writer knows, which names no type to sell.
 */
const WRITER_BACKGROUND =
  /\b(?:my|our)\s+background(?:\s+is|['\u2019]s)\s+(?:in\s+)?(?:[a-z&-]+(?:\s+(?:and|or)\s+[a-z&-]+)?)\b|\b(?:i|we)\s+(?:come|came)\s+from\s+an?\s+[a-z&-]+(?:\s+(?:and|or)\s+[a-z&-]+)?\s+background\b/g;

/**
 * "Offices elsewhere are fine", "the other stores are OK": after some buildings of a type are ruled out, the rest of
 * the type said to stay in the sale, which asks for no type.
 */
const REST_OF_TYPE_FINE =
  /\b(?:(?:the\s+)?other\s+[a-z]+|[a-z]+\s+elsewhere|the\s+rest(?:\s+of\s+the\s+[a-z]+)?)\s+(?:are|is)\s+(?:all\s+)?(?:fine|ok(?:ay)?|allowed|eligible|in\s+scope)\b(?![^\S\n]*(?:to|if|as\s+long|provided)\b)/g;

/**
 * "no plants, offices ok", "No Newark, Dallas fine": beside a "no" that rules something out, another type or place said
 * to be fine stays in the sale as it was, and is neither ruled out with the list before it nor asked for alone. A
 * scan's zero for the o of "ok" ("0ffices 0k") is read as the o.
 */
const FINE_BESIDE_A_NO =
  /(?<=\bn[o0]\s+[^,.;:\n]{2,30},[^\S\n]*)[a-z0-9][a-z0-9-]*(?:[^\S\n]+[a-z0-9-]+){0,2}?[^\S\n]+(?:are[^\S\n]+|is[^\S\n]+)?(?:[o0]k(?:ay)?|fine)(?=[^\S\n]*(?:[.,;!'"\n]|$))/g;

/**
 * Claims the phrases that name a type (or a place) only as background, before any list is read: a person's office,
 * the office the writer works in, the city the company is based in, a count of what is owned, a rate per building,
 * the retail trade a product serves, the trade the writer comes from, the rest of a type said to be fine, a type or
 * place said to be fine beside a "no" (a scenario's quoted name is claimed in
 * `descriptive-mentions.ts`).
 */
export function claimBackgroundPhrases(text: BriefText, vocabulary?: PlaceVocabulary): void {
  // The office patterns look behind at every article; a brief without "office" skips them.
  const offices = text.lower.includes('office') ? [PERSON_OFFICE, WORKPLACE_OFFICE, SENDER_OFFICE] : [];
  // The R&D pattern may start at every "r"; a brief without "&" or "research" skips it.
  const research = text.lower.includes('&') || text.lower.includes('research') ? [RESEARCH_PEOPLE] : [];
  // The look-behind of a type said fine beside a "no" may start anywhere; a brief without "ok" or "fine" skips it.
  const fineBesideANo = /[o0]k|fine/.test(text.lower) ? [FINE_BESIDE_A_NO] : [];
  for (const pattern of [
    ...offices,
    HOME_PLACE,
    ...research,
    ASSETS_COUNTED,
    PER_BUILDING,
    BUILDINGS_PER_PLACE,
    RETAIL_TRADE,
    SETTING_SET_ASIDE,
    POINT_OF_VIEW,
    WRITER_BACKGROUND,
    REST_OF_TYPE_FINE,
    ...fineBesideANo,
  ])
    for (const match of text.freeMatches(pattern)) {
      // "Our HR team sits in the Schaumburg Office, so leave that one alone": an office named with capitals is a
      // building of the portfolio's, left for the readers of buildings.
      if (pattern === WORKPLACE_OFFICE && OFFICE_NAMED.test(text.source.slice(match.index, match.index + match[0].length))) continue;
      // "Our HR team sits in the Schaumburg office, so keep that building out": written in lower case, an office whose
      // words name one office of the portfolio's is that building all the same.
      if (
        pattern === WORKPLACE_OFFICE &&
        vocabulary !== undefined &&
        namesOneOffice(text, match.index, match.index + match[0].length, vocabulary)
      )
        continue;
      text.claim(match.index, match.index + match[0].length);
    }
  // "Warehouse operations would happily stay on", "offices and labs?" answered "offices only": no types asked.
  claimTypeWordsNotAsked(text);
}

/**
 * True when the office phrase over [start, end) ("the Schaumburg office") names exactly one office building of the
 * portfolio, read from the word after its article; "the Chicago office" names a market and a type, not a building.
 */
function namesOneOffice(text: BriefText, start: number, end: number, vocabulary: PlaceVocabulary): boolean {
  const wordStart = start + (/^(?:our|the)\s+/.exec(text.lower.slice(start, end))?.[0].length ?? 0);
  // The first word must be a building's own ("Schaumburg"), not a market's ("our Phoenix office" is where one works).
  if (vocabulary.matchAt(text.lower, wordStart, true, text.source)?.item.kind !== 'asset') return false;
  const item = readList(text, wordStart, vocabulary, true)?.items[0];
  const named = item?.match?.item;
  return item !== undefined && item.end >= end && named?.kind === 'asset' && named.assetIds.length === 1;
}

/** "in Texas", "across Ohio and Georgia": where the counted buildings stand. */
const COUNTED_WHERE = /^\s+(?:in|across)\s+/;

/**
 * "In 2023 we had 11 sites in Texas": the places where counted buildings stand are background too, unless what
 * follows makes the count a request ("we have 3 sites in Ohio to sell").
 */
export function claimWhereCounted(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const count of text.lower.matchAll(ASSETS_COUNTED)) {
    const end = count.index + count[0].length;
    const where = COUNTED_WHERE.exec(text.lower.slice(end));
    if (where === null || !text.isClaimed(count.index)) continue;
    const list = readList(text, end + where[0].length, vocabulary, false);
    if (list === null || !text.isFree(end, list.end) || /^\s+(?:to|we|that|which)\b/.test(text.lower.slice(list.end))) continue;
    text.claim(end, list.end);
  }
}

/** A count: "26", "1,250", "three", "a dozen". */
const COUNT = String.raw`(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+dozen|dozens\s+of|several)`;
/**
 * A count right before a type, with the verb of an event before it: "sold three stores", "closing 4 stores",
 * "opened two DCs". Group `verb` is the event's verb, when there is one.
 */
const COUNTED_BEFORE = new RegExp(
  String.raw`(?:\b(?<verb>sold|closed|closing|close|shut|shutting|opened|opening|acquired|bought|built|operate|operates|operating|run|runs|running)\s+)?\b${COUNT}\s+(?:new\s+|owned\s+|more\s+|other\s+|leased\s+)?$`,
);
/** Where counted buildings are, as a statistic: "26 DCs network-wide", "18 DCs in the wider network". */
const COUNTED_AFTER =
  /^s?\s*(?:network[-\s]wide|nationwide|company[-\s]wide|group[-\s]wide|in\s+(?:the\s+|our\s+)?(?:wider\s+|whole\s+|entire\s+|overall\s+)?(?:network|estate|portfolio|group|system|country)|across\s+(?:the\s+|our\s+)?(?:network|country|us|estate|group))\b/;
/** People counted at a place: "14 new hires in Phoenix", "1,250 employees in Columbus", "headcount at Cicero". */
const STAFF_BEFORE =
  /(?:\b\d[\d,.]*\s+(?:new\s+)?(?:hires|employees|staff|people|workers|jobs|ftes?|associates|heads)\s+(?:in|at|across|based\s+in)|\bheadcount\s+(?:at|in))\s+(?:the\s+|our\s+)?$/;
/**
 * An event a place or type names, not a filter: "the Chicago consolidation", "the plant closures"; or the people who
 * work there: "Chicago ops needs them", "the Dallas team".
 */
const EVENT_AFTER =
  /^s?\s+(?:consolidations?|closures?|closings?|shutdowns?|expansions?|openings?|floods?|flooded|flooding|hurricanes?|storms?|headcount|hiring|hires|workforce|employees|ops|team|teams|staff|folks|crew|leadership)\b/;
/**
 * A deal already done, right before the type it was done with: "last quarter we sold $35M of parts stores", "we
 * raised $40M from two stores last cycle".
 */
const PAST_DEAL_BEFORE = new RegExp(
  String.raw`\b(?:we|they|the\s+(?:company|group|business))\s+(?:(?:already|previously|recently|also)\s+)?(?:sold|raised|did|closed|completed|divested|monetized|monetised|executed)\s+(?:a\s+|an\s+|about\s+|roughly\s+|around\s+)?(?:(?:us)?\$|usd\s*)?\d[\d,.]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE}|b|k)?\s+(?:(?:deal|transaction|sale[-\s]?leaseback|leaseback|slb|program(?:me)?|portfolio)\s+)?(?:(?:in|during|back\s+in)\s+(?:19|20)\d\d\s+)?(?:of|from|on|with|in|using|across)\s+(?:(?:the|our|its|their|some|several|a\s+few|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?$`,
);
/** "at a plant", "in a store": where an event took place, in one building not named. */
const AT_ONE_BUILDING_BEFORE = /\b(?:at|in)\s+an?\s+$/;
/** "that's where R&D sits", "which is where our HQ is": a type that says what a place named before is used for. */
const WHERE_IT_SITS_BEFORE =
  /\b(?:that['\u2019]?s|that\s+is|which\s+is|it['\u2019]?s)\s+where\s+(?:the\s+|our\s+|all\s+(?:of\s+)?(?:the\s+|our\s+)?)?$/;
/**
 * "both sit in the Atlanta redevelopment zone", "it lies within the Newark port district": where buildings just named
 * stand, said of them by a pronoun.
 */
const WHERE_THEY_SIT_BEFORE =
  /\b(?:both|they|it|these|those|each|all\s+(?:three|two|of\s+them))\s+(?:(?:both|all)\s+)?(?:sits?|lies?|(?:is|are)\s+(?:located|situated))\s+(?:in|within|inside)\s+(?:the\s+|an?\s+)?$/;
/** A sentence opened as background: "For context:", "Background -", "FYI,". */
const CONTEXT_OPENING = /^\s*(?:for\s+)?(?:context|background|reference|info(?:rmation)?|fyi)\s*[:,\u2013\u2014-]/;
/** "office softer", "industrial tighter": a type's market compared, as a market update does. */
const MARKET_COMMENT_AFTER = /^s?\s+(?:softer|weaker|stronger|firmer|tighter|wider|cheaper|pricier)\b/;
/** "cap rates for", "terms for the big": what the market pays or asks for a type. */
const PRICED_FOR_BEFORE =
  /\b(?:cap(?:italisation|italization)?\s+rates?|yields?|terms|pricing|rents?)\s+(?:for|on)\s+(?:the\s+|our\s+)?(?:big\s+|large\s+|small\s+|bigger\s+|larger\s+)?$/;
/**
 * The team a message is signed from, at the start of a line or sentence: "Regional ops Chicago:", "Regional ops
 * Atlanta here.", "Facilities team Dallas -". The place says who writes, not where to sell.
 */
const SENDER_TEAM_BEFORE =
  /(?:^|[\n.!?]\s*)(?:(?:hey|hi|hello)[,\s]+)?(?:(?:regional|local|site|field)\s+)?(?:ops|operations|facilities|real\s+estate)(?:\s+team)?\s+$/;
const SENDER_TEAM_AFTER = /^\s*(?:here\b|:|[\u2013\u2014-]\s)/;
/** "when Houston flooded": a time in the past named by what happened at a place. */
const WHEN_BEFORE = /\bwhen\s+(?:the\s+|our\s+)?$/;
const PAST_AFTER = /^\s+[a-z]+ed\b/;

/**
 * A sentence that opens on its topic, after an optional greeting: "Re the Texas sites:", "Regarding Ohio -", "As for
 * the plants:", "Hi, re the Columbus question -".
 */
const TOPIC_OPENING = /^\s*(?:(?:hi|hello|hey)(?:\s+[a-z]+)?\s*,\s*)?(?:re|regarding|as\s+(?:for|regards|to))\s*:?\s+(?:the\s+|our\s+)?$/;
/** The end of such a topic: a colon or a spaced dash, after an optional noun for its assets. */
const TOPIC_END =
  /^(?:\s+(?:sites?|assets?|properties|portfolio|markets?|buildings?|facilities|questions?|issues?|points?|topics?|queries|query))?\s*(?::|[\u2013\u2014-]\s)/;

/**
 * True when a place or type mention, with no word around it asking for anything, only gives background: a count of
 * buildings as a statistic or an event ("26 DCs network-wide", "sold three stores for $22m"), people counted there
 * ("14 new hires in Phoenix"), an event it names ("the Chicago consolidation", "when Houston flooded"), or a part of
 * a model's variable name ("hq_sqft"), counts in a sentence opened as background ("For context: 14 DCs"), or a deal
 * already done with it ("we sold $35M of parts stores"), one building where something happened ("a fire at a
 * plant"), the topic a sentence opens on ("Re the Texas sites:"), or one building named by its type ("asked about the
 * HQ"). Such a mention asks for no filter.
 */
export function isBackgroundMention(text: BriefText, start: number, end: number): boolean {
  const before = text.lower.slice(Math.max(0, start - 60), start);
  const after = text.lower.slice(end, end + 60);
  if (text.lower[start - 1] === '_' || text.lower[end] === '_') return true;
  const counted = COUNTED_BEFORE.exec(before);
  if (counted !== null && (counted.groups?.['verb'] !== undefined || COUNTED_AFTER.test(after))) return true;
  // "For context: 14 DCs, 11 warehouses": counts in a sentence given as background are an inventory.
  if (counted !== null && CONTEXT_OPENING.test(text.lower.slice(sentenceStartBefore(text, start), start))) return true;
  if (PAST_DEAL_BEFORE.test(before)) return true;
  // "keep the Dublin lab out of it, that's where R&D sits": what a place is used for, said of a place already named;
  // "both sit in the Atlanta redevelopment zone": where the buildings named stand.
  if (WHERE_IT_SITS_BEFORE.test(before) || WHERE_THEY_SIT_BEFORE.test(before)) return true;
  // "we had a fire at a plant in 2019": one building, no particular one, where something happened.
  if (AT_ONE_BUILDING_BEFORE.test(before) && !/s$/.test(text.lower.slice(start, end))) return true;
  if (STAFF_BEFORE.test(before) || EVENT_AFTER.test(after)) return true;
  // "Regional ops Chicago: target $28M": the team that writes, named before its place.
  if (SENDER_TEAM_AFTER.test(after) && SENDER_TEAM_BEFORE.test(before)) return true;
  // "cap rates for industrial around 6%, office softer", "25-year terms for the big DCs": a market's pricing or terms.
  if (MARKET_COMMENT_AFTER.test(after) || PRICED_FOR_BEFORE.test(before)) return true;
  // "Re the Texas sites: we're leaving Houston out": the topic a note opens on asks for nothing; what it says does.
  if (TOPIC_END.test(after) && TOPIC_OPENING.test(text.lower.slice(sentenceStartBefore(text, start), start))) return true;
  // "Investors asked about the HQ": one building already known, named, asks for no type.
  if (isOneBuildingMention(text.lower, start, end)) return true;
  // "buyer depth for the Inland Empire boxes is excellent": a place or type the market talk names.
  if (isMarketCommentary(text, start, end)) return true;
  // "the same two logistics funds are buying", "after the Chicago office renewal": a firm or an event described.
  if (isDescriptiveMention(text, start, end)) return true;
  return WHEN_BEFORE.test(before) && PAST_AFTER.test(after);
}
