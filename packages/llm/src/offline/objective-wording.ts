import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';
/**
 * The wording of the two selection objectives: the cheapest capital (`min_npv_cost`: "the cheapest way", "minimise
 * the capital's NPV cost") and selling no more than needed (`min_proceeds`: "minimise proceeds over the target",
 * "as little excess as possible"). Read by `readEconomics`.
 */
/** What a cost is called: "cost", "all-in cost", "NPV cost", "net present cost of the leases", "cost of funds". */
// The measure may be abbreviated ("PV rent cost") and the cost may be the leases' or the rent's ("present-value lease
// cost", "the rent cost"); "lowest-cost-of-capital" is hyphenated as one word.
const COST_NOUN = String.raw`(?:(?:all[-\s]in|overall|total|lifetime|effective|economic|true|financing|funding)\s+)*(?:(?:n?pv|net\s+present(?:\s+value)?|present[-\s]value)[-\s]+)?(?:(?:lease|leasing|rent|rental)\s+)?(?:cost|costs|expense)(?:[-\s]+of[-\s]+(?:the[-\s]+)?(?:capital|funds|funding|financing|money|leases?|leasebacks?|program(?:me)?|transaction|deal|raise))?`;
/** The present-value measure a cost is counted in: "NPV", "PV", "present value", "net present value". */
/** A present value's name: "PV", "NPV", "present value", "net present value". */
export const PV_MEASURE = String.raw`(?:n?pv|present[-\s]value|net[-\s]present[-\s]value)`;
/** "in NPV terms", "on a present-value basis", "in PV", "NPV-wise": the basis a cost is counted on. */
const PV_BASIS = String.raw`(?:(?:in|on)\s+(?:an?\s+)?${PV_MEASURE}(?:\s+(?:terms|basis))?|${PV_MEASURE}[-\s]wise)`;
/**
 * The cheapest-capital objective, in its families: a superlative of cost with what is being chosen ("the
 * cheapest way", "cheapest financing route", "the cheapest SLB that raises $110M", "lowest-cost capital", "least expensive funding", "most
 * economical structure", "the cheapest-in-NPV objective"); the cost answering a question on the objective ("objective?
 * A: NPV cost of the leases, lowest"); the cost said to be the lowest ("the cost of the leaseback capital measured in NPV
 * should be the lowest"); the lowest of a cost ("at the lowest possible NPV cost", "minimum all-in cost",
 * "lowest cost of capital"); minimising one ("minimise our cost of capital", "minimising the net present cost
 * of the leases"); and "optimise for cost", "cost-optimal", "lowest NPV". The present value of the leases made
 * lowest ("minimise the PV of rent") is `PV_OF_THE_LEASES_LOWEST`'s.
 */
