import { OFFLINE_SCENARIO_RULES } from './scenarios-from-spec.js';
import { resolveMarketNames } from './resolve-market-names.js';
import type { MetroEntry } from './us-metro-states.js';

/** What a custom case sets, in the terms of a scenario definition; anything absent is as the brief says. */
export interface CaseOverrides {
  readonly target_amount?: number;
  readonly lease_term_years?: number;
  readonly rent_escalator?: number;
  readonly max_criticality?: number;
  /** Markets left out on top of the brief's own exclusions. */
  readonly exclude_markets?: readonly string[];
}

/** What a named case changes against the base case: one of the standard variants, or custom overrides. */
export type CaseChange =
  | { readonly variant: 'risk_off' | 'aggressive' | 'geo_focus' | 'leasable_only' }
  | {
      readonly variant: 'custom';
      readonly label: string;
      readonly overrides: CaseOverrides;
    };

/** One case a brief asks to compare ("a no-Texas case"), with what it changes, or none when its words are not understood. */
export interface CaseToCompare {
  /** The case as the brief names it, without its article and the word "case". */
  readonly words: string;
  readonly change: CaseChange | undefined;
}

/** The cases a brief asks to compare, and where it asks (the spans are not filters of the base case). */
export interface CasesToCompare {
  readonly cases: CaseToCompare[];
  readonly spans: { readonly start: number; readonly end: number }[];
}

/** "case", "scenario", "what-if", "variant": the word that makes a list of cases. */
const CASE_WORD = /\b(?:cases?|scenarios?|what[-\s]ifs?|variants?)\b/g;
/**
 * A request to see cases, before the first case word: a comparison ("compare", "versus", "side by side", a
 * "Scenarios:" label), or a verb that asks for one more run ("also run", "model another", "add a", "give me a").
 */
const LEAD =
  /\b(?:compare|comparing|comparison\s+of|versus|vs\.?|side[-\s]by[-\s]side|run|model|show|add|test|include|see|give)\b|\b(?:cases|scenarios)\s*:/g;
/** The leads that compare; the others ("run", "model") ask for cases only with "also", "another" or a list. */
const COMPARING = /^(?:compar|versus|vs|side|cases|scenarios)/;
/** "a no-Texas case to compare", "a 12-year case for comparison": the purpose after the last case word. */
const TO_COMPARE_AFTER = /^\s+(?:to\s+compare|for\s+(?:a\s+)?comparison)\b/;
/** "also run", "model another", "add a second": one more run beside the base case. */
const ONE_MORE = /\balso\b|\b(?:another|additional|second|third|extra|separate)\b/;
/** What separates the cases of a list; a hyphen-joined "and" ("an Ohio-and-Arizona-only case") names one case. */
const SEPARATOR = /\s*(?:,|;|(?<!-)\band\b(?!-)|\bvs\.?(?=\s)|\bversus\b|\bagainst\b|\bwith\b|\bto\b|\bor\b|\bplus\b|\/)\s*/i;
/** Words of a list that name no case: counts and the base case itself. */
const NO_CASE =
  /^(?:(?:the|our|a|an)\s+)?(?:base(?:line)?|as[-\s]is|status\s+quo|current(?:\s+plan)?|\d+|one|two|three|four|five|a\s+few|few|several|some|different|standard|usual|other|them|it|both)$/;

/** A sentence: up to a full stop that ends no number, `;`, `!`, `?` or a line break. */
const SENTENCE = /(?:[^.;!?\n]|\.(?=\d))+/g;

/**
 * Finds the cases a brief asks to compare: "Compare a short leases case and a no-Texas case", "also run a
 * 12-year lease scenario", "Scenarios: risk-off, no Chicago". Each is read into the change it makes (a lease
 * term, places left out, an escalator, a target, the standard variants by name); a case whose words are not
 * understood is kept with no change, so that it is reported and never guessed. The spans run from the request's
 * first word to its last case word: they describe other runs, so the base case must not read them as filters.
 */
export function findCasesToCompare(
  brief: string,
  portfolioMarkets: readonly string[],
  extraMetros: readonly MetroEntry[] = [],
): CasesToCompare {
  const lower = brief.toLowerCase();
  const cases: CaseToCompare[] = [];
  const spans: { start: number; end: number }[] = [];
  for (const sentence of lower.matchAll(SENTENCE)) {
    const text = sentence[0];
    const caseWords = [...text.matchAll(CASE_WORD)];
    if (caseWords.length === 0) continue;
    const lead = [...text.matchAll(LEAD)].find((match) => match.index <= (caseWords[0]?.index ?? 0));
    if (lead === undefined) continue;
    const listStart = lead.index + lead[0].length;
    const last = caseWords[caseWords.length - 1];
    // A "Scenarios:" label lists its cases to the end of the sentence; elsewhere the list ends at its last case word.
    const listEnd = lead[0].endsWith(':') ? text.length : (last?.index ?? 0) + (last?.[0].length ?? 0);
    if (listEnd <= listStart) continue;
    // The words as written (a lower-cased copy is the same length for the text a brief uses), for labels and notices.
    const written = brief.length === lower.length ? brief : lower;
    const found = written
      .slice(sentence.index + listStart, sentence.index + listEnd)
      .split(SEPARATOR)
      .map((part) => withoutCaseWords(part))
      .filter((words) => words !== '' && !NO_CASE.test(words.toLowerCase()));
    if (found.length === 0) continue;
    const asked = found.map((words) => ({ words, change: changeOf(words.toLowerCase(), words, portfolioMarkets, extraMetros) }));
    // "Model a US GAAP case: $100M ..." describes the one program to plan: a verb like "run" or "model" asks for
    // cases to compare only with "also", "another" or a list of them.
    const compares =
      COMPARING.test(lead[0]) ||
      ONE_MORE.test(text.slice(Math.max(0, lead.index - 12), listEnd)) ||
      TO_COMPARE_AFTER.test(text.slice(listEnd)) ||
      asked.length > 1;
    if (!compares) continue;
    cases.push(...asked);
    spans.push({ start: sentence.index + lead.index, end: sentence.index + listEnd });
  }
  return { cases, spans };
}

