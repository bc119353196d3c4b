import type { BriefText } from './brief-text.js';
import { clauseOverFillers, withoutFillers } from './spoken-fillers.js';
import { findAmounts } from './read-amounts.js';
import { readRentCapsAnsweredInChat } from './rent-cap-asked-in-chat.js';
import { readRentCapSettingKeys } from './rent-cap-setting-keys.js';
import { readRentKeptInsideCaps } from './rent-kept-inside-a-cap.js';
import { readExcludeMortgaged } from './mortgage-exclusions.js';
import { readMortgagedSetAside } from './mortgaged-set-aside-wording.js';
import { readMortgagesLetGo } from './mortgage-let-go-wording.js';
import { readMortgagedConditionsAndHolders } from './mortgage-conditions-and-holders.js';
import { readMortgagedSettingsAndForms } from './mortgage-settings-and-forms.js';
import { readGlossedMortgagedClasses } from './mortgage-glossed-classes.js';
import { readGlossedClassAfterAnExclusion } from './glossed-class-after-an-exclusion.js';
import { readDebtStillOwedOnBuildings } from './debt-still-owed-on-buildings.js';
import { claimMortgagedExclusionAskedAndRefused, readMortgagedClassAskedInOrOut } from './mortgaged-class-asked-in-or-out.js';
import { readMortgagedLeftOutInAWhatIf } from './mortgaged-left-out-in-a-what-if.js';
import {
  BEFORE_CAP_WORD,
  CAP_AFTER,
  PER_YEAR,
  RENT_ADDED,
  RENT_CAP_AFTER,
  RENT_CAP_BEFORE,
  RENT_CAP_WORD,
  ADDED_RENT_AFTER,
  answerToRentQuestion,
  isStatementOfFact,
  rentCapStart,
  rentTopicCap,
} from './rent-cap-wording.js';

/** Every capping word of a clause, the last of which before a rent's name is the rent's own. */
const RENT_CAP_WORDS = new RegExp(RENT_CAP_WORD.source, 'g');
/** The mortgage and new-rent clauses of a brief. */
export interface AssetClauseReading {
  /** True when the brief rules out mortgaged (encumbered) assets. */
  readonly excludeMortgaged: boolean;
  /** The most annual rent the program may add (USD), every mention in text order (the caller keeps the tightest). */
  readonly maxRentAdded: number[];
}

/**
 * Reads the clauses about mortgages and new rent, before the amount reader so
 * that "keep new rent under $10M a year" is a cap on rent and never the target.
 */
