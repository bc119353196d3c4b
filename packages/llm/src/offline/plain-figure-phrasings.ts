import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';
import { MILLION_SCALE, MILLION_WORDS } from './written-numbers.js';

/**
 * The ask, its floor, the caps on new rent and on one market, the lease term, the escalator and the objective said in
 * plain phrasings the figure readers do not know, restated in the words they do: a floor for revisions or where the
 * revision loop stops ("Floor for revisions is $160M", "Floor it at $210M if not", "the minimum we'd accept if we fall
 * short is $95M": a floor of), a cap on new rent named after its amount ("a $9.5M cap on new rent", "don't let the new
 * leases add more than $10 million of rent a year": max rent added), no single one of the markets just named above a
 * share, a term refused and the one run instead ("30-year leases are off the table; run 15-year"), rents rising over a
 * number of years, rents with no growth, an escalator linked to CPI and capped, a rate used or accepted this time after
 * an earlier or countered escalator, a figure the writer says they wrote wrongly ("I wrote that the lease term would be
 * 12 years; it is 15 years"), the writer's own view of the ask against another's, the ask after "this one is smaller:",
 * changes from an earlier run, a note that bare figures are in millions, the least sold over the ask, a draft's figure
 * or one refused or said to be outdated (dropped wherever it is written), a rent cap corrected on a later line, and a
 * quoted list answered item by item ("3: make it 40%"). Read by
 * `readBrief` after the plain economics restatements, so a quote of what is not understood stays in the writer's words.
 */

/** An amount of money with its scale: "$9.5M", "10 million", "USD 125.0 million". */
const MONEY = String.raw`(?:us\$|\$|usd[^\S\n]*)?\d{1,4}(?:[.,]\d+)?[^\S\n]*(?:${MILLION_SCALE})\b`;
/** A percentage: "2.25%", "2 percent". */
const RATE = String.raw`\d{1,2}(?:\.\d+)?[^\S\n]*(?:%|pct\b|percent\b|per[^\S\n]+cent\b)`;

/**
 * A floor named for the revisions or their loop, or put as the least the writer would accept: "Floor for revisions is",
 * "floor on the cuts:", "Floor it at", "the revision loop to stop at", "The minimum we'd accept if we fall short is",
 * "Lowest we could live with is", "Floor below which seller may withdraw:". Restated "floor of".
 */
const FLOOR_PHRASE = new RegExp(
  [
    String.raw`\bfloor[^\S\n]+(?:for|on)[^\S\n]+(?:the[^\S\n]+)?(?:revisions?|revising|trimming|trims|cuts?|cutting|re-?runs?)[^\S\n]*(?:is|=|:|of|at|should[^\S\n]+be|will[^\S\n]+be)`,
    String.raw`\bfloor[^\S\n]+it[^\S\n]+at\b`,
    String.raw`\b(?:the[^\S\n]+)?revisions?(?:[^\S\n]+(?:loop|process|cycle))?[^\S\n]+(?:to[^\S\n]+|should[^\S\n]+|must[^\S\n]+|can[^\S\n]+|will[^\S\n]+)?stop[^\S\n]+at\b`,
    String.raw`\b(?:the[^\S\n]+)?(?:minimum|lowest|least)(?:[^\S\n]+(?:amount|figure|number))?[^\S\n]+(?:we|i)(?:['\u2019]d|[^\S\n]+would|[^\S\n]+could|[^\S\n]+can|[^\S\n]+will)[^\S\n]+(?:accept|live[^\S\n]+with|take|tolerate|stomach)(?:[^\S\n]+if[^\S\n]+we[^\S\n]+(?:fall|come[^\S\n]+up)[^\S\n]+short)?[^\S\n]+(?:is|would[^\S\n]+be|will[^\S\n]+be)\b`,
    String.raw`\bfloor[^\S\n]+below[^\S\n]+which[^\S\n]+[^:\n]{1,50}:`,
  ].join('|'),
  'gi',
);

