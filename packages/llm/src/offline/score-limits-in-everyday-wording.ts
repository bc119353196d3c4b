import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';

// Score limits said in everyday words the score readers do not know, restated in words they do: a comparative of
// criticality or leaseability ("sites less critical than 0.4": with criticality below 0.4; "keep away from anything
// more critical than 0.55": exclude anything more critical than 0.55), the criticality score named by what it rates ("its essential-to-operations rating is 0.7 or less"),
// "that score" after words on how losing a building would hurt ("anything that would cripple us to lose - nothing above
// 0.6 on that score"), the leaseability score named as how easily a building re-lets ("anything below 0.6 on how easily
// it re-lets"), and a place of sale where someone else could take the building over, with its level ("only where
// another tenant could take the building over easily - 0.72 or better"). Each restatement keeps the level as written.

/** What a limit is put on: "anything", "nothing", "any building", "sites", "whatever". */
const SOLD_THING = String.raw`(?:anything|nothing|everything|whatever|any(?:\s+(?:building|site|asset|property|facility|location))s?|(?:buildings?|sites?|assets?|properties|facilities|locations|ones))`;

/** A score's level: "0.55", ".7", "1.0"; never a percentage, a multiple or part of a longer number. */
const LEVEL = String.raw`(?<level>0?\.\d{1,3}|1\.0+)(?![\d%x])`;

/**
 * A comparative of a score after what is sold: "sites less critical than 0.4", "buildings less leasable than 0.5",
 * "anything harder to re-let than 0.4". Only after a thing sold, so that "the hub is less critical than 0.3", said of
 * one building, is no limit. "More critical than" is left as written: the score readers know it.
 */
const SCORE_COMPARATIVE = new RegExp(
  String.raw`(?<=\b${SOLD_THING}\s+(?:(?:that|which)\s+(?:is|are)\s+|(?:that|which)['\u2019]s\s+)?)(?<comparative>less\s+critical|(?:more|less)\s+(?:easily\s+)?(?:re[-\s]?)?(?:leas(?:e)?able|lettable)|(?:harder|easier)\s+to\s+re[-\s]?(?:let|lease))\s+than\s+${LEVEL}`,
  'gi',
);

/**
 * Keeping away from what is sold, said as no reader's verb of exclusion: "keep away from anything", "stay away from
 * sites", "steer clear of anything". Restated "exclude" only when a score comparative follows in the same clause ("more
 * critical than 0.55", "harder to re-let than 0.4").
 */
const KEEP_AWAY_FROM = new RegExp(
  String.raw`\b(?:keep|stay|steer)\s+(?:well\s+)?(?:away|clear)\s+(?:from|of)(?=\s+${SOLD_THING}\s+[^.;\n]{0,20}?\b(?:(?:more|less)\s+(?:critical|(?:easily\s+)?(?:re[-\s]?)?(?:leas(?:e)?able|lettable))|(?:harder|easier)\s+to\s+re[-\s]?(?:let|lease))\s+than\s+0?\.\d)`,
  'gi',
);

/**
 * The criticality score named by what it rates: "its essential-to-operations rating", "the critical-to-the-business
 * score", "mission-critical rating", "operational-importance score". Restated "criticality". A name opened by "how"
 * ("the how-important-to-operations score") is the plain names' own and is left to them.
 */
const CRITICALITY_RATING =
  /(?<!\bhow[-\s])\b(?:(?:essential|critical|vital|important)[-\s]to[-\s](?:the[-\s]|our[-\s])?(?:operations|ops|business|company)|mission[-\s]critical(?:ity)?|operational[-\s](?:importance|criticality)|business[-\s](?:criticality|importance))[-\s](?:rating|score|scale|level)s?(?![a-z])/gi;

/**
 * Words on how losing a building would hurt: "would cripple us to lose", "would hurt badly to lose", "can't operate
 * without", "essential to operations". They name criticality for "that score" later in the sentence.
 */
const HURT_BY_LOSING =
  /\b(?:cripple|hurt|harm|damage|paraly[sz]e|sink|kill|cost)\w*\b[^.;\n]{0,30}?\b(?:lose|losing|lost|without)\b|\b(?:can['\u2019]?t|cannot|could\s+not|couldn['\u2019]?t)\s+(?:do|operate|run|function|live)\s+without\b|\b(?:essential|critical|vital)\s+(?:to|for)\s+(?:our\s+|the\s+)?(?:operations|ops|business)\b/i;

/** Words on letting a building again, which make "that score" leaseability and leave it to its own reader. */
const LETTING_WORDS = /\bre[-\s]?(?:let|lease)|\b(?:new|another|other|next)\s+(?:tenant|occupier|occupant|lessee)s?\b|\bleas[e]?ability\b/i;

/**
 * A level capped from above on "that score": "nothing above 0.6 on that score", "none over 0.5 on this scale". The
 * words from the bound to the scale are restated "with criticality above" the level.
 */
