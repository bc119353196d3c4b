// The objective asked about in a thread and answered on the next line in its shortest form, apart from
// `read-objective.ts`: "Sal: obj = min npv? / Tina: no - min proceeds", "Sam: are we doing npv-min or min proceeds /
// Jo: npv".

/**
 * A question naming the objective or one of its short forms ("obj = min npv?", "npv-min or min proceeds", its mark
 * left off when it offers a choice with "or"), answered on
 * the next line by its speaker with a short form alone, after any "no" or "yes": the answer's form in group 1. The
 * question is claimed with its answer, so that an objective it only asks about is never read.
 */
export const OBJECTIVE_ANSWERED_IN_THREAD =
  /\b(?:obj(?:ective)?|n?pv|proceeds)\b[^?\n]{0,40}(?:\?|(?<=\bor\b[^?\n]{1,40}))[^\S\n]*\n[^\S\n]*[a-z\u00c0-\u00ff]+[^\S\n]*:[^\S\n]*(?:(?:no|nope|yes|yep)\b[^\S\n]*[,.:\u2014\u2013-]?[^\S\n]*)?(min(?:imum)?[\s_-]*proceeds|(?:min(?:imum)?[\s_-]*)?n?pv(?:[\s_-]*(?:cost|min))*)(?=[^\S\n]*(?:[.!,]|\n|$))/g;

/** The objective an answer's short form names: the least proceeds when it says proceeds, else the cheapest capital. */
export function answeredObjective(form: string): 'min_proceeds' | 'min_npv_cost' {
  return form.includes('proceeds') ? 'min_proceeds' : 'min_npv_cost';
}