/**
 * A cap on new rent written after its amount ("a $9.5M cap on new rent", "a $13.5M annual cap on rent added"), new
 * leases refused more rent ("don't let the new leases add more than $10 million of rent a year") and rent added refused
 * above an amount ("no rent added above $10.5M"). Restated "max rent added" and the amount.
 */
const RENT_CAP_AFTER_AMOUNT = new RegExp(
  String.raw`\ban?[^\S\n]+(?<amount>${MONEY})[^\S\n]+(?:(?:annual|yearly)[^\S\n]+)?cap[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?(?:(?:new|added|additional|incremental)[^\S\n]+)?rents?(?:[^\S\n]+added)?\b`,
  'gi',
);
const LEASES_ADD_NO_MORE = new RegExp(
  String.raw`\b(?:don['\u2019]?t|do[^\S\n]+not|never)[^\S\n]+let[^\S\n]+(?:the[^\S\n]+)?(?:new[^\S\n]+)?(?:leases?|lease-?backs?|program(?:me)?|deal)[^\S\n]+add[^\S\n]+(?:more[^\S\n]+than|over|above|beyond)[^\S\n]+(?<amount>${MONEY})[^\S\n]+(?:(?:of|in)[^\S\n]+)?(?:(?:annual|yearly)[^\S\n]+)?rents?\b`,
  'gi',
);
const NO_RENT_ADDED_ABOVE =
  /\bno[^\S\n]+rents?[^\S\n]+added[^\S\n]+(?:above|over|beyond|exceeding|(?:of[^\S\n]+)?more[^\S\n]+than)(?=[^\S\n]+(?:us\$|\$|usd)?[^\S\n]*\d)/gi;

/** "from Dallas, Atlanta and Phoenix; no single one above 50%": one of the markets just named. Restated "max N% per market". */
const NO_SINGLE_ONE_ABOVE = new RegExp(
  String.raw`\bno[^\S\n]+single[^\S\n]+one[^\S\n]+(?:of[^\S\n]+them[^\S\n]+)?(?:above|over|beyond|exceeding|(?:at[^\S\n]+)?more[^\S\n]+than)[^\S\n]+(?<rate>${RATE})`,
  'gi',
);

/**
 * A lease term refused and the one to run instead: "30-year leases are off the table; run 15-year". The refused term
 * is dropped, the other restated "lease term N years"; a term refused alone is only dropped.
 */
const TERM_REFUSED =
  /\b\d{1,2}[^\S\n]*-?[^\S\n]*(?:years?|yrs?)[^\S\n]+(?:leases?|terms?)[^\S\n]+(?:are|is)[^\S\n]+(?:off[^\S\n]+the[^\S\n]+table|out|not[^\S\n]+an[^\S\n]+option|a[^\S\n]+non-?starter|ruled[^\S\n]+out)(?:[^\S\n]*[;,-][^\S\n]*(?:run|use|go[^\S\n]+with|model|do)[^\S\n]+(?<years>\d{1,2})[^\S\n]*-?[^\S\n]*(?:years?|yrs?)(?:[^\S\n]+(?:leases?|terms?))?)?/gi;

/** "rents rising 2.5% annually over 20 years": the years the rising rent runs for are the lease term. */
const RISING_OVER_YEARS = new RegExp(
  String.raw`(?<=\b(?:ris(?:e|es|ing)|grow(?:s|ing)?|escalat(?:e|es|ing)|increas(?:e|es|ing)|step(?:s|ping)?[^\S\n]+up)[^\S\n]+(?:by[^\S\n]+)?${RATE}[^\S\n]+(?:annually|a[^\S\n]+year|per[^\S\n]+(?:year|annum)|each[^\S\n]+year|yearly|p\.?a\.?)[^\S\n]+)over[^\S\n]+(?:the[^\S\n]+)?(?:next[^\S\n]+)?(?<years>\d{1,2})[^\S\n]+(?:years?|yrs?)\b`,
  'gi',
);

