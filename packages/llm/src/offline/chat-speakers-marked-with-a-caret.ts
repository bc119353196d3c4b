import type { TextEdit } from './restated-brief.js';

/*
 * A chat pasted in the style of a terminal or IRC log, each line opened by its speaker and a caret: "cfo> target 180",
 * "treasurer> $180M, got it". The caret there marks who speaks, never "more than": read as a comparison, "treasurer>
 * $180M" would make the CFO's ask a floor. Restated as the "name: " of the chat lines the readers know, but only when
 * two lines or more are written so, which is what makes it a chat and not a lone "x> 5".
 */

/** A line's speaker and caret: a name of up to three words, then ">" and a space ("cfo> ", "jo smith> "). */
const CARET_SPEAKER = /^(?<lead>[^\S\n]*[A-Za-z][\w.'-]{0,20}(?:[^\S\n][A-Za-z][\w.'-]{0,20}){0,2})>(?=[^\S\n])/gm;

/** The edits that turn each caret of a speaker into a colon; none unless two lines or more are opened so. */
export function caretSpeakerRestatements(brief: string): TextEdit[] {
  if (!brief.includes('> ')) return [];
  const speakers = [...brief.matchAll(CARET_SPEAKER)];
  if (speakers.length < 2) return [];
  return speakers.map((match) => {
    const at = match.index + (match.groups?.['lead'] ?? '').length;
    return { start: at, end: at + 1, text: ':' };
  });
}
