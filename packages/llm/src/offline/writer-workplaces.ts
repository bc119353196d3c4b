import type { BriefText } from './brief-text.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

// Where the writer works, where colleagues sit, and who signs the note say who writes, not where to sell: "I'm in
// procurement in the Inland Empire", "Hey, logistics planning lead, Columbus hub", "started Monday in the Toronto
// office", "Our Atlanta colleagues will help with the paperwork", "We had a chat about this at the Newark offsite", a
// signature "Marcus Lee | Real Estate Director | Northwind Logistics | Chicago". The workplace's kind ("hub",
// "office", "warehouse") names the writer's own building, not a type to sell. The place may be one the portfolio
// does not hold ("the Toronto office"), so a name written with capitals is claimed too.

/** A building or unit the writer works in: "hub", "office", "site", "warehouse", "region", "team". */
const WORKPLACE = '(?:hub|office|site|plant|warehouse|dc|campus|facility|branch|region|area|team|depot|store|lab)';

/**
 * What may follow the writer's place, up to the end of the introduction: its kind ("hub", "office"), a state
 * (", TX"), and the sentence's end, a dash before the next clause ("in the Inland Empire - we've been asked"), or the
 * writing itself ("Plant manager in Ohio writing on behalf of corporate"), how long the writer has been there ("for
 * eleven years"), or an "and" that goes on about the writer or others ("and people say it's on a list"); a dash may be typed as two hyphens.
 */
const WORKPLACE_END = new RegExp(
  String.raw`^(?:\s+${WORKPLACE})?(?:\s*,\s*[a-z]{2}\b)?(?:\s*(?:[.:;!,\n]|$)|[^\S\n]+(?:--|[-\u2013\u2014])[^\S\n]|[^\S\n]+(?=for[^\S\n]+(?:[a-z0-9-]+[^\S\n]+){0,2}(?:years?|months?|decades?)\b)|[^\S\n]+(?=and[^\S\n]+(?:i|we|people|everyone|someone|they)\b)|[^\S\n]+(?=(?:writing|here)\b))`,
);

/**
 * Words that introduce where the writer works:
 * - "I'm in procurement in", "I am the site manager at the", "I'm the regional ops director out of the", "I'm in the
 *   controller's group in", "I'm writing from";
 * - the writer's years at a building: "I've managed a plant in the" (then "Chicago area for eleven years");
 * - the building the writer runs: "I manage the Kearny plant in" (then "New Jersey and people say ...");
 * - a first name and the team: "this is Mei from FP&A in", "it's Omar with treasury at";
 * - an opening note from a workplace: "Quick note from the " (then "Columbus hub -- I'm the site lead");
 * - a role for a region: "I'm the FP&A manager for the", "I am the HR director for our";
 * - "I run operations for the", "I manage logistics in", "I run distribution for the" (then "Dallas region");
 * - "started Monday in the", "joined last week at our";
 * - "Hello from facilities in", "Hi from the treasury team in";
 * - a title, then a comma, before a workplace: "logistics planning lead, ", "Operations analyst, ".
 * - a title opening a sentence, then where it sits: "Plant manager in ", "Site lead at the ";
 * - a greeting and a first name from a workplace: "Hey - Lucy from the ", "Hi, Omar at the ".
 * Words that end in "-ing" or "-ed" are verbs of the ask ("I'm looking for", "I'm interested in"), not a role.
 */
