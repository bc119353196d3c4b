// How a brief waives the best answer in plain words, for the ranking rule: a quick or rough pass called enough, the
// optimum said not to be needed, and speed put before optimality. With two strategies, each asks for greedy.

/**
 * A quick pass called enough: "a quick pass is fine", "a rough cut will do", "the fast run is good enough". A pass
 * only named ("a quick pass first, then the exact solve") asks for nothing.
 */
export const QUICK_PASS_ENOUGH =
  /\b(?:quick|fast|rough|simple)\s+(?:first\s+)?(?:pass|run|cut|answer)(?:\s+(?:is|'s|will\s+be|would\s+be)|'s)?\s+(?:fine|enough|ok(?:ay)?|good\s+enough|all\s+we\s+need|will\s+do|does\s+it)(?![a-z])/g;

/**
 * The optimum said not to be needed: "don't need optimal", "no need for the fancy optimisation", "we don't need the
 * perfect answer", "no optimisation needed", "I don't need a proof of optimality", "no need for it to be optimal", "it doesn't
 * have to be optimal", "don't need it optimal", "don't bother optimising", "no need for the full solve", "no need to brute force it"). Read before the exact wording, which would take "optimal" alone as asking for it.
 */
export const OPTIMUM_NOT_NEEDED =
  /\b(?:no\s+need|(?:it\s+)?(?:doesn'?t|does\s+not)\s+(?:need|have)|(?:it\s+)?(?:don'?t|do\s+not)\s+need)\s+(?:for\s+)?(?:it|the\s+(?:answer|result|set|mix|selection))?\s*to\s+be\s+(?:optimal|the\s+optimum|perfect|provably\s+best)(?![a-z])|\bno\s+(?:optimi[sz]ation|optimi[sz]ing|optimi[sz]er)\s+(?:is\s+)?(?:needed|required|necessary)(?![a-z])|\b(?:don'?t|do\s+not|no\s+need\s+to)\s+bother\s+(?:with\s+)?(?:optimi[sz]ing|optimi[sz]ation|the\s+optimi[sz]er)(?![a-z])|\b(?:no\s+need\s+to\s+|(?:don'?t|do\s+not)\s+(?:need\s+to\s+)?)brute[-\s]force(?:\s+it)?(?![a-z])|\b(?:(?:don'?t|do\s+not|won'?t)\s+need(?:\s+it)?|no\s+need\s+for|needn'?t\s+be)\s+(?:the\s+|an?\s+|any\s+)?(?:fancy\s+|full\s+|perfect\s+|proper\s+)?(?:(?<=\b(?:full|proper|fancy)\s+)(?:exact\s+)?(?:solve|solver|search)(?![a-z])|(?:proof|guarantee|certainty)\s+(?:of|that\s+it'?s)\s+(?:the\s+)?(?:optimality|optimum|optimal|best)|optimal|optimum|optimality|optimi[sz]ation|optimi[sz]ing|perfect(?=\s+(?:answer|set|mix|selection|solution)))(?:\s+(?:answer|set|mix|selection|solution|result|run))?(?![a-z])/g;

/**
 * The search called not exhaustive or not optimal by a prefix: "a quick, non-exhaustive pass", "a non-optimal answer is
 * fine", "a not-exhaustive run". The prefix turns the full search's own word around, so that the exhaustive wording
 * (which would take "exhaustive pass" as asking for the full search) must not see it: read before it. Only with what is
 * run or given after it, so that a list called non-exhaustive ("a non-exhaustive list of sites") asks for nothing.
 */
export const NON_EXHAUSTIVE_PASS =
  /\b(?:(?:quick|fast|rough),?\s+)?(?:non|not)[-\s]?(?:exhaustive|optimal)\s+(?:pass|run|search|solve|answer|result|approach|method|cut|look|selection)(?![a-z])/g;

/** Every form of `NON_EXHAUSTIVE_PASS` has one of these words: a brief with none skips it. */
export const NON_EXHAUSTIVE_WORD = /non-?\s?(?:exhaustive|optimal)|not[-\s]?(?:exhaustive|optimal)/;

/**
 * Speed put before the best answer: "speed over optimality", "speed matters more than precision", "fast over
 * perfect". The other way round ("optimality over speed") asks for the exact search, read by its own wording.
 */
export const SPEED_OVER_OPTIMALITY =
  /\b(?:speed|fast|quick|turnaround)\s+(?:over|before|rather\s+than|(?:matters|counts)\s+more\s+than|beats|trumps)\s+(?:optimality|optimi[sz]ation|precision|perfection|perfect|optimal|the\s+(?:optimal|best|perfect)\s+(?:answer|set|mix|selection))(?![a-z])/g;
