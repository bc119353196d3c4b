/** A piece of a text replaced before it is read: `[start, end)` of that text, and what stands there instead. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Edits gathered from several forms over one text, where the first form to take a span keeps it. */
export interface NonOverlappingEdits {
  /** The edits taken, in the order they were taken. */
  readonly edits: TextEdit[];
  /** Takes the edit unless it overlaps one already taken; whether it was taken. */
  add(start: number, end: number, text: string): boolean;
}

/**
 * An empty gathering of edits that never overlap. Why: a restatement runs several forms over the same text, and
 * the restated brief takes no overlapping edits; the form tried first keeps a span it took.
 */
export function nonOverlappingEdits(): NonOverlappingEdits {
  const edits: TextEdit[] = [];
  return {
    edits,
    add(start, end, text) {
      if (edits.some((edit) => start < edit.end && edit.start < end)) return false;
      edits.push({ start, end, text });
      return true;
    },
  };
}

/**
 * A brief as the readers see it after the steps that restate it (a buyer's wording as the seller's, a table's
 * rows as statements), with where each character of the restated text came from in the brief as written. Why:
 * what the reader could not use is quoted back to the user, and a quote must be the user's own words, not the
 * restatement's.
 */
export class RestatedBrief {
  /** The brief as the user wrote it. */
  readonly original: string;
  #text: string;
  /**
   * For each character of the restated text, the span of the original it stands for: `[from[i], to[i])`. Absent
   * while nothing has been restated (each character then stands for itself).
   */
  #from: Int32Array | undefined;
  #to: Int32Array | undefined;

  constructor(original: string) {
    this.original = original;
    this.#text = original;
  }

  /** The text the readers read. */
  get text(): string {
    return this.#text;
  }

  /**
   * Replaces the given pieces of the current text (non-overlapping, in the current text's positions). Every
   * character of a replacement stands for the whole of the original span its piece came from.
   */
  apply(edits: readonly TextEdit[]): void {
    if (edits.length === 0) return;
    const ordered = [...edits].sort((left, right) => left.start - right.start);
    const source = this.#text;
    let text = '';
    const from: number[] = [];
    const to: number[] = [];
    let position = 0;
    const keep = (end: number): void => {
      for (let index = position; index < end; index += 1) {
        from.push(this.#fromOf(index));
        to.push(this.#toOf(index));
      }
      text += source.slice(position, end);
    };
    for (const edit of ordered) {
      keep(edit.start);
      const span = this.originalSpan(edit.start, edit.end);
      for (let index = 0; index < edit.text.length; index += 1) {
        from.push(span.start);
        to.push(span.end);
      }
      text += edit.text;
      position = edit.end;
    }
    keep(source.length);
    this.#text = text;
    this.#from = Int32Array.from(from);
    this.#to = Int32Array.from(to);
  }

  /**
   * The span of the original brief that `[start, end)` of the current text came from. An empty span maps to the
   * place in the original where it sits.
   */
  originalSpan(start: number, end: number): { start: number; end: number } {
    if (this.#from === undefined) return { start, end };
    if (end <= start) {
      const at = start < this.#text.length ? this.#fromOf(start) : this.original.length;
      return { start: at, end: at };
    }
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (let index = start; index < end; index += 1) {
      first = Math.min(first, this.#fromOf(index));
      last = Math.max(last, this.#toOf(index));
    }
    return { start: first, end: last };
  }

  /** Whether the current text is the original, character for character. */
  get unchanged(): boolean {
    return this.#from === undefined;
  }

  #fromOf(index: number): number {
    return this.#from === undefined ? index : (this.#from[index] ?? this.original.length);
  }

  #toOf(index: number): number {
    return this.#to === undefined ? index + 1 : (this.#to[index] ?? this.original.length);
  }
}

/** The edits that turn each of a brief's `lines` into its restated line, where the two differ. */
export function restatedLineEdits(lines: readonly string[], restated: readonly (string | undefined)[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let start = 0;
  for (const [index, line] of lines.entries()) {
    const text = restated[index] ?? line;
    if (text !== line) edits.push({ start, end: start + line.length, text });
    start += line.length + 1;
  }
  return edits;
}

/** Where each of a brief's lines (split on "\n") starts in it: the tables and pasted rows restated by line write their edits there. */
export function lineStartsOf(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let position = 0;
  for (const line of lines) {
    starts.push(position);
    position += line.length + 1;
  }
  return starts;
}

/**
 * A restater adding to `edits`, for each match of a pattern in `text`, the words its replacement gives. A replacement
 * that declines (null), or a span an earlier edit already takes, adds nothing: the first form to take a span keeps it.
 */
export function restaterInto(
  text: string,
  edits: TextEdit[],
): (pattern: RegExp, replacement: (match: RegExpMatchArray) => string | null) => void {
  return (pattern, replacement) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const words = replacement(match);
      if (words !== null && !edits.some((edit) => start < edit.end && edit.start < end)) edits.push({ start, end, text: words });
    }
  };
}