const WORKPLACE_INTRO = new RegExp(
  String.raw`(?:\bi['\u2019]m|\bi\s+am)\s+(?:the\s+|an?\s+|our\s+)?(?:(?![a-z]*(?:ing|ed)\b)[a-z&/'\u2019-]+\s+){0,4}(?:in|at|out\s+of|based\s+in|from)\s+(?:the\s+|our\s+)?` +
    String.raw`|(?:\bi['\u2019]m|\bi\s+am)\s+writing\s+(?:from|out\s+of)\s+(?:the\s+|our\s+)?` +
    String.raw`|\bi\s+(?:run|manage|oversee|lead|head)\s+(?:the|our|a)\s+(?:[a-z-]+\s+){0,2}(?:plant|site|warehouse|dc|office|hub|depot|store|lab|facility)\s+(?:in|at)\s+(?:the\s+)?` +
    String.raw`|\bi(?:['\u2019]ve|\s+have)\s+(?:managed|run|led|worked\s+(?:at|in)|been\s+(?:at|with))\s+(?:a|the|our)\s+(?:[a-z-]+\s+)?(?:plant|site|warehouse|dc|office|hub|depot|store|lab|facility)\s+(?:in|at)\s+(?:the\s+)?` +
    String.raw`|\b(?:this\s+is|it['\u2019]s)\s+[a-z]+\s+(?:from|at|with)\s+(?:the\s+|our\s+)?(?:[a-z&/-]+\s+){0,3}?(?:in|at)\s+(?:the\s+|our\s+)?` +
    String.raw`|(?:^|[\n.!?]\s*)(?:a\s+)?(?:quick\s+|short\s+)?(?:note|update|line|word|message)\s+from\s+(?:the\s+|our\s+)` +
    String.raw`|(?:\bi['\u2019]m|\bi\s+am)\s+(?:the\s+|an?\s+|our\s+)?(?:[a-z&/-]+\s+){0,3}(?:manager|director|lead|head|analyst|controller|vp)\s+for\s+(?:the\s+|our\s+)?` +
    String.raw`|\bi\s+(?:run|manage|oversee|head|lead|look\s+after)\s+(?:operations|ops|finance|procurement|logistics|distribution|warehousing|fulfil+ment|transport(?:ation)?|supply\s+chain|maintenance|real\s+estate|facilities|planning|sales|hr|it|the\s+team)\s+(?:for|in|at|across)\s+(?:the\s+|our\s+)?` +
    String.raw`|\b(?:started|joined|starting)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|today|yesterday|recently|last\s+week|this\s+week|last\s+month)\s+(?:in|at)\s+(?:the\s+|our\s+)?` +
    String.raw`|\b(?:hi|hello|hey|greetings)\b[\s,!.]*from\s+(?:the\s+|our\s+)?(?:[a-z&/-]+\s+){1,3}?(?:in|at)\s+(?:the\s+|our\s+)?` +
    String.raw`|(?:^|[\n.!?]\s*|\b(?:hi|hello|hey)\b[\s,!.]*)(?:[a-z&/-]+\s+){0,3}(?:lead|manager|director|analyst|head|supervisor|coordinator|planner|engineer|specialist|associate|broker)\s*,\s*(?:the\s+|our\s+)?` +
    String.raw`|(?:^|[\n.!?]\s*)(?:[a-z&/-]+\s+){0,2}(?:lead|manager|director|analyst|head|supervisor|controller|gm)\s+(?:in|at|from|out\s+of)\s+(?:the\s+|our\s+)?` +
    String.raw`|\b(?:hi|hello|hey)\b[^\S\n]*[,!.\u2013\u2014-]*[^\S\n]*(?!(?:sell|selling|raise|raising|proceeds|cash|money|only|just|all|everyone|team)\b)[a-z]+[^\S\n]+(?:here[^\S\n]+)?(?:from|at)\s+(?:the\s+|our\s+)`,
  'gm',
);

/** An introduction by the function the writer runs for a place ("I run distribution for the"), whose words a type reader may claim. */
const ROLE_WORD_INTRO =
  /\bi\s+(?:run|manage|oversee|head|lead|look\s+after)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:for|in|at|across)\s+(?:the\s+|our\s+)?$/;
/** A place written before the people or the event there: "Our Atlanta colleagues", "at the Newark offsite". */
const PEOPLE_OR_EVENT_AFTER =
  /^\s+(?:colleagues?|co-?workers?|teammates?|counterparts?|offsite|off-site|(?:site\s+)?(?:tour|visit)|town\s*hall|all-hands|ops\s+review|kick-?off|summit)\b/;
/** Whether people or an event of the kind `PEOPLE_OR_EVENT_AFTER` reads are named at all. */
const PEOPLE_OR_EVENT_NAMED =
  /\b(?:colleagues?|co-?workers?|teammates?|counterparts?|offsite|off-site|tour|visit|town\s*hall|all-hands|review|kick-?off|summit)\b/;
/** An opening before a place the people or event belong to. */
const PEOPLE_OR_EVENT_OPENING = /\b(?:our|my|the|a|an)\s+/g;

