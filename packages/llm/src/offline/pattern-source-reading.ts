// What a pattern's every match must contain, so that a brief without any of it is never scanned, and what every
// match starts with, so that only the places where a match can start are tried. The reader runs a few hundred long
// patterns over each brief, and most of them cannot match a given brief: scanning costs each pattern a pass over the
// text (and, patterns being large, cache misses), while looking for a few words costs almost nothing. The pattern's
// source is read in one pass here: a general parser (@eslint-community/regexpp was measured) builds a full syntax
// tree and took 10-90 ms for one of the reader's longer patterns, which a server would pay on its first requests;
// this pass takes well under a millisecond and needs no tree.

/** At most this many strings are tracked as the set of texts a part of a pattern can match exactly. */
const MOST_EXACT = 64;
/** At most this many strings are looked for before a scan; a longer list is not worth checking. */
const MOST_REQUIRED = 96;
/** A character class of at most this many characters is tracked exactly ("[-\s]" is not: `\s` is many). */
const MOST_CLASS_CHARACTERS = 8;

/** At most this many strings are kept as the places a match can start (found by `startFinder`, `text-piece-index.ts`). */
const MOST_STARTS = 256;

/**
 * What is known about the texts a part of a pattern matches: `exact`, every text it can match (when few);
 * `required`, strings of which every text it matches contains at least one; `starts`, non-empty strings of which
 * every non-empty text it matches starts with one; `nullable`, whether it may match the empty text (so that what
 * follows it can start a match). Any of the first three may be unknown; an unknown part is taken to be nullable.
 */
interface Knowledge {
  readonly exact: readonly string[] | undefined;
  readonly required: readonly string[] | undefined;
  readonly starts: readonly string[] | undefined;
  readonly nullable: boolean;
}

const NOTHING_KNOWN: Knowledge = { exact: undefined, required: undefined, starts: undefined, nullable: true };
/** One character of many (`\d`, `.`, a long class): never empty, so what follows it cannot start a match. */
const SOME_CHARACTER: Knowledge = { exact: undefined, required: undefined, starts: undefined, nullable: false };
const EMPTY: Knowledge = { exact: [''], required: undefined, starts: [], nullable: true };
/** A digit: too many texts to join with what follows, but a match that opens with one starts at a digit. */
const DIGIT: Knowledge = { exact: undefined, required: undefined, starts: [...'0123456789'], nullable: false };

/** What is known about a whole pattern: what every match contains and what every match starts with. */
export interface PatternText {
  readonly required: readonly string[] | undefined;
  readonly starts: readonly string[] | undefined;
}

/**
 * What every match of `pattern` contains (`required`: strings of which each match holds one) and starts with
 * (`starts`), each `undefined` when the pattern promises nothing (or uses a flag this reading does not follow:
 * case-insensitive or Unicode matching). Sound by construction: a part whose texts are not known contributes
 * nothing, so an unknown never narrows a set.
 */
export function patternText(pattern: RegExp): PatternText {
  if (pattern.flags.includes('i') || pattern.flags.includes('u') || pattern.flags.includes('v'))
    return { required: undefined, starts: undefined };
  let knowledge: Knowledge;
  try {
    const reader = new PatternReader(pattern.source);
    knowledge = reader.disjunction();
    if (!reader.atEnd()) return { required: undefined, starts: undefined };
  } catch {
    return { required: undefined, starts: undefined };
  }
  const required = usable(knowledge.required) ?? usable(knowledge.exact);
  // A pattern that can match the empty text can match anywhere: no start is promised.
  const starts = knowledge.nullable ? undefined : usable(knowledge.starts, MOST_STARTS);
  return {
    required: required === undefined ? undefined : withoutLongerForms(required, (longer, shorter) => longer.includes(shorter)),
    starts: starts === undefined ? undefined : withoutLongerForms(starts, (longer, shorter) => longer.startsWith(shorter)),
  };
}

/**
 * The list without any string that contains another of it: a text holding "overshooting" holds "overshoot", so
 * looking for "overshoot" alone answers the same and costs less.
 */
function withoutLongerForms(strings: readonly string[], holds: (longer: string, shorter: string) => boolean): readonly string[] {
  const byLength = [...strings].sort((left, right) => left.length - right.length);
  const kept: string[] = [];
  for (const text of byLength) if (!kept.some((shorter) => holds(text, shorter))) kept.push(text);
  return kept;
}

/** A list that can serve as required text: not empty, no empty string, not too long. */
function usable(strings: readonly string[] | undefined, most = MOST_REQUIRED): readonly string[] | undefined {
  if (strings === undefined || strings.length === 0 || strings.length > most) return undefined;
  if (strings.some((text) => text.length === 0)) return undefined;
  return strings;
}