const ABOVE_ON_THAT_SCORE = new RegExp(
  String.raw`\b(?<lead>nothing|none|no\s+(?:building|site|asset|property)s?|anything)\s+(?:(?:rated|scored|scoring|that\s+scores?)\s+)?(?:above|over|higher\s+than|more\s+than|greater\s+than)\s+${LEVEL}\s+(?:on|for|in)\s+(?:that|this|the\s+same)\s+(?:score|scale|measure|rating|metric)(?![a-z])`,
  'gi',
);

/**
 * A level held from below on how easily a building re-lets, in the present tense the plain names miss: "below 0.6 on
 * how easily it re-lets", "is under 0.5 on how readily they lease". Restated "with leaseability below" the level, any verb
 * before the bound with it.
 */
const BELOW_ON_HOW_EASILY_IT_LETS = new RegExp(
  String.raw`\b(?:(?:that|which)\s+)?(?:(?:is|are|scores?|scoring|rated|rates)\s+)?(?:below|under|less\s+than|lower\s+than)\s+${LEVEL}\s+(?:on|for|in)\s+how\s+(?:easily|readily|quickly|well)\s+(?:it|they|a\s+(?:building|site)|the\s+(?:building|site))\s+(?:re[-\s]?)?(?:lets|leases|rents|let|lease|rent)(?:\s+(?:out|again|up))?(?![a-z])`,
  'gi',
);

/**
 * Where the sale may go, said as somewhere someone else could take a building over, then its level held from below:
 * "only where another tenant could take the building over easily - 0.72 or better", "only sell where it's easy to find
 * another tenant - 0.8 or higher", "if a new occupier could move in, 0.6 or more". The clause alone is too loose to
 * read; with the level it is the least leaseability allowed. A clause about what the company needs names criticality
 * and is left alone.
 */
const WHERE_SOMEONE_ELSE_COULD_TAKE_OVER = new RegExp(
  String.raw`\b(?:where|if|as\s+long\s+as|provided(?:\s+that)?)\s+(?=[^.;:!?\n]{0,60}?\b(?:(?:another|a\s+new|an?\s+outside|other|a\s+replacement|the\s+next)\s+(?:tenant|occupier|occupant|company|business|firm|user|lessee)s?|(?:someone|somebody|anyone)\s+else)(?![a-z]))(?![^.;:!?\n]{0,80}?\b(?:critical|essential|rel(?:y|ies)\s+on|depend|we\s+need)\b)[^.;:!?\n]{3,100}?(?:\s*[,(]|\s[-\u2013\u2014])\s*${LEVEL}\s+(?:or|and)\s+(?:better|higher|more|above|up)(?![a-z])\)?`,
  'gi',
);

/**
 * The edits restating score limits said in everyday words into the words the score readers know; none for a brief
 * without them. Edits never overlap: the first form to take a span keeps it.
 */
export function scoreLimitsInEverydayWording(text: string): TextEdit[] {
  if (!/critical|leas|let|rent|tenant|occup|compan|firm|business|user|score|scale|rating|else/i.test(text)) return [];
  const { edits, add } = nonOverlappingEdits();
  for (const match of text.matchAll(SCORE_COMPARATIVE)) {
    const comparative = (match.groups?.['comparative'] ?? '').toLowerCase();
    const level = match.groups?.['level'] ?? '';
    // "more critical", "more leasable" and "easier to re-let" are above the level; "less" and "harder" below it.
    const score = /critical/.test(comparative) ? 'criticality' : 'leaseability';
    const above = /^(?:more|easier)/.test(comparative);
    add(match.index, match.index + match[0].length, `with ${score} ${above ? 'above' : 'below'} ${level}`);
  }
  for (const match of text.matchAll(KEEP_AWAY_FROM)) add(match.index, match.index + match[0].length, 'exclude');
  for (const match of text.matchAll(CRITICALITY_RATING)) add(match.index, match.index + match[0].length, 'criticality');
  for (const match of text.matchAll(ABOVE_ON_THAT_SCORE)) {
    // The sentence before the level must speak of losing the building, and not of letting it again.
    const sentence =
      text
        .slice(0, match.index)
        .split(/[.!?\n]/)
        .pop() ?? '';
    if (!HURT_BY_LOSING.test(sentence) || LETTING_WORDS.test(sentence)) continue;
    const lead = match.groups?.['lead'] ?? '';
    add(match.index + lead.length, match.index + match[0].length, ` with criticality above ${match.groups?.['level']}`);
  }
  for (const match of text.matchAll(BELOW_ON_HOW_EASILY_IT_LETS))
    add(match.index, match.index + match[0].length, `with leaseability below ${match.groups?.['level']}`);
  for (const match of text.matchAll(WHERE_SOMEONE_ELSE_COULD_TAKE_OVER))
    add(match.index, match.index + match[0].length, `where leaseability is ${match.groups?.['level']} or better`);
  return edits;
}