/** People said to be in a place: "A colleague in Phoenix", "our counterparts at the Dallas site", "a friend over in Reno". */
const PEOPLE_IN_PLACE =
  /\b(?:a|our|my|the|some)\s+(?:colleagues?|co-?workers?|teammates?|counterparts?|friends?|contacts?|peers?)\s+(?:(?:over|out|down|up)\s+)?(?:in|at|from|based\s+in)\s+(?:the\s+|our\s+)?/g;

/** A signature line: a person's name, then cells split by bars ("Marcus Lee | Real Estate Director | Northwind | Chicago"). */
const BARRED_SIGNATURE = /^[A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){1,2}\s*\|[^\n\d$]*$/gmu;
/**
 * A sign-off, a first name, and the title line under it: "Thanks,\nNeil\nHead of Corporate Development, Phoenix".
 * The title line must hold a title, so that an ask written after a name is not taken for one.
 */
const SIGNED_TITLE =
  /^(?:thanks|thank\s+you|many\s+thanks|best|regards|best\s+regards|kind\s+regards|cheers|ta)[,!.]?[^\S\n]*\n[^\S\n]*[A-Z][\p{L}.'-]+(?:[^\S\n]+[A-Z][\p{L}.'-]+)?[^\S\n]*\n(?<title>[^\n\d$]{0,60}\b(?:director|head|vp|manager|analyst|officer|treasurer|controller|cfo|coo|ceo|lead|president|counsel|partner)\b[^\n\d$]{0,60})$/gimu;
/** The lines under a signature delimiter ("-- "), up to a blank line or a quoted reply. */
const AFTER_DELIMITER = /^--[^\S\n]*\n(?<block>(?:[^\n>$]+\n?){1,4})/gm;

/**
 * A sign-off line: "Thanks,", "Best", "Kind regards,", "Yours sincerely,", "Speak tomorrow,", with the writer's name after it ("Thanks,
 * Victor") and a bracket ("Regards, Helen (Controller, Chicago)"); the name is checked for its capital.
 */
const SIGN_OFF =
  /^[^\S\n]*(?:thanks|thank\s+you|many\s+thanks|best(?:\s+regards|\s+wishes)?|regards|kind\s+regards|warm\s+regards|cheers|(?:yours\s+)?(?:sincerely|faithfully|truly)|(?:speak|talk)\s+(?:soon|tomorrow|later|next\s+week))[^\S\n]*[,.!]?(?<name>[^\S\n]*[a-z\p{L}][\p{L}.'-]*(?:[^\S\n]+[\p{L}][\p{L}.'-]*)?)?(?:[^\S\n]*\([^()\n]{0,60}\))?[^\S\n]*$/gmu;
/**
 * What a signature line never holds: a figure, or a word that asks or rules out ("PS: exclude Dallas", "Only
 * Texas."). A line that holds one ends the signature.
 */