export function readAssetClauses(text: BriefText): AssetClauseReading {
  // Every reader runs, each claiming what it read: a setting's "skip_encumbered: true" or a form's ticked "No" is read
  // only by the first, "leave anything mortgaged aside" only by the third.
  // "Encumbered (mortgaged) assets excluded", a chat's "[09:15] <raj> mortgaged assets?" answered "exclude them": first,
  // so that the general reader does not claim half of a glossed class (`mortgage-glossed-classes.ts`).
  // "exclude mortgaged?" / "no, include them": the question answered no is claimed before any reader takes it.
  claimMortgagedExclusionAskedAndRefused(text);
  const ruledOutByEither = [
    readGlossedMortgagedClasses(text),
    // "Exclude: all encumbered (mortgaged) sites": the glossed class after its order (`glossed-class-after-an-exclusion.ts`).
    readGlossedClassAfterAnExclusion(text),
    readMortgagedSettingsAndForms(text),
    readExcludeMortgaged(text),
    readMortgagedSetAside(text),
    // "Forget anything with a mortgage", "skip anything we've borrowed against" (`mortgage-let-go-wording.ts`).
    readMortgagesLetGo(text),
    // "if a building has a mortgage on it, skip it", "any building a lender has a mortgage on" (`mortgage-conditions-and-holders.ts`).
    readMortgagedConditionsAndHolders(text),
    // "Don't sell anything we still owe a bank on", "... if we left out anything mortgaged?", "mortgaged in or out?" / "out".
    readDebtStillOwedOnBuildings(text),
    readMortgagedLeftOutInAWhatIf(text),
    readMortgagedClassAskedInOrOut(text),
  ];
  const excludeMortgaged = ruledOutByEither.some(Boolean);
  // "rent_cap=16500000", "--max-rent-added=10m": a pasted setting's key names the cap (`rent-cap-setting-keys.ts`).
  // "the added annual rent has to stay inside $3.8M", "cap incremental NNN rent at $4.8M" (`rent-kept-inside-a-cap.ts`).
  const maxRentAdded: number[] = [...readRentCapSettingKeys(text), ...readRentKeptInsideCaps(text)];
  for (const amount of findAmounts(text.source)) {
    if (!text.isFree(amount.start, amount.end)) continue;
    // "the rent we add can't be more than, uh, fourteen million": a dictated pause is no clause break.
    const clause = clauseOverFillers(text, text.clauseWithLabel(amount.start));
    const before = withoutFillers(text.lower.slice(clause.start, amount.start));
    // "Annual rent from the new leases: capped at $5.5M": the label names the rent the words after it cap.
    const labelled = clause.start > 0 && text.source[clause.start - 1] === ':' ? text.clauseAround(clause.start - 1).start : clause.start;
    const after = text.lower.slice(amount.end, clause.end);
    const capBefore = RENT_CAP_BEFORE.exec(before);
    const rentAfter = RENT_CAP_AFTER.exec(after);
    let start: number;
    let end = amount.end;
    if (capBefore !== null) start = clause.start + capBefore.index;
    else if (rentAfter !== null) {
      const cap = BEFORE_CAP_WORD.exec(before);
      start = cap === null ? amount.start : clause.start + cap.index;
      end = amount.end + rentAfter[0].length;
    } else if (ADDED_RENT_AFTER.test(after) && (BEFORE_CAP_WORD.test(before) || CAP_AFTER.test(after.replace(ADDED_RENT_AFTER, '')))) {
      // "Max $7M incremental rent", "$4M new rent at most": the added rent named right after the amount, capped.
      start = clause.start + (BEFORE_CAP_WORD.exec(before)?.index ?? before.length);
      end = amount.end + (ADDED_RENT_AFTER.exec(after)?.[0].length ?? 0);
    } else {
      const rent = RENT_ADDED.exec(before);
      const cap = RENT_CAP_WORD.exec(before);
      const general =
        rent !== null && cap !== null
          ? null
          : rentCapStart(withoutFillers(text.lower.slice(labelled, amount.start)), text.lower.slice(amount.end, clause.end));
      const answered = general === null && rent === null ? answerToRentQuestion(text, clause.start, amount.start) : null;
      // "market share capped at 30% and rent added capped at $5.5M": a capping word after the rent's name is its own;
      // a capping word earlier in the clause may be another limit's.
      if (rent !== null && cap !== null) {
        // "net leverage under 3.5x and max rent added $9M": a capping word before another figure of the clause is that
        // figure's limit; the rent's own capping word is the one after the last figure before the rent's name.
        const lastFigure = [...before.slice(0, rent.index).matchAll(/\d[\d.,]*/g)].at(-1);
        const afterFigure = lastFigure === undefined ? 0 : lastFigure.index + lastFigure[0].length;
        const ownCap = [...before.slice(afterFigure, rent.index).matchAll(RENT_CAP_WORDS)].at(-1);
        // "criticality at 0.6 or under and rent added at $10M or under": a capping word right after the figure before
        // ("0.6 or under") is that figure's, and the rent's cap is the one after its own amount.
        const figuresOwn =
          ownCap !== undefined && /^[^\S\n]*(?:x|%)?[^\S\n]*(?:or[^\S\n]+)?$/.test(before.slice(afterFigure, afterFigure + ownCap.index));
        const cappedAfterAmount = CAP_AFTER.test(after.slice(PER_YEAR.exec(after)?.[0].length ?? 0));
        start =
          clause.start +
          (RENT_CAP_WORD.test(before.slice(rent.index)) || (cappedAfterAmount && (ownCap === undefined || figuresOwn))
            ? rent.index
            : ownCap !== undefined
              ? afterFigure + ownCap.index
              : Math.min(rent.index, cap.index));
      } else if (general !== null) {
        start = labelled + general.start;
        end = amount.end + general.afterLength;
      } else if (answered !== null) start = answered;
      else {
        const topic = rentTopicCap(text.lower, amount.start, amount.end);
        if (topic === null) continue;
        start = topic.start;
        end = topic.end;
      }
    }
    const perYear = PER_YEAR.exec(text.lower.slice(end, clause.end));
    if (perYear !== null) end += perYear[0].length;
    const capAfter = CAP_AFTER.exec(text.lower.slice(end, clause.end));
    if (capAfter !== null) end += capAfter[0].length;
    if (!text.isFree(start, end) || isStatementOfFact(text.lower.slice(Math.min(start, clause.start), clause.end))) continue;
    maxRentAdded.push(amount.value);
    text.claim(start, end);
  }
  // "Sue: rent ceiling?" then "Will: $7M/yr" lines below: the cap asked about in a chat and answered.
  maxRentAdded.push(...readRentCapsAnsweredInChat(text));
  return { excludeMortgaged, maxRentAdded };
}