export const CHEAPEST_CAPITAL = new RegExp(
  String.raw`\b(?:` +
    [
      // "the cheapest way", "cheapest-capital version", "the cheapest-in-NPV-terms set of sites".
      String.raw`(?:the\s+)?(?:cheapest(?:[-\s]cost)?|least\s+(?:expensive|costly)|lowest[-\s]cost|most\s+(?:economical|cost[-\s]effective)|cost[-\s](?:minimi[sz]ing|efficient))(?:[-\s]+(?:in|on)[-\s]+(?:an?[-\s]+)?(?:npv|present[-\s]value|net[-\s]present[-\s]value)(?:[-\s]+(?:terms|basis))?)?[-\s]+(?:(?:possible|available|overall|all-in|npv|present[-\s]value|net[-\s]present[-\s]value)[-\s]+)*(?:outcome|result|answer|choice|(?:cost\s+of\s+)?(?:capital|money|funding|financing|funds)|source\s+of\s+(?:capital|funds|funding)|way|manner|means|method|route|path|option|approach|mix|structure|program(?:me)?|solution|plan|deal|execution|alternative|raise|set|selection|combination|package|version|portfolio|basket|objective|goal|criterion|optimi[sz]er|solver|slb|sale[-\s]leaseback|leaseback|transaction)(?:[-\s]+(?:route|path|option|structure|source|mix|version|set|selection|solution|plan))?`,
      // "cheapest in NPV terms", "least expensive on a present-value basis": the superlative and its basis alone.
      String.raw`(?:cheapest|least\s+(?:expensive|costly)|lowest[-\s]cost)\s+(?:in|on)\s+(?:an?\s+)?${PV_MEASURE}(?:\s+(?:terms|basis))?`,
      // "the cheapest lease cost in NPV", "lowest PV rent cost", "the lowest-cost leases on an NPV basis", "the
      // lowest-cost lease package on a present value basis": the leases or their rent as what is cheapest.
      String.raw`(?:the\s+)?(?:cheapest|lowest|least|minimum|smallest)(?:[-\s]+(?:possible|${PV_MEASURE}))*[-\s]+(?:lease|leases|leasing|rent|rental)[-\s]+costs?(?:\s+${PV_BASIS})?`,
      String.raw`(?:the\s+)?(?:cheapest|lowest[-\s]cost|least[-\s](?:expensive|costly))[-\s]+lease(?:back)?s?(?:[-\s]+(?:package|set|mix|structure|program(?:me)?|portfolio))?(?:\s+${PV_BASIS})?`,
      // "keeping the cost of the leases down in present value": held down, on the present-value basis said.
      String.raw`(?:keep|keeping|hold|holding|drive|driving|push|pushing|bring|bringing)\s+(?:the\s+|our\s+)?${COST_NOUN}\s+down\s+${PV_BASIS}`,
      // "pay as little as possible for the capital, in PV terms": what is paid for the money kept small.
      String.raw`pay(?:ing)?\s+as\s+little\s+as\s+(?:possible|we\s+can)\s+for\s+(?:the\s+|our\s+)?(?:capital|money|funding|financing|funds|leases?|leasebacks?)`,
      // "What to minimise: the NPV cost of the leases": the cost as the answer to what is minimised.
      String.raw`what\s+(?:to|we)\s+minimi[sz]e\s*[:?-]\s*(?:the\s+|our\s+)?${COST_NOUN}`,
      // "the cheaper option in present value", "a less expensive structure on an NPV basis": a comparative only with the basis.
      String.raw`(?:the\s+)?(?:cheaper|less\s+(?:expensive|costly)|lower[-\s]cost)\s+(?:way|option|route|structure|alternative|choice|solution|plan|set|selection|combination|outcome|mix|package)\s+(?:in|on)\s+(?:an?\s+)?(?:npv|present[-\s]value|net\s+present\s+value)(?:\s+(?:terms|basis))?`,
      // "NPV-cost objective", "present-value cost goal": the cost named as what is optimised.
      String.raw`(?:npv|present[-\s]value|net[-\s]present[-\s]value)[-\s]+cost\s+(?:objective|goal|criterion|basis|optimi[sz]ation|minimi[sz]ation)`,
      // "the solution with less cost in present value", "lower cost on an NPV basis".
      String.raw`(?:less|lower|lowest|least|smallest|minimum)\s+(?:${COST_NOUN})\s+(?:in|on)\s+(?:an?\s+)?(?:npv|present[-\s]value|net\s+present\s+value)(?:\s+(?:terms|basis))?`,
      String.raw`(?:the\s+)?(?:lowest|least|minimum|minimal|smallest|min\.?)(?:\s+possible)?[-\s]+${COST_NOUN}`,
      // "minimise the capital's NPV cost", "minimising the program's all-in cost": whose cost it is, in the possessive.
      String.raw`minimi[sz](?:e|es|ed|ing)\s+(?:(?:our|the)\s+)?(?:(?:capital|program(?:me)?|deal|transaction|raise|leaseback|funding)['\u2019]s\s+)?(?:${COST_NOUN}|npv|capital\s+cost)`,
      String.raw`optimi[sz](?:e|es|ed|ing)\s+(?:for|on)\s+(?:the\s+)?(?:lowest\s+)?(?:npv\s+)?cost`,
      // "keep what this costs us over time as low as possible", "hold what the leases cost the company over the years as
      // low as we can": what the program costs over time, kept low (a cost with no span, "what this costs us in fees",
      // is none).
      String.raw`(?:keep|keeping|hold|holding|get|getting)\s+what\s+(?:this|it|the\s+(?:deal|program(?:me)?|leasebacks?|leases?|sale|transaction|rent))\s+(?:costs?|will\s+cost)\s+(?:(?:us|the\s+company|the\s+business)\s+)?(?:over|across)\s+(?:time|the\s+years|the\s+long\s+(?:run|term|haul)|the\s+(?:whole\s+|full\s+)?(?:life|term)\s+of\s+the\s+leases)\s+as\s+(?:low|small)\s+as\s+(?:possible|(?:we|you)\s+can|practicable|it\s+can\s+be)`,
      // "keep the cost of funds as low as possible"
      String.raw`(?:(?:keep|keeping|hold|holding)\s+)?(?:the\s+|our\s+)?${COST_NOUN}\s+as\s+low\s+as\s+(?:possible|we\s+can|practicable|it\s+can\s+be)`,
      // "leasebacks as cheap as possible relative to our cost of debt, measured in NPV": the whole comparison is the objective's.
      String.raw`as\s+(?:cheap|inexpensive|low[-\s]cost)\s+as\s+(?:possible|we\s+can|practicable|it\s+can\s+be)(?:\s+(?:relative\s+to|compared\s+(?:to|with)|against)\s+(?:our\s+|the\s+)?(?:cost\s+of\s+(?:debt|capital|funds|borrowing)|borrowing\s+costs?|debt))?(?:,?\s+(?:measured\s+)?(?:in|on\s+an?)\s+(?:npv|present[-\s]value|net\s+present\s+value)(?:\s+(?:terms|basis))?)?`,
      String.raw`cost[-\s]optimal|min_npv_cost|(?:lowest|minimum|min)[-\s]npv|npv[-\s]minimi[sz](?:ing|ed)`,
      // "at the lowest lease NPV", "the minimum rent PV": the present value of the leases or their rent, lowest.
      String.raw`(?:lowest|minimum|min|smallest|cheapest)[-\s]+(?:lease|leasing|leaseback|rent|rental)[-\s]+${PV_MEASURE}(?:[-\s]+costs?)?`,
      // "the NPV cost minimised", "with the present-value cost minimized": the cost, then the verb in the passive.
      String.raw`(?:the\s+|our\s+)?(?:npv|present[-\s]value|net[-\s]present[-\s]value)\s+(?:cost|costs)(?:\s+of\s+(?:the\s+)?(?:capital|leases?|program(?:me)?))?\s+(?:(?:is|being|to\s+be)\s+)?minimi[sz]ed`,
      // "minimise what we give up in NPV", "minimising how much we pay in present-value terms": the cost as what is given up.
      String.raw`minimi[sz](?:e|es|ed|ing)\s+(?:what|how\s+much)\s+(?:we|the\s+(?:company|group|business))\s+(?:give\s+up|lose|pay|spend|sacrifice|forgo|forego)\s+(?:in|on\s+an?)\s+(?:npv|present[-\s]value|net\s+present\s+value)(?:\s+(?:terms|basis))?`,
      // "minimise what we pay over the life of the leases", "minimising how much we spend in rent across the lease term":
      // the whole rent bill over the leases' life is their cost, whatever the basis.
      String.raw`minimi[sz](?:e|es|ed|ing)\s+(?:what|how\s+much)\s+(?:we|the\s+(?:company|group|business))\s+(?:pay|spend)(?:\s+in\s+rent)?\s+(?:over|across|during|for)\s+(?:the\s+)?(?:(?:whole|full|entire)\s+)?(?:life|lives|term|terms|duration)\s+of\s+(?:the\s+|our\s+)?(?:leases?|leasebacks?)`,
      // "Q: objective? A: NPV cost of the leases, lowest.", "alex: objective? / mo: NPV cost": the cost answering a
      // question on the objective.
      String.raw`(?:objective|goal|optimi[sz]ing\s+for)\s*\?\s*(?:(?:a|answer|[a-z]+)\s*:\s*)?(?:the\s+)?(?:(?:lowest|min(?:imum)?|cheapest)\s+)?(?:npv|present[-\s]value|net\s+present\s+value)(?:[-\s]+cost)?`,
      // "the cost of the leaseback capital measured in NPV should be the lowest": the cost, its basis, then the lowest.
      String.raw`(?:the\s+)?cost\s+of\s+(?:the\s+|our\s+)?(?:[a-z]+\s+){0,2}?(?:capital|leases?|leasebacks?|funding|financing|money)\s+(?:(?:measured|counted)\s+)?${PV_BASIS}\s+(?:should|must|needs\s+to|has\s+to|is\s+to|to)\s+be\s+(?:the\s+)?(?:lowest|minimi[sz]ed|minimal|smallest|as\s+low\s+as\s+possible)`,
      // "at the cheapest NPV cost", "cheapest NPV": the superlative on the measure itself.
      String.raw`(?:the\s+)?(?:cheapest|least[-\s]expensive|least[-\s]costly)[-\s]+(?:npv|present[-\s]value|net[-\s]present[-\s]value)(?:[-\s]+(?:cost|costs|basis|terms))?`,
      // "$160m, cheapest, FCCR ≥ 1.8x", "Raise $65m. Cheapest. No mortgaged.", "$90m - cheapest please": the superlative
      // alone as an item of a terse list says what to minimise.
      String.raw`(?<=(?:^|[,;:.!?\n(|]|[^\S\n][-\u2013\u2014])[^\S\n]{0,3})cheapest(?:[^\S\n]+(?:please|pls|possible))?(?=[^\S\n]*(?:[,;.!)|\n]|[-\u2013\u2014][^\S\n]|$))`,
    ].join('|') +
    ')(?![a-z])',
  'g',
);