/** What an alternation can match: each alternative's texts, and a required string from every alternative. */
function ofAlternatives(parts: readonly Knowledge[]): Knowledge {
  let exact: string[] | undefined = [];
  let required: string[] | undefined = [];
  let starts: string[] | undefined = [];
  let nullable = false;
  for (const part of parts) {
    nullable ||= part.nullable;
    if (exact !== undefined && part.exact !== undefined && exact.length + part.exact.length <= MOST_EXACT) exact.push(...part.exact);
    else exact = undefined;
    const own = usable(part.required) ?? usable(part.exact);
    if (required !== undefined && own !== undefined && required.length + own.length <= MOST_REQUIRED) required.push(...own);
    else required = undefined;
    if (starts !== undefined && part.starts !== undefined && starts.length + part.starts.length <= MOST_STARTS) starts.push(...part.starts);
    else starts = undefined;
  }
  return {
    exact: exact === undefined ? undefined : [...new Set(exact)],
    required: required === undefined ? undefined : [...new Set(required)],
    starts: starts === undefined ? undefined : [...new Set(starts)],
    nullable,
  };
}

/** How selective a list of required strings is: its shortest string's length, then fewer strings. */
function better(candidate: readonly string[], best: readonly string[] | undefined): boolean {
  if (best === undefined) return true;
  const difference = shortest(candidate) - shortest(best);
  return difference > 0 || (difference === 0 && candidate.length < best.length);
}

function shortest(strings: readonly string[]): number {
  let length = Number.POSITIVE_INFINITY;
  for (const text of strings) length = Math.min(length, text.length);
  return length;
}

/**
 * What a sequence can match: its parts' texts joined while all are known, the most selective required list, and
 * how it starts: each run of parts known exactly is one part (its texts joined), and a match starts as the first
 * part that is not empty starts, so the starts of every part up to the first that cannot be empty are gathered.
 */
function ofSequence(parts: readonly Knowledge[]): Knowledge {
  // `run` is every text the parts since the last unknown one can match together; it breaks at an unknown.
  let run: string[] = [''];
  let whole = true;
  let best: readonly string[] | undefined;
  const consider = (strings: readonly string[] | undefined): void => {
    const candidate = usable(strings);
    if (candidate !== undefined && better(candidate, best)) best = candidate;
  };
  // The parts with each run of exactly known parts joined, for working out how a match starts.
  const joined: Knowledge[] = [];
  let exactRun: string[] | undefined;
  for (const part of parts) {
    consider(part.required);
    if (part.exact !== undefined) {
      if (exactRun !== undefined && exactRun.length * part.exact.length <= MOST_EXACT) exactRun = concatenations(exactRun, part.exact);
      else {
        if (exactRun !== undefined) joined.push(exactly(...exactRun));
        exactRun = [...part.exact];
      }
    } else {
      if (exactRun !== undefined) joined.push(exactly(...exactRun));
      exactRun = undefined;
      joined.push(part);
    }
    if (part.exact !== undefined && run.length * part.exact.length <= MOST_EXACT) {
      run = concatenations(run, part.exact);
      continue;
    }
    whole = false;
    consider(run);
    run = part.exact === undefined ? [''] : [...part.exact];
  }
  if (exactRun !== undefined) joined.push(exactly(...exactRun));
  consider(run);
  let starts: string[] | undefined = [];
  let nullable = true;
  for (const part of joined) {
    if (part.starts === undefined || starts.length + part.starts.length > MOST_STARTS) {
      starts = undefined;
      break;
    }
    starts.push(...part.starts);
    if (!part.nullable) {
      nullable = false;
      break;
    }
  }
  if (starts !== undefined) starts = [...new Set(starts)];
  // An unknown start leaves open whether the rest can be empty: only a sequence of known parts is said to be.
  if (starts === undefined) nullable = joined.every((part) => part.nullable);
  return whole ? { ...exactly(...run), required: best } : { exact: undefined, required: best, starts, nullable };
}

function concatenations(left: readonly string[], right: readonly string[]): string[] {
  const result = new Set<string>();
  for (const first of left) for (const second of right) result.add(first + second);
  return [...result];
}

function ofQuantifier(min: number, max: number, body: Knowledge): Knowledge {
  if (min === 1 && max === 1) return body;
  if (body.exact !== undefined && max <= 3) {
    let texts: string[] | undefined = [''];
    let all: string[] = min === 0 ? [''] : [];
    for (let count = 1; count <= max && texts !== undefined; count += 1) {
      texts = texts.length * body.exact.length <= MOST_EXACT ? concatenations(texts, body.exact) : undefined;
      if (texts !== undefined && count >= min) all = [...all, ...texts];
    }
    if (texts !== undefined && all.length <= MOST_EXACT) return exactly(...new Set(all));
  }
  // At least one copy: whatever one copy must contain, the repetition contains, and it starts as one copy starts.
  if (min >= 1)
    return { exact: undefined, required: usable(body.required) ?? usable(body.exact), starts: body.starts, nullable: body.nullable };
  // Perhaps no copy: nothing is required, but a copy that is there starts as the body starts.
  return { exact: undefined, required: undefined, starts: body.starts, nullable: true };
}

const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/**
 * Reads a pattern's source (without the `u` or `v` flag) by recursive descent, working out what each part can
 * match as it goes. Throws on anything it does not follow, and the caller then promises nothing.
 */
