/**
 * Where the sentence holding `index` in `lower` starts: after a stop, "!", "?" or a new line, never after a decimal
 * point (a stop followed by a digit). For readers that work on the lower-cased copy alone.
 */
export function sentenceStartIn(lower: string, index: number): number {
  for (let position = index - 1; position >= 0; position -= 1) {
    const character = lower[position];
    if (character === '!' || character === '?' || character === '\n') return position + 1;
    if (character === '.' && !/\d/.test(lower[position + 1] ?? '')) return position + 1;
  }
  return 0;
}

/**
 * The text from `from` to the end of the next sentence after the one holding it (the rest of this sentence and the
 * next; a chat's line counts as one), at most `most` characters: where a clause's figures may stand. A stop followed
 * by a digit is a decimal point, not a sentence's end.
 */
export function restOfSentenceAndNext(lower: string, from: number, most: number): string {
  const rest = lower.slice(from, from + most);
  let sentences = 0;
  for (let index = 0; index < rest.length; index += 1) {
    const character = rest[index];
    const sentenceEnd =
      character === '!' || character === '?' || character === '\n' || (character === '.' && !/\d/.test(rest[index + 1] ?? ''));
    if (sentenceEnd && ++sentences === 2) return rest.slice(0, index);
  }
  return rest;
}
