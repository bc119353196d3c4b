import type { BriefText } from './brief-text.js';

/*
 * "Plant controller.", "Logistics director. Keep ...", "Hey, it's the logistics director", "Dana (logistics): what's
 * the number?", "Logistics again.", "I direct logistics for the Gulf region", "the ask from the plant side": a type's
 * word naming the writer's department or job says who writes, not which buildings to sell. The buildings those
 * departments run are asked for only in words of their own ("Logistics. Warehouses only.").
 */

/** The type words a department or a job is named by: "logistics", "plant", "warehouse", "store". */
const DEPARTMENT_WORD = String.raw`(?:logistics|distribution|fulfil?l?ment|warehous(?:e|ing)|plants?|factory|manufacturing|stores?|retail|labs?|research|office|data\s+cent(?:er|re)s?|dc)`;

/**
 * A job or a group of people after a department word: "plant controller", "logistics director", "the warehouse
 * team", "store operations lead", "plant HR manager", "a plant guy", "plant mgr", and the operations alone as a sign-on ("Store operations here."). Never a word
 * that goes on to name a thing ("lead times", "head count", "manager's office" is still a job).
 */
const JOB_AFTER = String.raw`(?:(?:operations|ops)(?=\s+(?:here|again|speaking)\b)|(?:(?:operations|ops|hr|it|finance|safety|ehs|quality|maintenance|engineering|facilities|security|shift|site|general)\s+)?(?:controllers?|managers?|mgrs?|directors?|dirs?|leads?(?!\s+times?\b)|heads?(?!\s*counts?\b)|supervisors?|planners?|analysts?|coordinators?|engineers?|accountants?|team|staff|crew|people|folks|guys?|gals?|person))\b`;

/**
 * What stands before a job's department word: the start of a line or sentence, or an article or possessive ("the
 * logistics director", "our warehouse team"). A place or a name before it ("the Dallas warehouse team", "Newark
 * Regional Office manager") makes the words a building's, left to the readers of places and assets.
 */
const JOB_OPENING = String.raw`(?<=(?:^|[\n.!?,;:(]\s*|\b(?:the|our|my|your|their|its|a|an|it['\u2019]s|from|hey|hi)\s+))`;

/**
 * "the core logistics operation", "our logistics business": the department as a line of business, which is no
 * building to sell, whatever stands before it.
 */
const LOGISTICS_BUSINESS = /\blogistics(?=\s+(?:operations?|business|division|department|function|organi[sz]ation)\b)/g;

/**
 * "Plant controller", "the logistics director", "our warehouse team": a department word naming a job or a group;
 * "the plant side" too, though "the retail side" may be the stores themselves and is left to the readers of types.
 */
const DEPARTMENT_JOB = new RegExp(
  String.raw`${JOB_OPENING}(?:${DEPARTMENT_WORD}(?=\s+${JOB_AFTER})|(?:plant|factory|logistics|warehouse)(?=\s+side\b))`,
  'g',
);

/** "Dana (logistics): ...": a department in brackets after a speaker's name, before what they say. */
const SPEAKER_DEPARTMENT = new RegExp(String.raw`(?<=\(\s*)${DEPARTMENT_WORD}(?=\s*\)\s*:)`, 'g');

/**
 * "Logistics.", "Logistics again.", "Logistics here -": the department alone as a sign-on at the start of a line.
 * Only "logistics" names a department and never a building, so a bare "Warehouses." opening a line stays a type.
 */
const DEPARTMENT_SIGN_ON = /(?<=^[ \t]*)logistics(?=(?:\s+(?:again|here|speaking))?\s*[.!,\u2014-](?:\s|$))/gm;

/**
 * "I direct logistics for the Gulf region", "we run distribution out of Ontario": a department the writer runs,
 * never its buildings ("I manage distribution centers" names them, and is left to the readers of types).
 */
const DEPARTMENT_RUN =
  /(?<=\b(?:i|we)\s+(?:direct|run|manage|head|lead|oversee|handle|look\s+after|work\s+in)\s+)(?:logistics|distribution|warehousing|manufacturing|research)\b(?!\s*(?:-|sites?|buildings?|assets?|propert|portfolio|facilit|real\s+estate|cent(?:er|re)s?|hubs?|boxes))/g;

