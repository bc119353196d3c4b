import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * Where the people of a note sit or travel: a bracket of who is where ("Call notes (me in Houston, CFO in Chicago)",
 * "(I'm in Newark; Sam in Dallas)"), a role away for a visit ("CFO in Phoenix for the Chandler walkthrough") and
 * someone who sits in an office ("our banker, who sits in our Newark office, says"). The place says where a person is,
 * never where to sell; the list readers would otherwise take it as asked for.
 */

/** The roles a note names people by. */
const ROLE = 'cfo|ceo|coo|cto|treasurer|controller|banker|counsel|chair|president|gc|vp';

/**
 * A person then "in" right before a place, after a bracket's opening or a separator in it (anchored at the end):
 * "(me in ", ", CFO in ", "; Sam in ", "(I'm in ". Group `name` is a word that must be written with a capital.
 */
const PERSON_IN_BRACKET_BEFORE = new RegExp(
  String.raw`[(;,][^\S\n]*(?:me|i['\u2019]m|i\s+am|(?:the\s+|our\s+)?(?:${ROLE})|(?<name>[a-z]{2,15}))[^\S\n]+(?:is[^\S\n]+|was[^\S\n]+)?in[^\S\n]+(?:the[^\S\n]+)?$`,
);
/** What ends a person's place in the bracket: the next person after a separator, or the bracket's end. */
const BRACKET_ITEM_END = /^[^\S\n]*(?:office|hq)?[^\S\n]*[;,)]/;

/** A role then "in" right before a place, at the start of a note's sentence or after a colon: "CFO in ". */
const ROLE_IN_BEFORE = new RegExp(String.raw`(?:^|[.:;\n][^\S\n]*)(?:the\s+|our\s+)?(?:${ROLE})[^\S\n]+(?:is[^\S\n]+)?in[^\S\n]+$`);
/** A visit or a stay after a role's place: "for the Chandler walkthrough", "this week", "all week", "today". */
const VISIT_AFTER =
  /^[^\S\n]+(?:for[^\S\n]+(?:the|a|our)[^\S\n]+[^.;\n]{0,30}?\b(?:walkthrough|walk-through|visit|tour|meeting|offsite|off-site|inspection|review)\b|this[^\S\n]+week|all[^\S\n]+week|today|tomorrow)/;

/** Someone who sits or works in an office (anchored at the end): "who sits in our ", "who works in the ". */
const SITS_IN_BEFORE = /\bwho\s+(?:sits|works|is\s+based|is\s+located)\s+in\s+(?:our|the)\s+$/;
/** The office after a place someone sits in. */
const OFFICE_AFTER = /^\s+(?:office|hq|headquarters|team)\b/;

/** Words written with a capital that open an ask or name things, never a person. */
const NOT_A_NAME =
  /^(?:only|exclude|excluding|except|sell|keep|avoid|skip|drop|no|not|none|nothing|anything|everything|include|including|all|and|or|plus|assets|buildings|sites|properties|stores|offices|warehouses|plants|labs|markets|also|but|even|just)$/;

/** Claims the places of a bracket of who sits where, of a role away for a visit, and of an office someone sits in. */
export function claimPeopleSittingInPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  // Cheap guard: every such place follows " in ".
  if (!text.lower.includes(' in ')) return;
  for (const place of freePlacesIn(text, vocabulary)) {
    const before = text.lower.slice(Math.max(0, place.start - 40), place.start);
    const after = text.lower.slice(place.end, place.end + 60);
    const inBracket = PERSON_IN_BRACKET_BEFORE.exec(before);
    if (inBracket !== null && BRACKET_ITEM_END.test(after) && isInsideBracket(text.lower, place.start)) {
      const name = inBracket.groups?.['name'];
      // A name is written with a capital and is no word of an ask ("(Assets in Dallas, ...)" names nobody).
      const nameStart = place.start - before.length + inBracket.index + inBracket[0].indexOf(name ?? '\u0000');
      if (name === undefined || (/^[A-Z]/.test(text.source.slice(nameStart, nameStart + 1)) && !NOT_A_NAME.test(name))) {
        text.claim(place.start, place.end);
        continue;
      }
    }
    if ((ROLE_IN_BEFORE.test(before) && VISIT_AFTER.test(after)) || (SITS_IN_BEFORE.test(before) && OFFICE_AFTER.test(after)))
      text.claim(place.start, place.end);
  }
}

/** True when `index` stands inside a bracket opened at most a line before it and not yet closed. */
function isInsideBracket(lower: string, index: number): boolean {
  const opening = lower.lastIndexOf('(', index);
  return (
    opening !== -1 && index - opening < 120 && !lower.slice(opening, index).includes(')') && !lower.slice(opening, index).includes('\n')
  );
}