/** "12-year leases with no rent growth": rent that never rises has a 0% escalator. Not "no rent increase above $5M". */
const NO_RENT_GROWTH =
  /\bno[^\S\n]+(?:annual[^\S\n]+)?rent(?:al)?[^\S\n]+(?:growth|escalation|escalators?|bumps|step-?ups|uplifts?)\b(?![^\S\n]+(?:above|over|beyond|of|more|exceeding))/gi;

/** "Escalator: CPI-linked, capped at 2.25% p.a. (model at 2.25%)": an escalator tied to CPI is modelled at its cap. */
const CPI_CAPPED = new RegExp(
  String.raw`\bcpi[-\s]?linked,?[^\S\n]+(?:and[^\S\n]+)?capped[^\S\n]+at[^\S\n]+(?<rate>${RATE})(?:[^\S\n]*(?:p\.?a\.?|per[^\S\n]+annum|a[^\S\n]+year))?(?:[^\S\n]*\([^\S\n]*model(?:led)?[^\S\n]+(?:at|as)[^\S\n]+(?:the[^\S\n]+cap|${RATE})[^\S\n]*\))?`,
  'gi',
);

/**
 * An escalator named, then the rate used this time or accepted in its place, later in its sentence: "Last year's deal
 * used 3% escalators; this time please use 2%", "buyer countered at 3% bumps; we accept 2.75%". The first rate is the
 * other deal's or party's; the second is restated "rent escalator N%", and the first dropped.
 */
const ESCALATOR_THEN_OURS = new RegExp(
  String.raw`(?<first>${RATE})[^\S\n]+(?:rent[^\S\n]+)?(?:escalators?|escalation|bumps|annual[^\S\n]+(?:rent[^\S\n]+)?increases)[^.!?\n]{0,40}?[;,][^\S\n]*(?:but[^\S\n]+)?(?<ours>(?:(?:this[^\S\n]+time|now|for[^\S\n]+this[^\S\n]+(?:run|one|deal|program(?:me)?)|instead)[^\S\n]*,?[^\S\n]*(?:please[^\S\n]+)?(?:use|go[^\S\n]+with|model|run[^\S\n]+with|make[^\S\n]+it|take)|(?:we|i)[^\S\n]+(?:accept|agree[^\S\n]+to|can[^\S\n]+do|will[^\S\n]+take|['\u2019]ll[^\S\n]+take|take|go[^\S\n]+with))[^\S\n]+(?<rate>${RATE}))(?![^\S\n]*(?:tax|cap|of|share|from|per[^\S\n]+market))`,
  'gi',
);

/**
 * A figure the writer says they wrote wrongly and its right value: "I wrote that the lease term would be 12 years; it
 * is 15 years". Restated "<what> <right value>".
 */