const SIGNATURE_ASK =
  /[$%]|\d\s*(?:x|m|mm|mn|bn|million|years?)\b|\d[.,]\d|\b(?:sell|selling|raise|exclude|excluding|only|keep|target|floor|cap|leverage|coverage|fccr|lease|leases|rent|mortgag\w*|please|need|want|ps|p\.s|don['\u2019]t|no|not|skip|avoid|drop|except|include|including)\b/;
/** How many lines a signature under a sign-off may run to. */
const SIGNATURE_LINES = 6;

/**
 * "Kind regards,\nBogdan Ilić\nGroup Treasury | Newark", "Speak tomorrow,\nGiulia\n\nGiulia Marchetti | Director,
 * Treasury\n1 Commerce Way, Dallas TX": a sign-off, then the lines under it to the end of the note, none of which asks
 * for anything, are the writer's name, title, company and address. The first line that asks ends them.
 */
function claimSignOffBlocks(text: BriefText): void {
  for (const match of text.lower.matchAll(SIGN_OFF)) {
    const name = match.groups?.['name']?.trim() ?? '';
    const at = (match.index ?? 0) + match[0].indexOf(name);
    // "Thanks, exclude Dallas": a name is written with a capital.
    if (name !== '' && !/^\p{Lu}/u.test(text.source.slice(at))) continue;
    const lines = text.lower
      .slice((match.index ?? 0) + match[0].length)
      .split('\n')
      .slice(1);
    if (lines.filter((line) => line.trim() !== '').length > SIGNATURE_LINES || SIGNATURE_ASK.test(match[0])) continue;
    let start = (match.index ?? 0) + match[0].length + 1;
    const signed: [number, number][] = [[match.index ?? 0, (match.index ?? 0) + match[0].length]];
    let asks = false;
    for (const line of lines) {
      if (SIGNATURE_ASK.test(line)) {
        asks = true;
        break;
      }
      signed.push([start, start + line.length]);
      start += line.length + 1;
    }
    // A sign-off with an ask under it is not the note's end: "Thanks,\nSam\nPlease exclude Dallas."
    if (asks) continue;
    for (const [from, to] of signed) claimFreeRuns(text, from, to);
  }
}

/** The end of a name written with capitals, up to three words: "Toronto", "Kansas City", "Inland Empire". */
const CAPITALISED_NAME = /^[A-Z][\p{L}.'-]*(?:[^\S\n]+[A-Z][\p{L}.'-]*){0,2}/u;

/** Where a place starting at `from` ends: a place of the portfolio's, or a name written with capitals; -1 if neither. */
function placeEnd(text: BriefText, from: number, vocabulary: PlaceVocabulary): number {
  const list = readList(text, from, vocabulary, false);
  if (list?.items.every((item) => item.match?.item.kind !== 'type')) return list.end;
  const name = CAPITALISED_NAME.exec(text.source.slice(from));
  return name === null ? -1 : from + name[0].length;
}

/** Claims every run of free characters between `start` and `end`: a signature a reader has partly claimed is claimed whole. */
function claimFreeRuns(text: BriefText, start: number, end: number): void {
  let run = -1;
  for (let position = start; position <= end; position++) {
    const free = position < end && text.isFree(position, position + 1);
    if (free && run < 0) run = position;
    else if (!free && run >= 0) {
      text.claim(run, position);
      run = -1;
    }
  }
}

/**
 * Claims the writer's workplace ("logistics planning lead, Columbus hub", "I'm in procurement in Phoenix"), the
 * places of colleagues and of office events ("Our Atlanta colleagues", "the Newark offsite"), and signature lines, so
 * that none of them is read as a market or a type to sell.
 */
export function claimWriterWorkplaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(WORKPLACE_INTRO)) {
    const from = match.index + match[0].length;
    const end = placeEnd(text, from, vocabulary);
    if (end < 0) continue;
    const tail = WORKPLACE_END.exec(text.lower.slice(end));
    if (tail === null) continue;
    const stop = end + tail[0].replace(/\s*(?:[.:;!,\n])?$/, '').length;
    const start = match.index + (/^[^a-z]*/.exec(match[0])?.[0].length ?? 0);
    if (text.isFree(start, stop)) text.claim(start, stop);
    // "I run distribution for the Dallas region": a department that is also a type word may already be claimed as
    // the writer's role; the workplace after it is still the writer's own.
    else if (text.isFree(from, stop) && ROLE_WORD_INTRO.test(match[0])) text.claim(from, stop);
  }
  // Every article opens a possible place, so the articles are read only when such people or an event are named.
  const peopleOrEvent = PEOPLE_OR_EVENT_NAMED.test(text.lower);
  for (const match of peopleOrEvent ? text.freeMatches(PEOPLE_OR_EVENT_OPENING) : []) {
    const end = placeEnd(text, match.index + match[0].length, vocabulary);
    const after = end < 0 ? null : PEOPLE_OR_EVENT_AFTER.exec(text.lower.slice(end));
    if (after !== null && text.isFree(match.index, end + after[0].length)) text.claim(match.index, end + after[0].length);
  }
  for (const match of text.freeMatches(PEOPLE_IN_PLACE)) {
    const end = placeEnd(text, match.index + match[0].length, vocabulary);
    if (end > 0 && text.isFree(match.index, end)) text.claim(match.index, end);
  }
  claimSignOffBlocks(text);
  // A signature is found on the text as written: the name's capitals are what mark it.
  for (const pattern of [BARRED_SIGNATURE, SIGNED_TITLE, AFTER_DELIMITER]) {
    for (const match of text.source.matchAll(pattern)) {
      const part = match.groups?.['title'] ?? match.groups?.['block'] ?? match[0];
      let start = (match.index ?? 0) + match[0].lastIndexOf(part);
      // Line by line, so that a line another reader has claimed leaves the others to claim.
      for (const line of part.split('\n')) {
        claimFreeRuns(text, start, start + line.trimEnd().length);
        start += line.length + 1;
      }
    }
  }
}
