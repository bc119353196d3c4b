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