/**
 * The sell-no-more-than-needed objective, named as an objective: "the min-proceeds objective", "Objective:
 * minimum proceeds"; by its API name, `min_proceeds`; or as what is run or used ("run min proceeds", "use
 * minimum proceeds with the exact solver", "optimise for minimum proceeds"; an adverb between, as in "optimise exactly
 * for minimum proceeds", is left for the strategy reader), when no figure, bound or "of" follows ("minimise proceeds
 * over the target", "minimise proceeds above target" and "min proceeds over target" are still the objective); "(min
 * proceeds)" in brackets, "selling as little above the target as possible", and "minimum proceeds" alone after the
 * exact strategy ("Exact strategy, minimum proceeds."); "min proceeds" as a clause of its own ("min proceeds, 3%
 * escalator, 15y", "ian: min proceeds, don't over-raise") unless a sum follows it ("Min proceeds, $40M" is a floor),
 * and "min proceeds obj"; the overshoot kept small ("overshooting the target as little as
 * possible", "with as little excess as possible", "minimise how much we overshoot", "minimise overshoot above target"); and a question on the objective answered by it ("What are we optimising?
 * A: Minimum proceeds."). Otherwise "minimum
 * proceeds" is a floor's label ("Minimum proceeds: $80M", "run with minimum proceeds of $80M") and is left
 * to that reader.
 */