const WROTE_WRONGLY =
  /\b(?:i|we)[^\S\n]+(?:wrote|said|stated|put)[^\S\n]+(?:that[^\S\n]+)?(?<what>(?:the|our)[^\S\n]+[a-z][a-z -]{2,30}?)[^\S\n]+(?:would[^\S\n]+be|was|is|will[^\S\n]+be)[^\S\n]+(?<old>[^;.,\n]{1,20}?)[^\S\n]*[;,.][^\S\n]*(?:it|that)[^\S\n]+(?:is|should[^\S\n]+be|['\u2019]s|will[^\S\n]+be)[^\S\n]+(?:actually[^\S\n]+|in[^\S\n]+fact[^\S\n]+)?(?<right>\$?\d[^;.,\n]{0,20}?)(?=[^\S\n]*(?:[.;,\n]|$))/gi;

/** "our own view is $180M - run ours": the writer's own figure, against a number from someone else. Restated "target". */
const OUR_VIEW = /\bour[^\S\n]+(?:own[^\S\n]+)?(?:view|number|figure|estimate|call)[^\S\n]+is(?=[^\S\n]+(?:us\$|\$|usd)[^\S\n]*\d)/gi;

/** "I know the Southeast deal last year priced at $180M - this one is smaller: $65M": this deal's own ask. */
const THIS_ONE_IS = new RegExp(
  String.raw`\bthis[^\S\n]+(?:one|time|deal|program(?:me)?|round)[^\S\n]+(?:is[^\S\n]+)?(?:(?:much|a[^\S\n]+bit|far)[^\S\n]+)?(?:smaller|bigger|larger|different)[^\S\n]*[:\u2013\u2014-][^\S\n]*(?=${MONEY})`,
  'gi',
);

/**
 * A remark the writer sets aside before the instruction: "I'm told peers got 5.5% cap rates in Phoenix, but that's
 * beside the point: please exclude Arizona". The remark, to the start of its sentence, is dropped with its words.
 */
const BESIDE_THE_POINT =
  /(?<=(?:^|[.!?\n])[^\S\n]*)[^.!?\n]{1,200}?,?[^\S\n]+but[^\S\n]+(?:that['\u2019]?s|that[^\S\n]+is|it['\u2019]?s|it[^\S\n]+is)[^\S\n]+(?:beside|besides|off)[^\S\n]+the[^\S\n]+point\b[^\S\n]*[:;,.-]?/gi;

/**
 * A term raised and put off: "If we went with 25-year leases the rent would look better, but that's a discussion for
 * later". The term is dropped; what the writer asks for after it is read as usual.
 */
const TERM_PUT_OFF =
  /\bif[^\S\n]+we[^\S\n]+(?:went|were[^\S\n]+to[^\S\n]+go|had[^\S\n]+gone)[^\S\n]+with[^\S\n]+(?<term>\d{1,2}[^\S\n]*-?[^\S\n]*(?:years?|yrs?)(?:[^\S\n]+(?:leases?|terms?))?)(?=[^.!?\n]{0,80}?\bbut[^\S\n]+(?:that['\u2019]?s|that[^\S\n]+is)[^\S\n]+(?:a[^\S\n]+(?:discussion|conversation|topic|question)|something)[^\S\n]+for[^\S\n]+(?:later|another[^\S\n]+(?:day|time)|next[^\S\n]+time))/gi;

/** "Tax on gain (seller): 24%": whose gain is taxed, in brackets inside the label. Restated "Tax on gain:". */
const TAXED_PARTY_IN_LABEL =
  /\b(?<label>tax[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?gains?)[^\S\n]*\([^\S\n]*(?:seller|seller['\u2019]s|us|ours|company)[^\S\n]*\)(?=[^\S\n]*:)/gi;

/** "Same as last week's run but target now $145M": what follows "but" is this run's, not the earlier run's. */
const SAME_AS_EARLIER_BUT =
  /\bsame[^\S\n]+as[^\S\n]+(?:last[^\S\n]+(?:week|month|time|quarter)['\u2019]?s?|the[^\S\n]+(?:last|previous|prior|earlier)|yesterday['\u2019]?s)(?:[^\S\n]+(?:run|case|brief|request|scenario|model|version|one))?[^\S\n]*,?[^\S\n]+but\b/gi;

/**
 * "Otherwise" opening a sentence, with no comma after it: "Otherwise run $150M and cap the new rent at $10M". It means
 * "apart from that", as with its comma; restated "Otherwise," so that the ask after it is read as any other.
 */
const OTHERWISE_OPENING = /(?<=(?:^|[.!?\n])[^\S\n]*)otherwise(?=[^\S\n]+[a-z])/gi;

/** "raise 120 - floor 100 - both in millions": a note that the bare figures are millions. Restated "(figures in millions)". */
const BOTH_IN_MILLIONS = new RegExp(
  String.raw`\b(?:both|all|each)[^\S\n]+(?:are[^\S\n]+|of[^\S\n]+them[^\S\n]+)?in[^\S\n]+(?:${MILLION_WORDS})\b`,
  'gi',
);

/**
 * The least sold over the ask: "Minimum over the ask please: $122M", "sell the min over $105M", "the proceeds
 * minimised above the $94M target". Restated as the proceeds minimised above the target.
 */
const MINIMUM_OVER_ASK =
  /\b(?:the[^\S\n]+)?(?:min(?:imum)?|least)[^\S\n]+over[^\S\n]+(?:the[^\S\n]+)?(?:ask|target)(?:[^\S\n]+please)?[^\S\n]*:/gi;
const SELL_THE_MIN_OVER = /\bsell[^\S\n]+the[^\S\n]+(?:min(?:imum)?|least)[^\S\n]+over(?=[^\S\n]+(?:us\$|\$|usd)?[^\S\n]*\d)/gi;
const PROCEEDS_MINIMISED = /\b(?:the[^\S\n]+)?proceeds[^\S\n]+minimi[sz]ed[^\S\n]+(?:above|over)\b/gi;

/** "Escalator flat 0%? no - make it 1.5%": "flat" before a rate of nil says the same as the rate, not a second flat rent. */
const FLAT_NIL = /\bflat[^\S\n]+(?=0(?:\.0+)?[^\S\n]*%)/gi;

/**
 * A draft's figure for the floor or the ask, said to be the draft's ("an 80M floor in the draft which doesn't work"): the
 * figure is dropped, so that the one said to replace it is read. Restated "the floor in the draft".
 */
const DRAFT_FIGURE = new RegExp(
  String.raw`\b(?:an?[^\S\n]+|the[^\S\n]+)?(?<figure>${MONEY})[^\S\n]+(?<what>floor|target|ask|minimum)[^\S\n]+in[^\S\n]+the[^\S\n]+(?:(?:first|earlier|old|previous)[^\S\n]+)?(?:draft|deck|memo|original)\b`,
  'gi',
);

/**
 * A figure the writer refuses and the one to use instead: "Floor $85M is too tight given the mortgage payoff, use $80M".
 * Restated "<what> of <new figure>"; the refused figure is dropped wherever else it is written (an original quoted below).
 */
const REFUSED_THEN_USE = new RegExp(
  String.raw`\b(?<what>floor|target|ask|minimum)[^\S\n]+(?:of[^\S\n]+)?(?<figure>${MONEY})[^\S\n]+is[^\S\n]+(?:(?:far|much|a[^\S\n]+bit|way)[^\S\n]+)?too[^\S\n]+(?:tight|high|low|aggressive|rich|ambitious|punchy)\b[^.!?\n]{0,80}?[,;\u2013\u2014-][^\S\n]*(?:so[^\S\n]+)?(?:use|go[^\S\n]+with|make[^\S\n]+it|take)[^\S\n]+(?<new>${MONEY})`,
  'gi',
);

/**
 * A figure said to come from an older plan in someone's note: "The $170M in Hugo's note was from the September plan".
 * The sentence is dropped, and so is the figure wherever else it is written (the note quoted below the reply).
 */
const FIGURE_FROM_OLDER_NOTE = new RegExp(
  String.raw`\bthe[^\S\n]+(?<figure>${MONEY})[^\S\n]+in[^\S\n]+(?:[a-z]+['\u2019]s|the|my|our|your)[^\S\n]+(?:note|email|e-mail|message|mail|draft|deck|memo)[^\S\n]+(?:was|is)[^\S\n]+(?:from[^\S\n]+(?:the|an?)[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:plan|version|draft|budget|round|run)|(?:outdated|stale|superseded|out[^\S\n]+of[^\S\n]+date))\b[^.!?\n]*[.!?]?`,
  'gi',
);

/**
 * A rent cap corrected in a later line: "New rent added capped at $7.5M/yr" then "Jana later corrected the cap to
 * $6.5M/yr". Read when the last cap named before it is on new rent: the correction is restated "max rent added", and
 * the amount on that earlier line dropped.
 */
const CAP_CORRECTED_TO =
  /\bcorrected[^\S\n]+the[^\S\n]+(?:(?:new[^\S\n]+|added[^\S\n]+)?rent[^\S\n]+)?cap[^\S\n]+to(?=[^\S\n]+(?:us\$|\$|usd)?[^\S\n]*\d)/gi;
/** The kind of the last cap named before a correction: rent, a market's share, or a covenant or score. */
const CAP_KIND = /\b(?:rent|market|share|leverage|coverage|fccr|criticality|leaseability)\b/gi;

/**
 * A quoted list answered item by item, one item changed by its number: "> 3. Market share cap 50%" quoted, then "1 OK.
 * 2 OK. 3: make it 40%." The figure on the quoted item is replaced by the new one, and the answer dropped.
 */
const ITEM_CHANGED =
  /(?<=(?:^|[\s.;,])(?<![>\d.]))(?<item>\d{1,2})[^\S\n]*[:.)][^\S\n]*(?:(?:make[^\S\n]+(?:it|that)|change[^\S\n]+(?:it[^\S\n]+)?to|use|go[^\S\n]+with)[^\S\n]+)(?<figure>(?:us\$|\$)?\d+(?:\.\d+)?[^\S\n]*(?:%|x\b|mm\b|m\b|million\b)?)/gi;
/** A figure on a quoted item, the last one on its line: "50%", "$59M", "4.0x". */
const ITEM_FIGURE = /(?:us\$|\$)?\d+(?:\.\d+)?[^\S\n]*(?:%|x\b|mm\b|m\b|million\b)?/gi;

/** Escapes a written figure for a pattern. */
const escaped = (written: string): string => written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The restatements of the ask, floor, caps and economics said in plain phrasings. */
export function plainFigureRestatements(text: string): TextEdit[] {
  const { edits, add } = nonOverlappingEdits();
  const each = (pattern: RegExp, restate: (match: RegExpExecArray) => string): void => {
    for (const match of text.matchAll(pattern)) add(match.index, match.index + match[0].length, restate(match));
  };
  // A refused or outdated figure is dropped wherever else it is written, its scale as written.
  const dropEverywhere = (figure: string): void => {
    const written = new RegExp(
      String.raw`(?<![\w.,$])(?:us\$|\$|usd[^\S\n]*)?${escaped(figure.replace(/^(?:us\$|\$|usd\s*)/i, ''))}(?![\w]|[.,]\d)`,
      'gi',
    );
    for (const match of text.matchAll(written)) add(match.index, match.index + match[0].length, '');
  };
  for (const match of text.matchAll(REFUSED_THEN_USE)) {
    add(match.index, match.index + match[0].length, `${match.groups?.['what']} of ${match.groups?.['new']}`);
    dropEverywhere(match.groups?.['figure'] ?? '');
  }
  for (const match of text.matchAll(FIGURE_FROM_OLDER_NOTE)) {
    add(match.index, match.index + match[0].length, '');
    dropEverywhere(match.groups?.['figure'] ?? '');
  }
  each(DRAFT_FIGURE, (match) => `the ${match.groups?.['what']} in the draft`);
  for (const match of text.matchAll(CAP_CORRECTED_TO)) {
    const before = text.slice(0, match.index);
    const kinds = [...before.matchAll(CAP_KIND)];
    if (kinds.at(-1)?.[0].toLowerCase() !== 'rent') continue;
    add(match.index, match.index + match[0].length, 'max rent added');
    // The amount on the last line that named the rent before the correction is the one corrected.
    const lineStart = before.lastIndexOf('\n', kinds.at(-1)?.index ?? 0) + 1;
    const lineEnd = before.indexOf('\n', lineStart);
    const line = before.slice(lineStart, lineEnd < 0 ? before.length : lineEnd);
    const amount = new RegExp(MONEY, 'i').exec(line);
    if (amount !== null) add(lineStart + amount.index, lineStart + amount.index + amount[0].length, '');
  }
  if (/^[^\S\n]*>/m.test(text)) {
    for (const match of text.matchAll(ITEM_CHANGED)) {
      if (/^[^\S\n]*>/.test(text.slice(text.lastIndexOf('\n', match.index) + 1))) continue;
      const quoted = new RegExp(String.raw`^[^\S\n]*>[^\S\n]*${match.groups?.['item']}[.)][^\S\n]+[^\n]*`, 'm').exec(text);
      const figures =
        quoted === null ? [] : [...quoted[0].matchAll(ITEM_FIGURE)].filter((figure) => figure.index > (quoted?.[0].search(/[.)]/) ?? 0));
      const last = figures.at(-1);
      if (quoted === null || last === undefined) continue;
      add(quoted.index + last.index, quoted.index + last.index + last[0].length, match.groups?.['figure'] ?? '');
      add(match.index, match.index + match[0].length, '');
    }
  }
  each(FLAT_NIL, () => '');
  const percent = (written: string | undefined): string => `${(written ?? '').replace(/[^\d.]/g, '')}%`;
  each(BESIDE_THE_POINT, () => '');
  each(FLOOR_PHRASE, () => 'floor of');
  each(RENT_CAP_AFTER_AMOUNT, (match) => `max rent added ${match.groups?.['amount']}`);
  each(LEASES_ADD_NO_MORE, (match) => `max rent added ${match.groups?.['amount']}`);
  each(NO_RENT_ADDED_ABOVE, () => 'max rent added');
  each(NO_SINGLE_ONE_ABOVE, (match) => `max ${percent(match.groups?.['rate'])} per market`);
  each(TERM_REFUSED, (match) => (match.groups?.['years'] === undefined ? '' : `lease term ${match.groups['years']} years`));
  each(RISING_OVER_YEARS, (match) => `; lease term ${match.groups?.['years']} years`);
  each(NO_RENT_GROWTH, () => '0% escalator');
  each(CPI_CAPPED, (match) => percent(match.groups?.['rate']));
  for (const match of text.matchAll(ESCALATOR_THEN_OURS)) {
    const first = match.groups?.['first'] ?? '';
    const ours = match.groups?.['ours'] ?? '';
    add(match.index, match.index + first.length, '');
    const oursAt = match.index + match[0].length - ours.length;
    add(oursAt, match.index + match[0].length, `rent escalator ${percent(match.groups?.['rate'])}`);
  }
  for (const match of text.matchAll(TERM_PUT_OFF)) {
    const term = match.groups?.['term'] ?? '';
    const termAt = match.index + match[0].length - term.length;
    add(termAt, termAt + term.length, 'longer leases');
  }
  each(TAXED_PARTY_IN_LABEL, (match) => match.groups?.['label'] ?? '');
  each(WROTE_WRONGLY, (match) => `${match.groups?.['what']} ${match.groups?.['right']}`);
  each(OUR_VIEW, () => 'target');
  // A semicolon, so that the other deal's past words before it are no part of the ask's clause.
  each(THIS_ONE_IS, () => '; target ');
  each(SAME_AS_EARLIER_BUT, () => '');
  each(OTHERWISE_OPENING, (match) => `${match[0]},`);
  each(BOTH_IN_MILLIONS, () => '(figures in millions)');
  each(MINIMUM_OVER_ASK, () => 'minimise the proceeds above the target. Target:');
  each(SELL_THE_MIN_OVER, () => 'sell as little as possible over');
  each(PROCEEDS_MINIMISED, () => 'minimise the proceeds above');
  return edits;
}
