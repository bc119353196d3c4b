/*
 * The opening of a wish about buildings: "I want", "we would like", "I'd prefer", "we'd need". Readers that rule out
 * the buildings wished kept ("I'd like the Fairburn hub left alone", "we'd want mine (HOU-02) kept") share it, so
 * that every one of them hears the same ways of saying it, the contractions "I'd" and "we'd" included.
 */

/**
 * The writer's own people, whose wish the writer passes on: "our site engineers", "my team", "our plant managers".
 */
const PEOPLE = '(?:engineers|team|teams|people|staff|leads|managers|operators|planners|folks|guys|crew|crews)';

/**
 * The source of a wish opening, without a word boundary or flags, ending after the space that follows the verb:
 * "i want ", "we would like ", "i'd prefer ", "we\u2019d need ", "our site engineers want ". A reader puts its own object after it.
 */
export const WISH_OPENING = String.raw`(?:(?:i|we)|(?:our|my)\s+(?:[a-z]+\s+)?${PEOPLE})(?:\s+would|['\u2019]d)?\s+(?:want|like|need|prefer)\s+`;