export const MIN_PROCEEDS_OBJECTIVE = new RegExp(
  String.raw`\b(?:objective\s*(?:[:=-]\s*|\s(?:is|of|should\s+be|will\s+be)\s+)?(?:the\s+)?(?:min(?:imum|imal|imi[sz]e|imi[sz]ing)?\.?|least|smallest|lowest)[-\s_]proceeds|(?:the\s+)?(?:standard\s+|default\s+|usual\s+)?min(?:imum|imal)?[-\s_]proceeds\s+(?:(?:as|is|being|for)\s+(?:the\s+|our\s+)?)?obj(?:ective|\.)?|(?<=(?:^|[.;,:!?\n(])\s*)min\.?[-\s]proceeds(?=\s*(?:[.;!\n)]|$|,(?!\s*(?:us\$|\$|usd|eur|gbp|of\b|at\b|floor\b|\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE}|k)?(?![\d.%a-z])))))|(?:optimi[sz]ing|optimi[sz]ed|optimi[sz]e\s+for|objective|goal)\s*\?\s*(?:a|answer)?\s*:\s*(?:the\s+)?min(?:imum|imal)?[-\s]proceeds|min_proceeds|min(?:imum|imal)?\.?\s+proceeds\s+overshoot(?![a-z])|min(?:imi[sz]e|imi[sz]ing)\s+(?:the\s+)?over[-\s]shoot(?![a-z])|(?<=\b(?:target|ask|goal)\b[^.;!?\n]{0,60}?[.;]\s*(?:we'?d\s+|we\s+would\s+)?(?:also\s+)?(?:like\s+to\s+)?)min(?:imi[sz]e|imi[sz]ing)\s+proceeds\s+(?:beyond|above|over)\s+(?:that|it|this)(?![a-z])|(?:overshoot(?:ing)?|exceed(?:ing)?|go(?:ing)?\s+(?:over|above|past))\s+(?:the\s+|our\s+)?(?:target|ask|goal)\s+(?:by\s+)?as\s+little\s+as\s+(?:possible|we\s+can)|(?:(?:sell(?:ing)?|rais(?:e|ing))\s+|with\s+)?as\s+little\s+(?:excess|surplus|overshoot|extra)\s+as\s+(?:possible|we\s+can)|min(?:imi[sz]e|imi[sz]ing)\s+(?:how\s+(?:much|far)\s+we\s+(?:overshoot|exceed)(?:\s+(?:the\s+)?(?:target|ask))?|(?:the\s+|any\s+)?(?:overshoot|excess)(?:\s+(?:proceeds|(?:above|over|beyond)\s+(?:the\s+)?(?:target|ask)))?)|min(?:imum|imal)?\.?[-\s]proceeds\s+(?:over|above|beyond)\s+(?:the\s+|our\s+)?(?:target|ask|goal)|(?<=\(\s*)min(?:imum|imal)?\.?[-\s]proceeds(?=\s*\))|(?:sell(?:ing)?|rais(?:e|ing)|go(?:ing)?)\s+as\s+little\s+(?:above|over|beyond|past)\s+(?:(?:the\s+|our\s+)?(?:target|ask|goal)|that|it|this)\s+as\s+(?:possible|we\s+can|you\s+can)|(?<=\b(?:exact|optimal)\s+(?:strategy|solver|solve|method|selection)?\s*[,;:-]\s*)min(?:imum|imal)?\.?[-\s]proceeds(?=\s*(?:[.;,\n]|$))|min(?:imi[sz]e|imi[sz]es|imi[sz]ing)\s+(?:the\s+|our\s+)?proceeds(?:\s+(?:above|over|beyond)\s+(?:the\s+|our\s+)?(?:target|ask|goal)(?![a-z]))?(?!\s*(?:[:=|($\d]|-\s*\$?\d|(?:of|at|(?:above|over|beyond)(?!\s+(?:(?:the|our|an?)\s+)?(?:(?:us)?\$?\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?\s+)?(?:target|ask|goal)\b)|below|under|to|no|not|greater|more|less|floor|threshold|level|amount|target|figure|usd|eur|gbp)\b))|(?:run|running|use|using|go\s+with|going\s+with|try|choose|pick|select|solve\s+(?:for|with)|optimi[sz]e\s+(?:for|on)|(?<=\b(?:solv(?:e|ing)|optimi[sz](?:e|ing)|run|use)\s+(?:exactly|strictly|purely|only|solely|specifically|explicitly|precisely|just|greedily)\s+)(?:for|on|with))\s+(?:the\s+|a\s+)?min(?:imum|imal)?\.?[-\s]proceeds(?:\s+(?:approach|mode|rule|option|setting|method))?(?!\s*(?:[:=|($\d]|-\s*\$?\d|(?:of|at|above|over|below|under|no|not|greater|more|less|floor|threshold|level|amount|target|figure|usd|eur|gbp)\b)))(?![a-z])`,
  'g',
);

