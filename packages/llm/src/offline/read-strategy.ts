import {
  NON_EXHAUSTIVE_PASS,
  NON_EXHAUSTIVE_WORD,
  OPTIMUM_NOT_NEEDED,
  QUICK_PASS_ENOUGH,
  SPEED_OVER_OPTIMALITY,
} from './quick-pass-wording.js';
import type { SelectionStrategy } from '@leaseback/domain';
import type { BriefText } from './brief-text.js';
import { NOT_WILLING, REFUSED_TO_HAVE } from './exclusion-words.js';
import { DISMISSED_AFTER_QUESTION } from './set-aside-economics.js';
import { MILLION_SCALE, WORD_NUMBER } from './written-numbers.js';
import {
  APPROXIMATION_TURNED_DOWN,
  EVERY_COMBINATION_SEARCHED,
  EXACT_KEPT_FOR_LATER,
  EXACT_WORDS,
  FINDS_BEST_ANSWER,
  FULL_SEARCH_PUT_OFF,
  EVERY_POSSIBILITY_CHECKED,
  FULL_SEARCH_WAIVED,
  GREEDY_LEFT_BEHIND,
  GREEDY_RUN_GAVE,
  GREEDY_WONT_STAND_UP,
  SOLVER_FAILING_IF,
  PROVES_BEST_ANSWER,
  QUICK_RANKING_ENOUGH,
} from './search-method-wording.js';
import {
  EARLIER_RUN_USED_GREEDY,
  EITHER_SEARCH_LEFT_TO_US,
  EVERY_POSSIBLE_SET_CHECKED,
  FULL_SEARCH_ANSWERED_IN_THREAD,
  FULL_SEARCH_FOR_THE_BEST_SET,
  FULL_SEARCH_FOR_THE_BEST_WORD,
  OPTIMISER_KEPT_FOR_LATER,
  SHORTCUT_TURNED_DOWN,
} from './full-search-for-the-best-set.js';
import { EVERY_COMBINATION_RUN, EVERY_COMBINATION_WORD } from './every-combination-wording.js';
import { BEST_COMBINATION_ASKED } from './best-combination-asked.js';
import { BEST_ANSWER_LEFT_TO_THE_SOLVER, BEST_ANSWER_LEFT_TO_THE_SOLVER_WORD } from './best-answer-left-to-the-solver.js';
import { FULL_SEARCH_NOT_NEEDED, PROVEN_OPTIMUM_ASKED, PROVEN_SEARCH_WORD } from './least-sold-and-proven-search-wording.js';
import {
  OPTIMISER_RUN_TO_FOLLOW,
  OPTIMUM_NEEDED_BY_NOBODY,
  PLAIN_SEARCH_WORD,
  QUICK_METHOD_ASKED,
  SOLVER_ASKED_BY_NAME,
} from './search-method-named-plainly.js';

/**
 * Asking for the provably best set (by name, as a best-fit solver or "best fit" alone as an item of a terse list, or
 * as an exhaustive or brute-force search), or for selling no more than
 * needed; "exactly" alone too ("solve it exactly"), but not as a word of emphasis ("we'll model exactly that", "exactly
 * the kind I mean"), nor of a deal copied ("not looking to copy him exactly"), nor
 * said of a figure or a level planned to ("plan to that level exactly", "plan exactly to those levels", "in fact
 * exactly — 15 years"). "Without going over" is the overshoot only when no limit's figure follows ("without going over
 * $7M of new rent" caps the rent).
 */