/** The plural of each type's word, as the writer's own buildings or the rooms people work in are written. */
const PLURAL_TYPE = String.raw`(?:distribution\s+cent(?:er|re)s|dcs|hubs|warehouses|plants|factories|stores|parts\s+stores|offices|labs|data\s+cent(?:er|re)s)`;

/**
 * "We manage both data centers", "I run all our parts stores", "we look after the two labs", "I run operations for our
 * warehouses", "I handle maintenance at the plants": the buildings the writer runs, or whose operations the writer
 * runs, named to say who writes; a sale of them is asked for in other words ("sell both data centers").
 */
const BUILDINGS_RUN = new RegExp(
  String.raw`(?<=\b(?:i|we)\s+(?:manage|run|oversee|operate|look\s+after|staff|handle|head(?:\s+up)?|lead)\s+(?:(?:both|all|the\s+two|the\s+three|our\s+two|all\s+(?:of\s+)?(?:our|the))\s+(?:of\s+(?:our|the)\s+)?|(?:the\s+)?(?:operations|ops|maintenance|security|facilities|logistics|safety|staffing)\s+(?:for|at|across|in)\s+(?:all\s+)?(?:of\s+)?(?:our|the)\s+))${PLURAL_TYPE}\b`,
  'g',
);

/**
 * "Our people in offices and labs need stability", "the staff at our plants": the people who work in a type, which
 * says who the sale affects, not which buildings to sell.
 */
const PEOPLE_IN = new RegExp(
  String.raw`(?<=\b(?:our|the)\s+(?:people|staff|employees|workers|colleagues|teams?|workforce)\s+(?:in|at)\s+(?:the\s+|our\s+)?)${PLURAL_TYPE}(?:\s+and\s+(?:the\s+|our\s+)?${PLURAL_TYPE})?\b`,
  'g',
);

/**
 * "Jackie from the Phoenix office here", "Sam from the Newark office here": the office a writer signs on from, which
 * names no asset type, nor asks for its market.
 */
const OFFICE_SIGN_ON = /(?<=\bfrom\s+)(?:the|our)\s+(?:[a-z]+\s+){0,2}?office(?=\s+here\b)/g;

/**
 * "Hey - Lucy from the Dallas office.", "Hi all, Omar from our Tempe office:": a greeting's name and the office its
 * writer is in, ending its clause. Only after a greeting or at a line's start, so that "$20M from the Tempe office"
 * (a building named as the source of proceeds) is left to the readers of assets.
 */
