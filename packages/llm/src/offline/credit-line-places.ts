import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

// A brief's credit lines say who made, owns, checks or attended it: "Prepared by | Chicago FP&A", "owner: fpa-atlanta",
// "contact = re-ops (Columbus)", "A5 Owner   B5 J. Banks (Atlanta)", "- Attendees: ops Columbus, finance Houston",
// "- Host: Houston office", "note taker: Jo (Atlanta)", "Reviewed by: Dallas tax team; sign-off pending from Atlanta",
// "Reporter: K. Singh (Phoenix).", "Minutes taken by the Newark admin team.", "Signed, K. Patel, Newark", a form's
// "Completed by: Sarah K., Inland Empire", a ticket's "Watchers: @houston-fpa", a mail's "Cc: audit (Atlanta office)"
// a deal's "Adviser: Evercore (Houston)" and a memo's "Distribution: CFO, Head of RE (Chicago)". The places in them say where people sit or meet, never where to sell, so a careful reader takes them as background.

/**
 * The label of a credit: who prepared, owns, asked for, wrote down, hosted, attended, reviewed, completed, watches, is
 * copied on (a memo's "Distribution:" or "Circulation:" list), advises on or signed off a brief, leads or is the contact for a region or a site ("Region lead: Chicago",
 * "Site contact: Rosa (Houston)"), brokers it ("Broker: Halvorsen & Pike, Chicago") or sent it ("Submitted from: Newark HQ"), or the business unit asking
 * ("Business unit: Southeast Region (Atlanta)"),
 * in words or as a config key ("requested_by", "submitted_by", "prepared_by"); and a bullet of the next meeting
 * ("* Next sync: Thursday, Columbus office").
 */
const CREDIT_LABEL = String.raw`(?:prepared(?:[\s_]+by)?|owner|owned[\s_]+by|contacts?|requested[\s_]+by|requester|requestor|submitted[\s_]+by|submitter|reporter|author|written[\s_]+by|note[\s_-]*taker|(?:minutes|notes)[\s_]+(?:taken|written|kept)[\s_]+by|attendees|participants|host(?:ed[\s_]+by)?|reviewed[\s_]+by|completed[\s_]+by|filled[\s_]+(?:in|out)[\s_]+by|watchers|subscribers|followers|assignees?|b?cc|distribution(?:[\s_]+list)?|circulation|(?:financial[\s_]+|legal[\s_]+|lead[\s_]+)?advis[eo]rs?|reviewer|approved[\s_]+by|approver|checked[\s_]+by|sign[\s_-]*off(?:[\s_]+by)?|signed(?:[\s_]+off[\s_]+by)?|(?:region(?:al)?|site|area|local|deal|project)[\s_]+(?:leads?|contacts?|owners?|managers?|heads?|sponsors?)|brokers?|(?:listing[\s_]+)?agents?|submitted[\s_]+from|sent[\s_]+from|(?:requesting[\s_]+)?business[\s_]+units?|(?:next|upcoming|following)[\s_]+(?:meeting|sync|call|session|review|check[\s-]?in))`;

/**
 * A credit opening a line or a sentence, with what may stand before it (a comment's "#", a bullet, a table's border,
 * a sheet's cell address, a key's quote) and what ends the label: a colon, an equals sign, a comma of a CSV row, a
 * table's border, a gap of spaces before the value or its cell address ("A5 Owner   B5"), or a plain "by" phrase's
 * space ("Minutes taken by the Newark admin team").
 */
const CREDIT_LINE = new RegExp(
  String.raw`(?:^|(?<=[.!?][^\S\n]+))[^\S\n]*(?:[#*>\u2022-]+[^\S\n]*|:[^\S\n]*|[a-z]{1,2}\d{1,4}[^\S\n]+)?["']?${CREDIT_LABEL}["']?(?:[^\S\n]*[:=,][^\S\n]*|[^\S\n]{2,}(?:[a-z]{1,2}\d{1,4}[^\S\n]+)?|(?<=by)[^\S\n]+)`,
  'gm',
);

/** Where a credit's value ends: the line's end, or a sentence's full stop that is no initial ("K. Singh" runs on). */
const VALUE_END = /\n|(?<!(?:^|[^a-z])[a-z])[.!?](?=\s)/;

/** Words that make a credit an ask after all: "Owner: treasury - only Texas", "Reviewed by Dallas; exclude Newark". */
const ASKING_WORDS =
  /\b(?:only|exclud\w*|except|no|not|nothing|none|never|sell\w*|sold|keep|avoid|include\w*|target\w*|skip|drop|limit\w*|restrict\w*|outside|off[-\s]+(?:limits|the\s+table))\b/;

/** Claims the places in a brief's credit lines (who prepared, owns, attended or reviewed it), so that they ask for nothing. */
export function claimCreditLinePlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  // The label may be claimed already (a form's "Reporter:" read as a key): only the places after it matter here.
  for (const match of text.lower.matchAll(CREDIT_LINE)) {
    const from = match.index + match[0].length;
    const end = VALUE_END.exec(text.lower.slice(from));
    const to = end === null ? text.lower.length : from + end.index;
    // "Owner: Dallas - only Texas assets": a value that asks is read by the readers of asks.
    if (ASKING_WORDS.test(text.lower.slice(from, to))) continue;
    for (const place of freePlacesIn(text, vocabulary, from, to)) text.claim(place.start, place.end);
  }
}