const EXACT = new RegExp(
  String.raw`\b(?:(?:an?\s+|the\s+)?(?:optimal(?:ly)?|exact)(?:\s+(?:solution|selection|set|strategy|solver|mix|combination|answer|approach|match))?|optimi[sz](?:e|ed|ing|ation|er)|(?:to\s+)?optimality|mathematically\s+best|(?:minimum|minimal|least|smallest|lowest)\s+(?:possible\s+)?overshoot|minimi[sz]e\s+(?:the\s+)?overshoot|(?:don'?t|do\s+not|without|never)\s+overshoot(?:ing)?|as\s+close\s+(?:as\s+(?:possible|you\s+can|we\s+can|it\s+gets)\s+)?to\s+(?:the\s+)?(?:target|ask|number|figure|amount)(?:\s+as\s+(?:possible|you\s+can|we\s+can))?|(?:closest|nearest)\s+to\s+(?:the\s+)?(?:target|ask|number|figure|amount)|without\s+going\s+over(?!\s+(?:(?:us\$|usd|\$)\s*\d[\d.,]*\s*(?:${MILLION_SCALE}|k)?\s+(?:of|in)\s+(?:(?:new|added|additional|incremental|annual)\s+)*rent|(?:the\s+|our\s+|a\s+)?(?:rent|leverage|covenant|cap|limit|ceiling)\b|\d+(?:\.\d+)?\s*x\b))|search(?:es|ing)?\s+exhaustively|exhaustively\s+search(?:es|ing)?|exhaustive\s+(?:search|enumeration|solve)|brute[-\s]force|best[-\s]fit\s+(?:solver|solve|search|method|approach|strategy|selection)|(?<=(?:^|[,;:.!?\n(|]|[^\S\n][-\u2013\u2014])[^\S\n]{0,3})best[-\s]fit(?=[^\S\n]*(?:[,;.!)|\n]|[-\u2013\u2014][^\S\n]|$))|(?:hit|land\s+on|match)\s+(?:the\s+)?(?:target|number|figure)\s+(?:exactly|precisely)|(?:no|not\s+a\s+dollar)\s+more\s+than\s+(?:we\s+|is\s+)?(?:need(?:ed|s)?|necessary|required)|exactly(?<!\b(?:plan(?:ned)?|planning|hold|held|set|run|keep|kept)\s+(?:it\s+)?(?:to|at)\s+(?:that|this|it|the\s+(?:covenant|level|limit|figure|cap|ceiling|number))(?:\s+(?:level|figure|number|limit|cap|ceiling|covenant))?\s+exactly)(?!\s*[-\u2013\u2014]+\s*\$?\d)(?<!\b(?:cop(?:y|ying|ied)|replicat(?:e|ed|ing)|mirror(?:ed|ing)?|imitat(?:e|ed|ing)|clon(?:e|ed|ing))\s+(?:[a-z']+\s+){0,2}exactly)(?!\s+(?:that|this|those|these|what|why|because|how|where|when|who|like|right|the\s+same|the\s+(?:kind|sort|type|ones?|thing|point|problem|issue|reason))(?![a-z]))(?!\s+(?:to|at)\s+(?:that|this|those|these|the|our)\s+(?:levels?|covenants?|limits?|figures?|caps?|ceilings?|numbers?|thresholds?)\b))(?![a-z])`,
  'g',
);
/**
 * The exact strategy asked about and set aside at once ("what if we tried the exact solver? Probably not", "would an
 * exact run do better? Don't bother."): claimed first and read as nothing.
 */
const EXACT_SET_ASIDE = new RegExp(
  String.raw`\b(?:what\s+if|would|could|should|can|shall)\s+(?:[a-z'-]+\s+){0,5}?(?:the\s+|an?\s+)?(?:exact|optimal)(?:\s+(?:solver|strategy|run|solve|search|selection|approach|method))?(?:\s+[a-z'-]+){0,3}?\s*${DISMISSED_AFTER_QUESTION}`,
  'g',
);
/**
 * The exact solver named as not yet to be used: unavailable for now ("the exact solver is under separate validation",
 * "is still being tested") or kept for a later run ("expects to rerun the program on the exact solver"). Claimed and
 * read as nothing, so that a brief asking for greedy meanwhile stays greedy.
 */