/**
 * The same objective in plain words, named as the objective or goal: "Objective: sell no more than we need", "our
 * goal is to raise only what is needed", "aim: divest no more than necessary". Without the label, "sell no more
 * than we need" may be a remark, and a figure after it ("no more than $50M") is a cap, not an objective.
 */
export const MIN_PROCEEDS_IN_WORDS =
  /\b(?:objective|goal|aim|priority)\s*(?:[:=-]\s*|\s(?:is|should\s+be|will\s+be)\s+)(?:to\s+)?(?:sell|raise|divest|monetise|monetize)\s+(?:no\s+more\s+than|not\s+more\s+than|only\s+(?:what|as\s+much\s+as))\s+(?:we\s+|is\s+|are\s+|it\s+is\s+)?(?:really\s+|actually\s+|strictly\s+)?(?:need(?:ed|s)?|necessary|required|have\s+to)(?![a-z])/g;

/**
 * The same objective in plain words, without a label: the overshoot kept small ("the lowest overshoot", "least
 * overshoot", "the package that minimises overshoot", "overshoot kept minimal", "keep the overshoot to a minimum",
 * "overshoot as little as possible", "we don't want to overshoot", "no overshoot beyond what's required"); selling no
 * more than needed ("don't sell a dollar more than we have to", "not a dollar more than necessary", "avoid raising more
 * than necessary", "sell the minimum necessary", "sell the minimum needed to hit the number"); and the surplus kept
 * small ("the fewest surplus dollars possible", "the smallest amount over target you can", "minimise surplus
 * proceeds", "the smallest package that gets us there", "minimise the amount raised above target", "an
 * overshoot-minimising optimiser", "sell the least we can past that number", "sell just enough", "without selling more
 * than we need", "sell ≤ what we need", "we don't want to over-raise"). A figure after "no more than" is a cap, and is never read
 * here: each form ends on need, necessity or the target. "Minimal overshoot" is read in `working-word-objectives.ts`.
 */