const GREETED_OFFICE_SIGN_ON =
  /(?<=(?:^|\n|\b(?:hi|hey|hello|morning|afternoon)\b(?:[^\S\n]+(?:all|team|everyone|folks))?[^\S\n]*[-,!:\u2013\u2014]?[^\S\n]*|\b(?:this\s+is|it['\u2019]s)\s+)[a-z]+(?:\s+[a-z]+)?\s+from\s+)(?:the|our)\s+(?:[a-z]+\s+){0,2}?office(?<!regional\s+office)(?=[^\S\n]*(?:[.,:;!\n]|$|[-\u2013\u2014]\s))/g;

/**
 * "Business unit: Logistics", "Department: Retail", "Team: plant ops": a form's label for the writer's own unit, whose
 * answer names who asks, not which buildings to sell.
 */
const UNIT_LABEL = new RegExp(
  String.raw`\b(?=${DEPARTMENT_WORD}\b)(?<=(?:^|\n)[^\S\n]*(?:business\s+unit|department|dept\.?|division|team|function|group|requester['\u2019]?s?\s+unit)[^\S\n]*:[^\S\n]*)${DEPARTMENT_WORD}\b`,
  'g',
);

/** A region's word before the writer's buildings: "the southeast stores", "the north and south plants". */
const REGION_WORD =
  '(?:(?:north|south)(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|midwest(?:ern)?|central|gulf|coastal|regional|local)';

/**
 * "I look after the southeast and southwest stores", "we run the gulf plants": the writer's buildings of a region,
 * named to say who writes; a sale of them is asked for in other words ("sell the southeast stores").
 */
const REGION_BUILDINGS_RUN = new RegExp(
  String.raw`\b(?=${PLURAL_TYPE}\b)(?<=\b(?:i|we)\s+(?:manage|run|oversee|operate|look\s+after|staff)\s+(?:the|our|my)\s+${REGION_WORD}(?:\s*(?:and|&|\/)\s*${REGION_WORD})?\s+)${PLURAL_TYPE}\b`,
  'g',
);

/**
 * "Requester: Hal Brennan (Columbus office)", "Notes - real estate sync (Atlanta office)": the office a writer or a
 * meeting is at, in a bracket that closes its line, which names no asset type. A building's own name ("(Houston
 * Regional Office)") is left to the readers of assets. The word is looked for first, so that the look back runs only
 * where it stands.
 */
const OFFICE_BRACKET_LINE_END = /\b(?=office\b)(?<=\(\s*[a-z]+(?:\s+[a-z]+)?\s+)office(?=\s*\)[^\S\n]*(?:\n|$))(?<!regional\s+office)/g;

/**
 * "Atlanta warehouse lead, just passing this on:", "Columbus warehouse lead.", "Dublin lab director here.": a sign-on
 * opening its line, a place or a name before the department word and the job, that says who writes. The whole
 * sign-on is claimed: neither its place nor its type is asked for. A building's own name ("Newark Regional Office
 * manager") is left to the readers of assets.
 */
const PLACED_JOB_SIGN_ON = new RegExp(
  String.raw`(?<=(?:^|\n)[^\S\n]*)[a-z][a-z.'-]*(?:[^\S\n]+[a-z][a-z.'-]*)?[^\S\n]+${DEPARTMENT_WORD}[^\S\n]+${JOB_AFTER}(?:[^\S\n]+here)?(?=[^\S\n]*(?:[.,:;!\u2013\u2014-]|$))(?<!\bregional\s+office\s+\w+(?:\s+here)?)`,
  'gm',
);

/** "Writing from the Atlanta office.", "emailing from our Chicago office": the office a writer writes from. */
const WRITING_FROM_OFFICE =
  /(?<=\b(?:writing|emailing|calling|messaging|reporting|sending\s+this|typing\s+this)\s+(?:in\s+)?from\s+(?:the|our)\s+(?:[a-z]+\s+){0,2}?)office\b(?<!regional\s+office)(?!\s+(?:building|portfolio|assets?|sites?|propert))/g;

/** A meeting's word: "meeting", "sync", "call", "review", "offsite". */
const MEETING = String.raw`(?:meeting|sync|catch[-\s]?up|call|offsite|workshop|session|review|huddle|stand[-\s]?up)s?`;
/** "Next meeting in Atlanta office, Tuesday", "the review will be held at our Dallas office": where people meet. */
const MEETING_OFFICE = new RegExp(
  String.raw`(?<=\b(?:next|last|the|our|this|today['\u2019]s|tomorrow['\u2019]s|weekly|monthly)\s+${MEETING}\s+(?:(?:is|was|will\s+be)\s+)?(?:held\s+)?(?:in|at)\s+(?:the\s+|our\s+)?(?:[a-z]+\s+){0,2}?)office\b(?<!regional\s+office)`,
  'g',
);

/**
 * Claims the type words that name the writer's department or job ("Plant controller.", "Logistics director.",
 * "Dana (logistics):", "Logistics again.", "I direct logistics for the Gulf region"), the buildings the writer runs
 * ("we manage both data centers"), the people working in a type ("our people in offices and labs"), the office a
 * writer signs on or writes from ("Jackie from the Phoenix office here", "Writing from the Atlanta office") and the
 * office a meeting is held in, so that no reader asks for the type they name.
 */
export function claimWriterRoleTypes(text: BriefText): void {
  for (const pattern of [
    DEPARTMENT_JOB,
    LOGISTICS_BUSINESS,
    SPEAKER_DEPARTMENT,
    DEPARTMENT_SIGN_ON,
    DEPARTMENT_RUN,
    BUILDINGS_RUN,
    PEOPLE_IN,
    OFFICE_SIGN_ON,
    GREETED_OFFICE_SIGN_ON,
    UNIT_LABEL,
    REGION_BUILDINGS_RUN,
    OFFICE_BRACKET_LINE_END,
    PLACED_JOB_SIGN_ON,
    WRITING_FROM_OFFICE,
    MEETING_OFFICE,
  ]) {
    for (const found of text.lower.matchAll(pattern)) {
      const end = found.index + found[0].length;
      if (text.isFree(found.index, end)) text.claim(found.index, end);
    }
  }
}