const EXACT_NOT_YET = new RegExp(
  String.raw`\b(?:the\s+)?(?:exact|optimal)\s+(?:solver|optimi[sz]er|solve|run)\s+(?:is|are)\s+(?:still\s+)?(?:under\s+(?:separate\s+|further\s+)?(?:validation|review|testing|development)|being\s+(?:validated|tested|reviewed|built)|not\s+(?:yet\s+)?(?:available|ready|validated|approved))` +
    String.raw`|(?<=\b(?:re-?run|later\s+run|future\s+run|next\s+run)\b[^.;!?\n]{0,40}?)\bon\s+the\s+(?:exact|optimal)\s+(?:solver|optimi[sz]er)`,
  'g',
);
/**
 * A strategy named as another run to compare against ("I'll compare it against the greedy run Jen did", "to benchmark
 * against last week's exact result") or optimising put off to later ("a greedy first pass is fine; we'll optimise
 * later"): claimed and read as nothing, so that the strategy asked for this run decides.
 */
const OTHER_RUN_OR_LATER = new RegExp(
  String.raw`\b(?:compar(?:e|ed|ing)|benchmark(?:ed|ing)?|check(?:ed|ing)?|reconcil(?:e|ed|ing))\s+(?:it\s+|this\s+|that\s+|them\s+|the\s+results?\s+)?(?:against|with|to)\s+(?:the\s+|a\s+|an\s+|our\s+|last\s+(?:week|month|quarter)'?s\s+|(?:the\s+)?(?:earlier|previous|prior|old)\s+)?(?:greedy|exact|optimal|optimi[sz]ed)\s+(?:run|result|answer|output|version|solution|pass|one|selection)` +
    String.raw`|\b(?:(?:we'?ll|we\s+will|we\s+can|i'?ll|can|will)\s+)?optimi[sz]e\s+(?:it\s+|that\s+|this\s+)?(?:later|afterwards|after\s+that|next\s+time|in\s+a\s+(?:second|later|next|follow-?up)\s+(?:pass|round|run))\b|\boptimi[sz]ation\s+(?:can|will|may)\s+(?:come|wait)\s+(?:later|afterwards)\b`,
  'g',
);
/**
 * The exact run named as too slow ("the exact one took too long on my laptop", "the optimiser is way too slow"): a
 * reason for the greedy rule, claimed and read as nothing.
 */
const EXACT_TOO_SLOW =
  /\b(?:the\s+)?(?:exact|optimal)\s+(?:one|solver|solve|run|method|approach|optimi[sz]er)\s+(?:took|takes|was|is|runs|ran)\s+(?:(?:far|way|much)\s+)?too\s+(?:long|slow)\b|\b(?:we\s+)?(?:see|decide|check)\s+later\s+(?:if|whether)\s+(?:the\s+)?optimi[sz]ation\s+is\s+(?:needed|necessary|required)\b/g;
/**
 * "Exactly" said of a lease setting's bare figure ("Actually just make it exactly 10", "exactly 15 years", "exactly
 * twelve"): the figure is set exactly, no search is asked for. Read as no strategy and left unclaimed for the
 * setting's readers; a figure of money ("raise exactly $90M", "exactly 90 million") is left to `EXACT`.
 */
const EXACTLY_A_SETTING = new RegExp(
  String.raw`\bexactly(?=\s+(?:\d+(?:\.\d+)?|${WORD_NUMBER})(?:\s*(?:years?|yrs?|%|percent|x)(?![a-z])|\s*(?:[,;.!?)\n]|$)))`,
  'g',
);
/** Every form of `EXACT_NOT_YET` has one of these words: a brief with none skips it. */
const EXACT_NOT_YET_WORD = /validat|testing|tested|review|development|not yet|not available|not ready|run/;
/**
 * The exact strategy floated by someone and turned away in the same sentence ("the IC wondered about an exact solve, but
 * that's not what the seller wants", "they floated the optimiser, but that isn't the plan"): claimed and read as
 * nothing. Only the strategy's words are claimed, so that a figure beside them is left to the other readers.
 */