export const MIN_PROCEEDS_PLAIN = new RegExp(
  String.raw`\b(?:` +
    [
      // "the smallest-overshoot objective", "a minimum-overshoot goal": an overshoot named as the objective is one.
      String.raw`(?:the\s+)?(?:smallest|least|lowest|minimum|minimal|min)[-\s]overshoot[-\s](?:objective|goal|criterion|rule|approach|option|mode|setting)`,
      String.raw`(?:the\s+)?(?:lowest|least|minimum|min\.?)(?:\s+possible)?\s+overshoot(?:\s+possible)?`,
      // "Smallest overshoot.", "$80m, smallest overshoot, IFRS", "35 mio quick, smallest overshoot possible.": the overshoot
      // kept smallest as an item of its own.
      String.raw`(?<=(?:^|[.;,:!?\n]|[^\S\n][-\u2013\u2014])[^\S\n]{0,3})smallest\s+overshoot(?:\s+possible)?(?=[^\S\n]*(?:[.;,!)\n]|$))`,
      String.raw`minimi[sz](?:es|ed)\s+(?:the\s+|any\s+)?overshoot`,
      String.raw`(?:the\s+)?overshoot\s+(?:(?:is|be|to\s+be|should\s+be|must\s+be)\s+)?(?:kept|held)\s+(?:minimal|to\s+(?:a|the)\s+minimum|(?:as\s+)?(?:small|low)(?:\s+as\s+possible)?)`,
      String.raw`(?:keep|keeping|hold|holding)\s+(?:the\s+|any\s+)?overshoot\s+(?:to\s+(?:a|the)\s+minimum|minimal|as\s+(?:small|low)\s+as\s+possible)`,
      String.raw`overshoot(?:ing)?\s+(?:(?:the\s+|our\s+)?(?:target|ask|goal|number)\s+)?(?:by\s+)?as\s+little\s+as\s+(?:possible|we\s+can)`,
      String.raw`(?:(?:don'?t|do\s+not|never|(?:should|must|shall)\s+not|(?:should|must)n'?t)(?:\s+(?:want|wish|need)\s+to)?|try\s+not\s+to|(?:want|aim|prefer)\s+not\s+to)\s+overshoot(?:ing)?(?!\s+(?:by\s+)?(?:more\s+than\s+)?\$?\d)`,
      String.raw`no\s+overshoot(?:\s+(?:beyond|above|past)\s+what(?:'s|\s+is)\s+(?:required|needed|necessary))?(?!\s+(?:of|above|beyond|over)\s+(?:more\s+than\s+)?\$?\d)`,
      // "don't sell more than you need", "sell no more than needed", "selling no more than we need".
      String.raw`(?:(?:don'?t|do\s+not|never|not)\s+(?:sell|raise|divest)\s+|(?:sell|raise|divest)(?:ing)?\s+no\s+|(?:and\s+)?not\s+)(?:a\s+(?:single\s+)?(?:dollar|cent|penny)\s+|any(?:thing)?\s+)?more\s+than\s+(?:we\s+|you\s+|they\s+|is\s+|it\s+is\s+)?(?:really\s+|strictly\s+|actually\s+)?(?:need(?:ed|s)?|necessary|required|have\s+to)`,
      // "sell only what's needed", "sell only what we need, nothing more": the need as all that is sold.
      String.raw`(?:sell|raise|divest)(?:ing)?\s+only\s+what(?:'s|\s+is|\s+we|\s+you|\s+they)?\s+(?:really\s+|strictly\s+|actually\s+)?(?:need(?:ed|s)?|necessary|required)`,
      // "sell as little as possible", "sell the minimum.", "sell as little as needed to get there": selling itself kept small.
      String.raw`(?:sell|raise|divest)(?:ing)?\s+as\s+little\s+as\s+(?:possible|we\s+can|you\s+can|necessary|(?:is\s+)?(?:needed|required)|it\s+takes)`,
      // "sell the minimum, $40M" names the minimum's figure: a floor, left to the amounts' reader.
      String.raw`sell(?:s|ing)?\s+(?:only\s+)?the\s+(?:bare\s+)?minimum(?=\s*(?:[.;!)\n]|$|,(?!\s*(?:us\$|\$|usd|eur|gbp|\d))))`,
      String.raw`avoid(?:ing)?\s+(?:raising|selling)\s+(?:any\s+)?more\s+than\s+(?:is\s+|we\s+)?(?:necessary|needed|required|need)`,
      String.raw`sell(?:s|ing)?\s+(?:only\s+)?(?:the\s+)?(?:minimum|least|bare\s+minimum)(?:\s+amount)?\s+(?:necessary|needed|required|possible)`,
      String.raw`(?:the\s+)?(?:fewest|least|smallest|minimum|lowest)\s+(?:surplus|excess|extra)\s+(?:dollars|proceeds|cash)(?:\s+possible)?`,
      String.raw`(?:the\s+)?(?:smallest|least|lowest|minimum)\s+(?:amount|sum)\s+(?:over|above|beyond|past)\s+(?:the\s+)?(?:target|ask|goal|number)`,
      // "sell the least amount over $44M that works": the figure after it stays the target's, so it is not taken.
      String.raw`(?:sell|raise|divest)(?:ing)?\s+(?:the\s+)?(?:smallest|least|lowest|minimum)\s+(?:amount|sum)\s+(?:over|above|beyond|past)(?=\s+(?:us\$|\$|usd\s*)\d)`,
      String.raw`minimi[sz](?:e|es|ed|ing)\s+(?:the\s+|any\s+)?surplus(?:\s+(?:proceeds|cash|dollars))?`,
      // "without selling more than we need", "sell ≤ what we need": the need as the most to sell.
      String.raw`without\s+(?:selling|raising|divesting)\s+(?:any(?:thing)?\s+)?more\s+than\s+(?:we\s+|is\s+)?(?:really\s+|strictly\s+)?(?:need(?:ed|s)?|necessary|required|have\s+to)`,
      String.raw`(?:sell|raise|divest)\s*(?:≤|<=?|=<)\s*what\s+(?:we\s+|is\s+)?(?:really\s+)?(?:need(?:ed)?|necessary|required)`,
      // "sell just enough to hit the number", "raise only enough".
      String.raw`(?:sell|raise|divest)(?:ing)?\s+(?:just|only)\s+enough`,
      // "we don't want to over-raise", "don't over-raise".
      String.raw`(?:(?:don'?t|do\s+not|never)(?:\s+(?:want|wish|need)\s+to)?|(?:try|want|aim|prefer|wish)(?:s|ing)?\s+(?:not\s+to|to\s+not)|avoid(?:ing)?)\s+over[-\s]?(?:rais(?:e|ing)|sell(?:ing)?)`,
      // "minimise the amount raised above target", "an overshoot-minimising optimiser", "sell the least we can past that number".
      String.raw`minimi[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?:amount|sum|proceeds|cash|money)\s+(?:raised|sold|generated|realised|realized)\s+(?:above|over|beyond|past)\s+(?:the\s+|our\s+)?(?:target|ask|goal|number)`,
      String.raw`overshoot[-\s]minimi[sz](?:ing|ed)`,
      // "sell the least we can", "sell the least we can above $80m", "selling the least possible past that number": a
      // figure after it stays the target's, so it is not taken.
      String.raw`sell(?:ing)?\s+the\s+least\s+(?:we\s+can|possible|we\s+(?:have|need)\s+to)(?:\s+(?:past|over|above|beyond)\s+(?:that|the|our|this)\s+(?:number|target|ask|figure|goal|amount))?`,
      // "not overselling", "without over-selling", "no over-raising": the sale refused past the need.
      String.raw`(?:not|no|without)\s+over[-\s]?(?:sell(?:ing)?|rais(?:e|ing))`,
      // "the exact solve that overshoots least", "whichever set overshoots the least", "overshooting by the least".
      String.raw`overshoot(?:s|ing)?\s+(?:by\s+)?(?:the\s+)?least`,
      // "solve for the least proceeds over target", "the lowest-proceeds set", "least proceeds via an exact solve": the
      // proceeds themselves kept least. A figure, a colon or "we'd accept" after it makes it a floor, never read here.
      String.raw`(?<!\bat\s)(?:the\s+)?(?:least|lowest|fewest|smallest)[-\s]proceeds(?![-\s]*(?:[:=|($\d]|(?:of|is|are|was|we|we'?d|you|i|acceptable|at|would|could|can|must|should|floor|threshold|level|amount|figure|usd|eur|gbp)\b))`,
      // "sell the fewest dollars over target", "sell the least above the target", "raise the fewest dollars past the ask".
      String.raw`(?:(?:sell|raise|divest)(?:ing)?\s+)?the\s+(?:fewest\s+dollars|least(?:\s+dollars)?)\s+(?:over|above|beyond|past)\s+(?:the\s+|our\s+)?(?:target|ask|goal|number|figure)`,
      // "solved exactly for the smallest overshoot", "optimise for minimal overshoot": the overshoot as what is solved for.
      String.raw`(?:solv|optimi[sz])(?:e|es|ed|ing)\s+(?:[a-z]+ly\s+)?for\s+(?:the\s+|a\s+)?(?:smallest|minimal|least|lowest|minimum)\s+overshoot`,
      // "an exact selection of the smallest sufficient set", "the smallest adequate package": the least that suffices.
      String.raw`(?:the\s+)?smallest\s+(?:sufficient|adequate)\s+(?:package|set|program(?:me)?|sale|selection|combination|basket|pool|portfolio)`,
      String.raw`(?:the\s+)?smallest\s+(?:package|set|program(?:me)?|sale|selection|combination|basket)\s+(?:that|which)\s+(?:gets\s+us\s+(?:there|to\s+(?:the\s+)?(?:target|number|ask|goal))|(?:hits|reaches|meets|clears|covers)\s+(?:the\s+)?(?:target|number|ask|goal))`,
    ].join('|') +
    ')(?![a-z])',
  'g',
);
