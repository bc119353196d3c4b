import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';

// Score levels given on a scale named in words the score readers do not know, restated in words they do: criticality
// named as the question it answers ("over 0.7 on 'how critical is it'", "cap it at 0.6 on that how-essential-is-it
// score"); leaseability named as the ease of re-letting ("0.75+ on ease of re-letting"); "that score" after words on
// another company moving in ("nothing another firm couldn't move into - 0.55 at least on that score"); a bare ceiling or
// floor said after the critical or leasable words it limits ("the least critical buildings only, a ceiling of 0.4"); a
// level before the leasable word ("nothing below 0.7 leaseable"); a building ruled out when its score passes a level
// ("a building is off the list if its leaseability is under 0.5"); and a score compared by a sign before the word that
// rules it out ("criticality > 0.45 excluded"). Each restatement keeps the level as written.

/** A score's level: "0.55", ".7", "1.0", a scanned "O.45"; never a percentage, a multiple or part of a longer number. */
const LEVEL = String.raw`(?<level>[0O]?\.\d{1,3}|1\.0+)(?![\d%x])`;

/**
 * Criticality named as the question it answers, quoted or pointed back to: "'how critical is it'", "that
 * how-essential-is-it score". The plain names ("on how critical it is", "the how-important-is-it scale") are their own
 * readers'.
 */
const ON_HOW_CRITICAL = String.raw`\s+(?:on|for|in)\s+(?:(?:that|this)\s+['"\u2018\u201c]?|(?:the\s+|its\s+|our\s+)?['"\u2018\u201c])how[-\s](?:critical|essential|important|vital)[-\s]is[-\s]it['"\u2019\u201d]?(?:[-\s](?:score|scale|rating|measure|metric))?(?![a-z])`;

/** Above a level on that scale: "scoring over 0.7 on 'how critical is it'", the verb with it. */
const ABOVE_ON_HOW_CRITICAL = new RegExp(
  String.raw`\b(?:(?:scor(?:ing|ed|es?)|rated|rating)\s+)?(?:over|above|higher\s+than|more\s+than|greater\s+than)\s+${LEVEL}${ON_HOW_CRITICAL}`,
  'gi',
);
/** At most a level on that scale: "cap it at 0.6 on that how-essential-is-it score", "0.5 or less on ...". */
const AT_MOST_ON_HOW_CRITICAL = new RegExp(
  String.raw`\b(?:(?:cap(?:ped)?|keep|hold|limit)\s+(?:it|them|that|this)\s+at|at\s+most|no\s+more\s+than|max(?:imum)?(?:\s+of)?)\s+${LEVEL}${ON_HOW_CRITICAL}|\b${LEVEL.replace('level', 'least')}\s+or\s+(?:less|lower|below)${ON_HOW_CRITICAL}`,
  'gi',
);

/** Leaseability named as the ease of re-letting: "on ease of re-letting", "on how easy it is to re-lease". */
const ON_EASE_OF_LETTING = String.raw`\s+(?:on|for|in)\s+(?:(?:the|its)\s+)?(?:ease\s+of\s+(?:re[-\s]?)?(?:letting|leasing)|how\s+easy\s+(?:it\s+is\s+)?to\s+re[-\s]?(?:let|lease))(?![a-z])`;
/** "at 0.75+ on ease of re-letting", "0.6 or better on how easy it is to re-let": the least allowed. */
const AT_LEAST_ON_EASE = new RegExp(
  String.raw`(?:\bat\s+)?${LEVEL}(?:\s*\+|\s+or\s+(?:better|more|higher|above))${ON_EASE_OF_LETTING}`,
  'gi',
);
/** Words on another company moving into a building sold: "another company couldn't easily move into", "a new firm take over". */
const SOMEONE_ELSE_MOVING_IN =
  /\b(?:another|a\s+new|an?\s+other|an?\s+outside|the\s+next)\s+(?:company|firm|business|tenant|occupier|user|operator)\b[^.;!?\n]{0,40}?\b(?:move|moving|moved|take|taking)\s+(?:in(?:to)?|over)\b/i;
/** Words on what the business needs, which make "that score" criticality. */
const NEEDS_WORDS = /\bcritical|\bessential|\bimportan|\bdepend|\bwithout\s+it\b/i;
/** "0.55 at least on that score", "at least 0.6 on this measure". */
const AT_LEAST_ON_THAT_SCORE = new RegExp(
  String.raw`(?:\bat\s+least\s+${LEVEL}|${LEVEL.replace('level', 'least')}\s+at\s+least)\s+on\s+(?:that|this|the\s+same)\s+(?:score|scale|measure|rating|metric)(?![a-z])`,
  'gi',
);

/**
 * A bare ceiling or floor after the critical or leasable words it limits, in the same sentence and after a comma: "the
 * least critical buildings only, a ceiling of 0.4", "easily re-let sites, a floor of 0.6". The named score is put before
 * it; a ceiling after leasable words or a floor after critical ones is left alone.
 */