const EXACT_FLOATED_AND_TURNED_AWAY =
  /(?<=\b(?:wondered|wondering|asked|mused|thought|talked)\s+about\s+[^.;!?\n]{0,40}?|\b(?:floated|suggested|proposed|raised|toyed\s+with)\s+[^.;!?\n]{0,40}?)\b(?:exact|optimal|optimi[sz]er|optimi[sz]ation)(?:\s+(?:solve|solver|run|search|selection|strategy|approach|method))?(?=[^.;!?\n]{0,30}?\bbut\s+(?:that|this|it)(?:'s|\s+is|\s+isn'?t|'s\s+not|\s+is\s+not)\s+(?:not\s+)?(?:what|the\s+(?:ask|plan|brief|instruction|request)))/g;
/**
 * The ranking rule asked about in a thread and turned down on the next line ("Karl: we go greedy? / Nadia: no, CFO
 * wants proceeds close to target"): claimed and read as nothing, so that what the answer asks for decides.
 */
const GREEDY_ASKED_AND_REFUSED =
  /\bgreedy(?:\s+[a-z]+)?[^\S\n]*\?(?=[^\S\n]*\n[^\S\n]*[a-z\u00c0-\u00ff]+[^\S\n]*:[^\S\n]*(?:no|nope|not\s+greedy)\b)/g;
/**
 * Turning the ranking rule down ("rather than the greedy one", "not greedy", "we don't want the greedy shortcut", "no
 * heuristics"):
 * with two strategies, that asks for exact.
 */
const NOT_GREEDY = new RegExp(
  String.raw`\b(?:rather\s+than|instead\s+of|not|no|avoid(?:ing)?|skip(?:ping)?|${REFUSED_TO_HAVE}|(?:${NOT_WILLING})\s+(?:use|run|apply|go\s+with))\s+(?:the\s+|a\s+)?(?:(?:quick|fast|simple|rough)\s+)?(?:greedy|heuristics?)(?:\s+(?:answer|result|solution)|\s+(?:one|strategy|approach|selection|rule|method|pass|heuristic|shortcut|version|route|option))?(?![a-z])` +
    // "the provably best set", "let's prove the optimum", "a proven optimum".
    String.raw`|\bprov(?:e|ably|en|ing)\s+(?:to\s+be\s+)?(?:the\s+|an?\s+)?(?:best|optim(?:um|al|ality))(?![a-z])` +
    // "the answer that's proven to be the best", "proven-best answer please": the best answer, proven.
    String.raw`|\bproven[-\s]best(?![a-z])` +
    // "greedy won't do it", "greedy isn't good enough here", "the greedy pass can't get there".
    String.raw`|\bgreedy(?:\s+(?:one|run|rule|ranking|pass|approach|method))?\s+(?:won'?t|will\s+not|doesn'?t|does\s+not|isn'?t|is\s+not|can'?t|cannot)\s+(?:do\s+it|do|cut\s+it|(?:be\s+)?(?:good\s+)?enough|work|get\s+(?:us\s+)?there)(?![a-z])` +
    // The ranking rule by a plain name, turned down: "rather than take the quick pass", "not the rule of thumb", "rather
    // than a rough one".
    String.raw`|\b(?:rather\s+than|instead\s+of|not)\s+(?:take\s+|use\s+|run\s+|go\s+with\s+)?(?:the\s+|a\s+)?(?:(?:quick|fast|simple|rough)\s+(?:pass|ranking|cut|approach|method|one)|rule\s+of\s+thumb)(?![a-z])`,
  'g',
);
/**
 * Waiving the proof of the best answer ("don't bother proving optimality", "no need to find the optimum", "without
 * chasing the optimal set") or the optimiser itself ("no need for the optimiser", "rather than the solver", "the
 * ranking, not the optimiser", "no need to optimise", "don't bother with the optimiser", "no need for the full optimiser",
 * "no need for the fancy optimizer", "the quick heuristic route rather than a full optimization"), or the best set itself turned down ("quick first cut, not the optimal solve",
 * "rather than an exact solution"): with two strategies, that asks for greedy.
 */
const NOT_EXACT =
  /\b(?:(?:rather\s+than|instead\s+of|(?<!\bwhy\s+)not|(?:don'?t|do\s+not)\s+need|no\s+need\s+for|without|skip(?:ping)?|(?:don'?t|do\s+not|no\s+need\s+to|needn'?t)\s+bother(?:ing)?\s+(?:with|running|using))\s+(?:the\s+|an?\s+)?(?:(?:full|exact|fancy|big)\s+)?(?:optimi[sz]er|solver|(?:optimal|exact)\s+(?:solve|solution|set|answer|run|search|selection))(?![a-z])|(?:no\s+need|(?:don'?t|do\s+not)\s+need|needn'?t)\s+(?:to\s+)?optimi[sz]e(?![a-z])|(?:no\s+need\s+for|(?:don'?t|do\s+not)\s+need|needn'?t|without|rather\s+than|instead\s+of)\s+(?:the\s+|an?\s+)?(?:full\s+|exact\s+|complete\s+)?optimi[sz]ation(?![a-z])|(?:don'?t|do\s+not|no\s+need\s+to|needn'?t|without|not\s+worth)\s+(?:bother(?:ing)?\s+(?:to\s+)?|need(?:ing)?\s+to\s+)?(?:prov(?:e|ing)|find(?:ing)?|chas(?:e|ing)|search(?:ing)?\s+for|solv(?:e|ing)\s+(?:for|to))\s+(?:the\s+|an?\s+)?(?:optimality|optimum|optimal(?:\s+[a-z]+)?|exact\s+[a-z]+|best\s+(?:possible\s+)?[a-z]+)(?![a-z]))/g;
/**
 * Asking for the ranking rule by name; not the rule told of as having gone wrong before ("the greedy one oversold last
 * quarter", "greedy overshot last time"), which is history, not a choice, nor a suggestion of it withdrawn ("the
 * 'greedy' idea was dropped").
 */
const GREEDY =
  /\b(?:(?:the\s+|a\s+)?greedy(?:\s+(?:strategy|approach|selection|rule|method|pass))?)(?![a-z])(?!\s+(?:(?:one|run|answer|result|version)\s+)?(?:oversold|overshot|sold\s+too\s+much|gave\s+us\s+too\s+much|went\s+(?:over|wrong)|failed|undershot)(?![a-z]))(?!['"\u2019\u201d]?\s+(?:suggestion|idea|proposal|option|request)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:withdrawn|dropped|rejected|scrapped|abandoned|ruled\s+out)(?![a-z]))/g;

/**
 * The exact solver named by a plain word for its care ("Run the precise solver please", "use the rigorous optimiser",
 * "run it the thorough way"): a solver that is precise or thorough is the exact one, never the ranking rule.
 */
const PRECISE_SOLVER = /\b(?:precise|rigorous|thorough|accurate)\s+(?:solver|optimi[sz]er|solve|method|way)(?![a-z])/g;

/**
 * Every combination searched, named in plain words: "the exhaustive method", "check every possible combination", "try
 * all the combinations". A search over some of them ("check a few combinations") is no such request.
 */
const EVERY_COMBINATION =
  /\bexhaustive\s+(?:method|approach|run|option|pass|check|version|solve|search)(?![a-z])|\b(?:check|try|test|search|evaluate|look\s+at|go\s+through|run\s+through)\s+(?:every|all(?:\s+the)?)\s+(?:possible\s+)?combinations?(?![a-z])/g;

/**
 * The ranking rule asked for by a plain name and called enough: "the simple ranking approach will do", "the fast
 * rank-and-pick pass is fine".
 */
const PLAIN_RANKING_IS_ENOUGH =
  /\b(?:(?:simple|quick|fast|rough)\s+(?:ranking|rank(?:-and-pick)?)|rank-and-pick)(?:\s+(?:approach|pass|method|rule))?(?=\s+(?:will\s+do|is\s+(?:fine|enough|ok|okay|good\s+enough)|works|should\s+do)(?![a-z]))/g;

/**
 * The ranking rule told of as a past run that went badly ("last time someone ran greedy and the board hated the
 * answer"), or a choice between the two left open ("not sure if greedy or exact is better - use whatever default"):
 * neither asks for a strategy, so both are claimed and read as nothing.
 */
const GREEDY_IN_THE_PAST_OR_OPEN =
  /\b(?:ran|used|tried|went\s+with)\s+(?:the\s+)?greedy(?:\s+(?:one|run|rule|pass|approach|method))?(?=[^.;!?\n]{0,50}?\b(?:hated|disliked|didn'?t\s+like|rejected|pushed\s+back|complained))|(?<=\blast\s+(?:time|quarter|year|round)\b[^.;!?\n]{0,25}?)\b(?:ran|used|tried|went\s+with)\s+(?:the\s+)?greedy\b|\b(?:not\s+sure|unsure|(?:don'?t|do\s+not)\s+know|no\s+idea)\s+(?:if|whether|which\s+of)\s+(?:greedy\s+or\s+exact|exact\s+or\s+greedy)(?:\s+is\s+(?:better|best|right))?/g;

/**
 * Reads the selection strategy: `exact` when the brief asks for an optimal or
 * exact selection or the least overshoot, `greedy` when it names the greedy
 * rule. When both appear, the later mention wins (a correction), except that a
 * line quoted from an earlier message ("> ...") counts only when nothing else
 * names a strategy. Undefined when the brief says neither.
 */
export function readStrategy(text: BriefText): SelectionStrategy | undefined {
  const mentions: { strategy: SelectionStrategy; start: number; quoted: boolean }[] = [];
  const setAside = text.lower.includes(' but ') ? [EXACT_SET_ASIDE, EXACT_FLOATED_AND_TURNED_AWAY] : [EXACT_SET_ASIDE];
  if (text.lower.includes('?') && text.lower.includes('\n')) setAside.push(GREEDY_ASKED_AND_REFUSED);
  if (text.lower.includes('exact solver') && EXACT_NOT_YET_WORD.test(text.lower)) setAside.push(EXACT_NOT_YET);
  if (/compar|benchmark|check|reconcil|optimi/.test(text.lower)) setAside.push(OTHER_RUN_OR_LATER);
  if (/too long|too slow|later if|later whether/.test(text.lower)) setAside.push(EXACT_TOO_SLOW);
  if (text.lower.includes('greedy')) setAside.push(GREEDY_IN_THE_PAST_OR_OPEN, GREEDY_RUN_GAVE, GREEDY_LEFT_BEHIND);
  if (text.lower.includes('if the ')) setAside.push(SOLVER_FAILING_IF);
  if (/wait|come later/.test(text.lower)) setAside.push(FULL_SEARCH_PUT_OFF);
  if (/exact|optimal|full/.test(text.lower)) setAside.push(EXACT_KEPT_FOR_LATER, EXACT_WORDS);
  // "The optimiser run can follow later": a run put off to a later paper asks for nothing now.
  const plainSearchWording = PLAIN_SEARCH_WORD.test(text.lower);
  if (plainSearchWording) setAside.push(OPTIMISER_RUN_TO_FOLLOW);
  const bestSetWording = FULL_SEARCH_FOR_THE_BEST_WORD.test(text.lower);
  if (bestSetWording) setAside.push(OPTIMISER_KEPT_FOR_LATER, EARLIER_RUN_USED_GREEDY);
  for (const pattern of setAside) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (text.isFree(match.index, end)) text.claim(match.index, end);
    }
  }
  // The full search asked for by the best set it looks for, or a choice between the two left to us.
  const bestSet = bestSetWording
    ? ([
        [EITHER_SEARCH_LEFT_TO_US, 'greedy'],
        [FULL_SEARCH_ANSWERED_IN_THREAD, 'exact'],
        [FULL_SEARCH_FOR_THE_BEST_SET, 'exact'],
        [EVERY_POSSIBLE_SET_CHECKED, 'exact'],
        [SHORTCUT_TURNED_DOWN, 'exact'],
      ] as const)
    : [];
  // "Run every combination", "use the exhaustive solver": the exact search by the combinations it runs through.
  const everyCombination = EVERY_COMBINATION_WORD.test(text.lower) ? ([[EVERY_COMBINATION_RUN, 'exact']] as const) : [];
  // "No need to run the exhaustive version", "run the provably optimal solver; I don't trust greedy".
  const provenSearch = PROVEN_SEARCH_WORD.test(text.lower)
    ? ([
        [FULL_SEARCH_NOT_NEEDED, 'greedy'],
        [PROVEN_OPTIMUM_ASKED, 'exact'],
      ] as const)
    : [];
  // "Best combination please": the best set alone, once the readers that want more have had their say.
  // "Use the solver please", "use the quick method", "nobody needs an optimal answer": the search by a plain name.
  const plainSearch = plainSearchWording
    ? ([
        [OPTIMUM_NEEDED_BY_NOBODY, 'greedy'],
        [QUICK_METHOD_ASKED, 'greedy'],
        [SOLVER_ASKED_BY_NAME, 'exact'],
      ] as const)
    : [];
  const bestCombination = text.lower.includes('best') ? ([[BEST_COMBINATION_ASKED, 'exact']] as const) : [];
  // "Let the solver find the best answer", "Solver answer, please": the best answer left to the solver.
  const leftToTheSolver = BEST_ANSWER_LEFT_TO_THE_SOLVER_WORD.test(text.lower)
    ? ([[BEST_ANSWER_LEFT_TO_THE_SOLVER, 'exact']] as const)
    : [];
  // "make it exactly 10": "exactly" of a setting's figure is no search, and is left free for the setting's readers.
  const exactlyOfASetting = new Set(
    text.lower.includes('exactly') ? [...text.lower.matchAll(EXACTLY_A_SETTING)].map((match) => match.index) : [],
  );
  // "A quick, non-exhaustive pass": the full search's word turned around, read before any reader of that word.
  const nonExhaustive = NON_EXHAUSTIVE_WORD.test(text.lower) ? ([[NON_EXHAUSTIVE_PASS, 'greedy']] as const) : [];
  for (const [pattern, strategy] of [
    ...nonExhaustive,
    ...provenSearch,
    ...bestSet,
    ...everyCombination,
    [NOT_EXACT, 'greedy'],
    ...plainSearch,
    [FULL_SEARCH_WAIVED, 'greedy'],
    [OPTIMUM_NOT_NEEDED, 'greedy'],
    [SPEED_OVER_OPTIMALITY, 'greedy'],
    [QUICK_PASS_ENOUGH, 'greedy'],
    [NOT_GREEDY, 'exact'],
    [GREEDY_WONT_STAND_UP, 'exact'],
    [EVERY_POSSIBILITY_CHECKED, 'exact'],
    [EXACT, 'exact'],
    [PRECISE_SOLVER, 'exact'],
    [EVERY_COMBINATION, 'exact'],
    [EVERY_COMBINATION_SEARCHED, 'exact'],
    [APPROXIMATION_TURNED_DOWN, 'exact'],
    [PROVES_BEST_ANSWER, 'exact'],
    [FINDS_BEST_ANSWER, 'exact'],
    [PLAIN_RANKING_IS_ENOUGH, 'greedy'],
    [QUICK_RANKING_ENOUGH, 'greedy'],
    ...leftToTheSolver,
    ...bestCombination,
    [GREEDY, 'greedy'],
  ] as const) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      if (strategy === 'exact' && exactlyOfASetting.has(match.index)) continue;
      const lineStart = text.lower.lastIndexOf('\n', match.index) + 1;
      mentions.push({ strategy, start: match.index, quoted: /^[^\S\n]*>/.test(text.lower.slice(lineStart, match.index)) });
      text.claim(match.index, end);
    }
  }
  // A reply's own words outrank the earlier message it quotes ("> draft attached at $140m, greedy" under "use the
  // exact optimiser"): quoted lines count only when the writer names no strategy.
  const own = mentions.some((mention) => !mention.quoted) ? mentions.filter((mention) => !mention.quoted) : mentions;
  own.sort((left, right) => left.start - right.start);
  return own[own.length - 1]?.strategy;
}