/** The case words in any letter case, to strip them from a list item as written. */
const CASE_WORD_ANY_CASE = new RegExp(CASE_WORD.source, 'gi');

function withoutCaseWords(part: string): string {
  return part
    .replace(CASE_WORD_ANY_CASE, ' ')
    .replace(/^\s*(?:(?:me|us|you|a|an|the|our|one|another|additional|second|third|extra|separate)\s+)+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The change a case's words (lower-cased, and as written) ask for, or `undefined` when they are not understood. */
function changeOf(
  words: string,
  written: string,
  portfolioMarkets: readonly string[],
  extraMetros: readonly MetroEntry[],
): CaseChange | undefined {
  if (/^(?:risk[-\s]?off|conservative|downside|defensive|cautious)$/.test(words)) return { variant: 'risk_off' };
  if (/^(?:aggressive|stretch|upside)$/.test(words)) return { variant: 'aggressive' };
  if (/^geo(?:graphic)?[-\s]*focus(?:ed)?$/.test(words)) return { variant: 'geo_focus' };
  if (/^(?:(?:easily\s+)?(?:re-?lettable|re-?leas[e]?able|leas[e]?able)(?:[-\s]+(?:only|assets|sites))?)$/.test(words))
    return { variant: 'leasable_only' };
  if (/^short(?:er)?[-\s]+(?:term[-\s]+)?leases?$/.test(words))
    return custom('Short leases', { lease_term_years: OFFLINE_SCENARIO_RULES.short_lease_term_years });
  const term = /^(\d{1,2})[-\s]?(?:years?|yrs?)(?:[-\s]+(?:leases?|terms?|lease\s+terms?))?$/.exec(words);
  if (term !== null) {
    const years = Number(term[1]);
    return years >= 1 && years <= 50 ? custom(`${years}-year leases`, { lease_term_years: years }) : undefined;
  }
  if (/^(?:flat[-\s]+rents?|no[-\s]+escalators?|no[-\s]+escalation|zero[-\s]+escalators?)$/.test(words))
    return custom('Flat rent', { rent_escalator: 0 });
  const escalator = /^(\d+(?:\.\d+)?)\s*%\s*(?:escalators?|escalation|bumps?|rent\s+growth)$/.exec(words);
  if (escalator !== null) {
    const rate = Number(escalator[1]) / 100;
    return rate < 0.25 ? custom(`${escalator[1]}% escalators`, { rent_escalator: rate }) : undefined;
  }
  if (/^non[-\s]?core(?:[-\s]+(?:only|assets|sites))?$/.test(words)) return custom('Non-core only', { max_criticality: 0.5 });
  const amount = /^(?:us)?\$?\s*(\d+(?:\.\d+)?)\s*(m|mm|million|bn|b|billion)(?:\s+(?:raise|target|program|programme|ask))?$/.exec(words);
  if (amount !== null) {
    const scale = /^b/.test(amount[2] ?? '') ? 1e9 : 1e6;
    return custom(`$${amount[1]}${scale === 1e9 ? 'B' : 'M'} target`, { target_amount: Number(amount[1]) * scale });
  }
  const without = /^(?:no|ex|without|excluding|sans)[-\s]+(.+)$/i.exec(written) ?? /^(.+?)[-\s]+(?:free|excluded|out)$/i.exec(written);
  if (without !== null) {
    const names = (without[1] ?? '').split(/\s*&\s*/).filter((name) => name !== '');
    const resolved = resolveMarketNames(names, portfolioMarkets, extraMetros);
    if (resolved.unknown.length > 0 || resolved.markets.length === 0) return undefined;
    return custom(`No ${names.map(titleCase).join(' & ')}`, { exclude_markets: resolved.markets });
  }
  return undefined;
}

function custom(label: string, overrides: CaseOverrides): CaseChange {
  return { variant: 'custom', label, overrides };
}

/** A place as a label word: its first letters raised ("new jersey" becomes "New Jersey"), the rest as written. */
function titleCase(name: string): string {
  return name.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}
