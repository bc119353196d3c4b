/**
 * The floor asked for in a chat and answered with a bare figure, in the shapes `BARE_FLOOR_ANSWERED` of
 * `bare-floor-wording.ts` does not read: the question asked in a word with no question mark ("Kit: floor" then "Lena:
 * 130"), the same once its answer is restated on its line ("bo: and the minimum: 60"), and the question followed by
 * asking whether the default holds, answered no with a figure ("lou: floor?" / "lou: default?" / "kay: no - 140").
 * Read by `readBareFloor`, in the ask's millions and only below the ask.
 */

/** A chat speaker's name opening a line, as a restated chat writes it: "kit: ", "lena: ". */
const SPEAKER = String.raw`[a-z][a-z.'-]{0,20}(?:[^\S\n]+[a-z][a-z.'-]{0,20})?[^\S\n]*:[^\S\n]*`;

/**
 * A chat line that asks for the floor in a word, with no question mark, answered on the next line by another speaker's
 * bare figure alone: "kit: floor" then "lena: 130", "and the minimum" then "dee: 95". The answer is in the ask's
 * millions; a floor of a score ("re-let floor") is answered elsewhere.
 */
export const BARE_FLOOR_ASKED_IN_A_WORD = new RegExp(
  String.raw`(?<=^|\n)[^\S\n]*(?<asker>[a-z][a-z.'-]{0,20})[^\S\n]*:[^\S\n]*(?:(?:and|so|ok|k|then)[,.]?[^\S\n]+)?(?:(?:the|your|our)[^\S\n]+)?(?:floor|minimum|min|walk[-\s]?away|fall[-\s]?back)(?:[^\S\n]+(?:pls|please|then|amount|figure))?[^\S\n]*\n[^\S\n]*(?!\k<asker>[^\S\n]*:)${SPEAKER}(?<figure>\d{2,4}(?:\.\d+)?)(?=[^\S\n]*(?:\n|$))`,
  'g',
);

/**
 * The same question once its answer is restated on its line ("bo: and the minimum" then "ana: 60" read as "bo: and the
 * minimum: 60"): a speaker's line naming the floor in a word, the bare figure after a colon ending it.
 */
export const BARE_FLOOR_ANSWER_ON_ITS_QUESTION = new RegExp(
  String.raw`(?<=^|\n)[^\S\n]*${SPEAKER}(?:(?:and|so|ok|k|then)[,.]?[^\S\n]+)?(?:(?:the|your|our)[^\S\n]+)?(?:floor|minimum|min|walk[-\s]?away|fall[-\s]?back)[^\S\n]*:[^\S\n]*(?<figure>\d{2,4}(?:\.\d+)?)(?=[^\S\n]*(?:\n|$))`,
  'g',
);

/**
 * The floor asked for, then whether the default holds, answered no with the figure: "floor?" / "default?" / "no - 140",
 * read once the answer is restated on the second question's line ("lou: floor?" then "lou: default: 140"), or as
 * written. The answer refuses the default, so its figure answers the first question.
 */
export const BARE_FLOOR_AFTER_DEFAULT_REFUSED = new RegExp(
  String.raw`(?<=^|\n)[^\S\n]*${SPEAKER}(?:(?:and|so|ok|k|then)[,.]?[^\S\n]+)?(?:(?:the|your|our)[^\S\n]+)?(?:floor|minimum|min|walk[-\s]?away)[^\S\n]*\?[^\S\n]*\n[^\S\n]*${SPEAKER}(?:(?:or|and)[^\S\n]+)?(?:the[^\S\n]+)?(?:default|usual|standard|same\s+as\s+(?:usual|before|last\s+time))[^\S\n]*(?::|\?[^\S\n]*\n[^\S\n]*${SPEAKER}no\b[^\S\n]*[,:;\u2013\u2014-]?)[^\S\n]*(?<figure>\d{2,4}(?:\.\d+)?)(?=[^\S\n]*(?:\n|$))`,
  'g',
);

/** The bare floors of this file, in the order `readBareFloor` tries them. */
export const CHAT_FLOOR_ANSWERS: readonly RegExp[] = [
  BARE_FLOOR_ASKED_IN_A_WORD,
  BARE_FLOOR_ANSWER_ON_ITS_QUESTION,
  BARE_FLOOR_AFTER_DEFAULT_REFUSED,
];