class PatternReader {
  private position = 0;

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.position >= this.source.length;
  }

  disjunction(): Knowledge {
    const parts = [this.alternative()];
    while (this.source[this.position] === '|') {
      this.position += 1;
      parts.push(this.alternative());
    }
    return parts.length === 1 ? (parts[0] as Knowledge) : ofAlternatives(parts);
  }

  private alternative(): Knowledge {
    const parts: Knowledge[] = [];
    while (!this.atEnd() && this.source[this.position] !== '|' && this.source[this.position] !== ')') {
      const atom = this.atom();
      parts.push(this.quantified(atom));
    }
    return ofSequence(parts);
  }

  private quantified(atom: Knowledge): Knowledge {
    const character = this.source[this.position];
    let min: number;
    let max: number;
    if (character === '*' || character === '+' || character === '?') {
      min = character === '+' ? 1 : 0;
      max = character === '?' ? 1 : Number.POSITIVE_INFINITY;
      this.position += 1;
    } else if (character === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.position));
      // A brace that opens no count is a brace: only a count is a quantifier.
      if (bounds === null) return atom;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] === '' ? Number.POSITIVE_INFINITY : Number(bounds[3]);
      this.position += bounds[0].length;
    } else return atom;
    if (this.source[this.position] === '?') this.position += 1;
    return ofQuantifier(min, max, atom);
  }

  private atom(): Knowledge {
    const character = this.source[this.position] as string;
    this.position += 1;
    switch (character) {
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return SOME_CHARACTER;
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Error(`nothing to repeat at ${this.position - 1}`);
      default:
        return exactly(character);
    }
  }

  private group(): Knowledge {
    let lookaround = false;
    if (this.source.startsWith('?:', this.position)) this.position += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.position, this.position + 3))) {
      lookaround = true;
      this.position += this.source[this.position + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.position)) {
      const close = this.source.indexOf('>', this.position);
      if (close < 0) throw new Error('unterminated group name');
      this.position = close + 1;
    } else if (this.source[this.position] === '?') throw new Error(`unknown group at ${this.position}`);
    const inside = this.disjunction();
    if (this.source[this.position] !== ')') throw new Error(`unterminated group at ${this.position}`);
    this.position += 1;
    // A look around consumes nothing: what it tests is not part of the match.
    return lookaround ? EMPTY : inside;
  }

  private escape(): Knowledge {
    const character = this.source[this.position];
    if (character === undefined) throw new Error('pattern ends in a backslash');
    this.position += 1;
    if (character === 'b' || character === 'B') return EMPTY;
    if (character === 'd') return DIGIT;
    if ('DsSwW'.includes(character)) return SOME_CHARACTER;
    if (/[1-9]/.test(character) || character === 'k') return NOTHING_KNOWN;
    const code = this.escapedCode(character);
    return exactly(String.fromCharCode(code));
  }

  /** The character code an escape (after its backslash and letter) stands for. */
  private escapedCode(character: string): number {
    if (character in CONTROL_ESCAPES) return (CONTROL_ESCAPES[character] as string).charCodeAt(0);
    if (character === 'x' || character === 'u') {
      const digits = character === 'x' ? 2 : 4;
      const hex = this.source.slice(this.position, this.position + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) throw new Error(`unread escape at ${this.position}`);
      this.position += digits;
      return Number.parseInt(hex, 16);
    }
    if (character === 'c') throw new Error('control escape');
    return character.charCodeAt(0);
  }

  private characterClass(): Knowledge {
    const negated = this.source[this.position] === '^';
    if (negated) this.position += 1;
    const characters = new Set<string>();
    let known = !negated;
    while (this.source[this.position] !== ']') {
      if (this.atEnd()) throw new Error('unterminated class');
      const low = this.classMember();
      if (this.source[this.position] === '-' && this.source[this.position + 1] !== ']' && low !== undefined) {
        this.position += 1;
        const high = this.classMember();
        if (high === undefined) throw new Error('class range to a class escape');
        if (high - low >= MOST_CLASS_CHARACTERS) known = false;
        else for (let code = low; code <= high; code += 1) characters.add(String.fromCharCode(code));
      } else if (low === undefined) known = false;
      else characters.add(String.fromCharCode(low));
    }
    this.position += 1;
    // An empty class matches nothing; a long or negated one, one character of many.
    if (!known || characters.size > MOST_CLASS_CHARACTERS || characters.size === 0) return SOME_CHARACTER;
    return exactly(...characters);
  }

  /** One member of a class as a character code, or `undefined` for a class escape (`\s`, `\d`, `\w`). */
  private classMember(): number | undefined {
    const character = this.source[this.position] as string;
    this.position += 1;
    if (character !== '\\') return character.charCodeAt(0);
    const escaped = this.source[this.position];
    if (escaped === undefined) throw new Error('pattern ends in a backslash');
    this.position += 1;
    if ('dDsSwW'.includes(escaped)) return undefined;
    // In a class, `\b` is a backspace.
    if (escaped === 'b') return 8;
    return this.escapedCode(escaped);
  }
}

/** A part that matches these texts and nothing else. */
function exactly(...texts: string[]): Knowledge {
  return { exact: texts, required: undefined, starts: texts.filter((text) => text.length > 0), nullable: texts.includes('') };
}