const CEILING_AFTER_CRITICAL = new RegExp(
  String.raw`(?<=\bcritical(?:ity)?\b[^.;:!?\n]{0,50}?,\s*(?:and\s+)?(?:with\s+)?(?:a|an|the)\s+)(?:ceiling|cap|upper\s+limit|max(?:imum)?)(?=\s+of\s+${LEVEL})`,
  'gi',
);
const FLOOR_AFTER_LEASABLE = new RegExp(
  String.raw`(?<=\b(?:re[-\s]?)?(?:leas(?:e)?able|lettable|leaseability)\b[^.;:!?\n]{0,50}?,\s*(?:and\s+)?(?:with\s+)?(?:a|an|the)\s+)(?:floor|minimum|lower\s+limit)(?=\s+of\s+${LEVEL})`,
  'gi',
);

/** "nothing below 0.7 leaseable", "no site under 0.6 lettable": the level before the leasable word. */
const BELOW_LEVEL_LEASABLE = new RegExp(
  String.raw`\b(?<lead>nothing|none|no\s+(?:building|site|asset|property)s?)\s+(?:below|under|less\s+than|lower\s+than)\s+${LEVEL}\s+(?:re[-\s]?)?(?:leas(?:e)?able|lettable)(?![a-z])`,
  'gi',
);

/** "A building is off the list if its leaseability is under 0.5": the building ruled out when its score passes the level. */
const RULED_OUT_IF_ITS_SCORE = new RegExp(
  String.raw`\b(?:(?:an?|any|each|every)\s+)?(?:building|site|asset|property|facility)\s+(?:is|goes|comes|drops|falls)\s+(?:off\s+the\s+(?:list|table)|out|excluded|off[-\s]limits)\s+(?:if|when|once|where)\s+its\s+(?<score>leaseability|criticality)\s+(?:score\s+)?(?:is\s+|falls\s+|goes\s+|comes\s+in\s+)?(?<comparator>below|under|less\s+than|lower\s+than|above|over|more\s+than|higher\s+than)\s+${LEVEL}`,
  'gi',
);

/** "criticality > 0.45 excluded": a score compared by a sign, then the word that rules what passes out. */
const SIGN_BEFORE_RULED_OUT = new RegExp(
  String.raw`\b(?<score>criticality|leaseability)\s*(?<sign>[<>])=?\s*${LEVEL}(?=\s+(?:exc[l1]uded|out|dropped|removed|off[-\s]limits)\b)`,
  'gi',
);

/** A level as the readers know it: a scanned O before its decimal point written as a zero. */
const levelOf = (match: RegExpExecArray | RegExpMatchArray, group = 'level'): string => (match.groups?.[group] ?? '').replace(/^O/, '0');

/**
 * The edits restating score levels on scales named in everyday words into the words the score readers know; none for a
 * brief without them. Edits never overlap: the first form to take a span keeps it.
 */
export function scoreLevelsOnNamedScales(text: string): TextEdit[] {
  if (!/critical|essential|important|vital|leas|let|score|scale|measure/i.test(text)) return [];
  const { edits, add } = nonOverlappingEdits();
  const restate = (pattern: RegExp, replacement: (match: RegExpMatchArray) => string | null): void => {
    for (const match of text.matchAll(pattern)) {
      const words = replacement(match);
      if (words !== null) add(match.index ?? 0, (match.index ?? 0) + match[0].length, words);
    }
  };
  restate(ABOVE_ON_HOW_CRITICAL, (match) => `with criticality above ${levelOf(match)}`);
  restate(AT_MOST_ON_HOW_CRITICAL, (match) => `criticality of at most ${levelOf(match) || levelOf(match, 'least')}`);
  restate(AT_LEAST_ON_EASE, (match) => `leaseability of at least ${levelOf(match)}`);
  restate(AT_LEAST_ON_THAT_SCORE, (match) => {
    // The sentence before the level must speak of someone else moving in, and not of what the business needs.
    const sentence =
      text
        .slice(0, match.index)
        .split(/[.!?\n]/)
        .pop() ?? '';
    if (!SOMEONE_ELSE_MOVING_IN.test(sentence) || NEEDS_WORDS.test(sentence)) return null;
    return `leaseability of at least ${levelOf(match) || levelOf(match, 'least')}`;
  });
  restate(CEILING_AFTER_CRITICAL, (match) => `criticality ${match[0]}`);
  restate(FLOOR_AFTER_LEASABLE, (match) => `leaseability ${match[0]}`);
  restate(BELOW_LEVEL_LEASABLE, (match) => `${match.groups?.['lead']} with leaseability below ${levelOf(match)}`);
  restate(RULED_OUT_IF_ITS_SCORE, (match) => {
    const below = /below|under|less|lower/i.test(match.groups?.['comparator'] ?? '');
    return `exclude ${match.groups?.['score']} ${below ? 'below' : 'above'} ${levelOf(match)}`;
  });
  restate(
    SIGN_BEFORE_RULED_OUT,
    (match) => `${match.groups?.['score']} ${match.groups?.['sign'] === '>' ? 'above' : 'below'} ${levelOf(match)}`,
  );
  return edits;
}
