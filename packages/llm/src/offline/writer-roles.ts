// The words of a job title or a team, as a writer introduces themselves before their place: "Legal, Newark.", "HR
// here, Newark office.", "Regional ops (Houston).", "Plant controller at Pasadena (not treasury).", "Warehouse GM,
// Fontana.", "New hire, plant HR at Pasadena.", "Hi, new analyst in FP&A, Houston.", "(sent by the ops excellence team,
// Columbus)". A department or a title is what marks the words as a role: a type word in it ("plant HR", "DC
// supervisor", "the labs group") names where the writer works, never a type to sell.

/** A department or function: "legal", "HR", "FP&A", "internal audit", "sales ops", "operations excellence". */
const DEPARTMENT = String.raw`(?:legal|hr|human\s+resources|finance|treasury|fp&a|audit|tax|accounting|reporting|compliance|procurement|facilities|ops|operations|planning|excellence|strategy|controlling|payroll|investor\s+relations|people|corporate\s+dev(?:elopment)?)`;

/**
 * A title or a unit: "manager", "GM", "supervisor", "auditor", "business partner", "board member", "new hire", "team",
 * "group", and the plain "guy" of a sign-on ("Plant guy in Chicago.", "the finance gal here").
 */
const TITLE =
  '(?:manager|director|dir|analyst|auditor|consultant|advis[eo]r|lead|head|vp|officer|controller|comptroller|treasurer|accountant|supervisor|gm|partner|member|hire|intern|coordinator|specialist|planner|counsel|paralegal|associate|team|group|desk|department|dept|guy|gal)';

/**
 * Words that may stand before a department or title in a role ("regional", "plant", "new", "internal", "the labs",
 * "A/P") but never words that ask or rule out ("no sales in Dallas", "only the Dallas team"), nor a figure.
 */
const ROLE_MODIFIER = String.raw`(?:(?!(?:no|not|only|just|sell|selling|raise|raising|exclude|excluding|keep|avoid|skip|drop|any|all|and|or|but|without|except|nothing|none|sold)\b)[a-z&'\u2019-]+(?:\/[a-z&-]+)?\s+)`;

/**
 * A role: up to two words before a department or title, the department a head leads ("head of operations"), the
 * title's office ("Controller's office"), up to two more departments or titles ("HR business partner", "ops excellence
 * team"), "here" ("HR here"), and a department it sits in ("new analyst in FP&A", "new on the finance team"). A role
 * may follow another after a comma ("New hire, plant HR").
 */
export const WRITER_ROLE = String.raw`(?:(?:${ROLE_MODIFIER}{0,2}(?:${DEPARTMENT}|${TITLE})(?:\s+of\s+(?:the\s+)?(?:corporate\s+|group\s+|global\s+|regional\s+)?${DEPARTMENT})?(?:['\u2019]s\s+office)?(?:\s+(?:${DEPARTMENT}|${TITLE})){0,2}|(?:cfo|coo|ceo)(?:['\u2019]s)?(?:\s+office)?)(?:\s+(?:in|on)\s+(?:the\s+)?${DEPARTMENT}(?:\s+team)?)?(?:\s+here)?)`;

/** A role disowned in brackets after it, which names no place: "(not treasury)", "(not in finance)". */
export const ROLE_DISOWNED = String.raw`(?:\s*\(\s*not\s+(?:in\s+)?[a-z&]+(?:\s+[a-z&]+)?\s*\))`;
