/*
 * A name of the portfolio's assets written one letter off: "Schaumberg" for Schaumburg, "Tollison" for Tolleson,
 * "Rickenbacher" for Rickenbacker, "Kearney" for Kearny. Place names like these are spelled by ear, and a brief
 * that rules out "the Tollison DC" means the one asset it can mean.
 */

/** Names shorter than this are left alone: one letter off a short name ("Mesa", "Tempe") makes too many other words. */
const SHORTEST_NAME = 6;

/** Every way of dropping one letter from `word`. */
function withOneLetterDropped(word: string): string[] {
  const forms: string[] = [];
  for (let index = 0; index < word.length; index += 1) forms.push(word.slice(0, index) + word.slice(index + 1));
  return forms;
}

/**
 * Finds the one name word a written word misspells by a letter: one letter replaced, added or dropped, the first
 * letter kept. Each name word is filed under itself and under every form with a letter dropped; a written word
 * misspells a name when it, or one of its own forms with a letter dropped, is filed there.
 */
export class MisspeltNames {
  private readonly filed = new Map<string, Set<string>>();

  /** `names`: the distinctive words of the assets' names, lower case ("schaumburg", "tolleson"). */
  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (name.length < SHORTEST_NAME || !/^[a-z]+$/.test(name)) continue;
      for (const form of [name, ...withOneLetterDropped(name)]) {
        const words = this.filed.get(form) ?? new Set<string>();
        words.add(name);
        this.filed.set(form, words);
      }
    }
  }

  /** The name word `written` (lower case) misspells, or undefined when it misspells none or more than one. */
  nameFor(written: string): string | undefined {
    if (written.length < SHORTEST_NAME - 1 || this.filed.size === 0) return undefined;
    const found = new Set<string>();
    for (const form of [written, ...withOneLetterDropped(written)])
      for (const name of this.filed.get(form) ?? []) if (name !== written && name[0] === written[0]) found.add(name);
    return found.size === 1 ? [...found][0] : undefined;
  }
}
