/**
 * The conversation corpus: scripted conversations, as data, each with what
 * every turn must show (decisions, plan, tools run, reply, known fields) and
 * what the runs it stored must be. One runner plays them over HTTP against a
 * real server, another through `leaseback chat` in a pseudo-terminal. Every
 * turn runs nothing unless it lists the tools it runs: an action never happens
 * by accident.
 */

/** What one turn must show. */
export interface CorpusTurnExpectation {
  /** The turn's confirmation under the explicit-yes rule (exact). */
  readonly confirmation?: boolean | null;
  /** `tool_id:status` of every tool that ran, exactly; none when absent. */
  readonly tools?: readonly string[];
  /** `scenario_id:ACTION` decisions the turn must hold. */
  readonly decisions?: readonly string[];
  /** `scenario_id:ACTION` decisions the turn must not hold. */
  readonly noDecisions?: readonly string[];
  /** `scenario_id:TYPE` of the contributions shown (not deferred), as a subset. */
  readonly plan?: readonly string[];
  /** The signal as aimed. */
  readonly signal?: { readonly type: string; readonly scenario_id: string | null };
  /** Text the reply must contain. */
  readonly reply?: readonly string[];
  /** Text the reply must not contain. */
  readonly notReply?: readonly string[];
  /** Known fields after the turn (a subset, compared exactly per field). */
  readonly known?: Readonly<Record<string, unknown>>;
  /** Fields that must not be known after the turn. */
  readonly unknown?: readonly string[];
  /** True when the reply must say something could not be used. */
  readonly notUsed?: boolean;
}

/** One message and what its turn must show. */
export interface CorpusTurn {
  readonly say: string;
  readonly expect: CorpusTurnExpectation;
}

/** What the runs a conversation stored must be. */
export interface CorpusRunsExpectation {
  readonly count: number;
  /** Text every stored run's brief contains. */
  readonly briefContains?: readonly string[];
  /** Text no stored run's brief contains. */
  readonly briefLacks?: readonly string[];
  /** Markets none of the runs sells in. */
  readonly excludedMarkets?: readonly string[];
  /** Scenario labels among the runs. */
  readonly labels?: readonly string[];
}

/** One scripted conversation. */
export interface CorpusConversation {
  readonly name: string;
  /** The part of the guided-session contract it holds. */
  readonly covers: 'explicit confirmation' | 'nothing dropped' | 'what-ifs' | 'aiming' | 'orchestrator' | 'happy path';
  readonly turns: readonly CorpusTurn[];
  readonly runs: CorpusRunsExpectation;
}

const FULL = 'Raise $150M, keep net leverage below 3.5x and FCCR of at least 2.0x';
const WHAT_IF = 'also show me a conservative case';
const full: CorpusTurn = {
  say: FULL,
  expect: { plan: ['program_intake:CONFIRM'], known: { target_amount: 150e6, max_net_leverage: 3.5, min_fixed_charge_coverage: 2 } },
};
const whatIf: CorpusTurn = { say: WHAT_IF, expect: { decisions: ['what_if_analysis:START'], plan: ['what_if_analysis:CONFIRM'] } };
const holdOn: CorpusTurn = { say: 'hold on', expect: { decisions: ['what_if_analysis:PAUSE'], confirmation: null } };
const runProgram: CorpusTurn['expect'] = { confirmation: true, tools: ['run_program:succeeded'], decisions: ['program_intake:COMPLETE'] };
const runSet: CorpusTurn['expect'] = {
  confirmation: true,
  tools: ['run_scenario_set:succeeded'],
  decisions: ['what_if_analysis:COMPLETE'],
};
const NO_RUNS: CorpusRunsExpectation = { count: 0 };

/** Must not confirm at the program's checkpoint, then a plain yes runs it. */
function mustNotConfirm(name: string, message: string, extra: CorpusTurnExpectation = {}): CorpusConversation {
  return {
    name,
    covers: 'explicit confirmation',
    turns: [full, { say: message, expect: { ...extra, noDecisions: ['program_intake:COMPLETE'] } }],
    runs: NO_RUNS,
  };
}

/** The corpus: every conversation, in the order the runners play them. */
export const CONVERSATION_CORPUS: readonly CorpusConversation[] = Object.freeze([
  {
    name: 'after "hold on", "ok let\'s pick the scenarios back up" resumes and runs nothing',
    covers: 'explicit confirmation',
    turns: [
      full,
      whatIf,
      holdOn,
      {
        say: "ok let's pick the scenarios back up",
        expect: { confirmation: null, signal: { type: 'resume', scenario_id: 'what_if_analysis' }, plan: ['what_if_analysis:CONFIRM'] },
      },
    ],
    runs: NO_RUNS,
  },
  {
    name: '"ok, resume" resumes in one turn and the yes is its own turn',
    covers: 'explicit confirmation',
    turns: [
      full,
      whatIf,
      holdOn,
      { say: 'ok, resume', expect: { confirmation: null, plan: ['what_if_analysis:CONFIRM'] } },
      { say: 'yes', expect: runSet },
    ],
    runs: { count: 3, labels: ['Base case'] },
  },
  {
    name: 'a change with a yes applies the change and presents the checkpoint again',
    covers: 'explicit confirmation',
    turns: [
      full,
      {
        say: 'sure, but exclude Dallas',
        expect: {
          confirmation: null,
          known: { exclude_markets: ['Dallas'] },
          plan: ['program_intake:CONFIRM'],
          reply: ['Changed since I last asked', 'Exclude Dallas'],
        },
      },
      { say: 'yes', expect: runProgram },
    ],
    runs: { count: 1, briefContains: ['Exclude Dallas'], excludedMarkets: ['Dallas'] },
  },
  {
    name: '"yes please pause" pauses and runs nothing',
    covers: 'explicit confirmation',
    turns: [full, whatIf, { say: 'yes please pause', expect: { confirmation: null, decisions: ['what_if_analysis:PAUSE'] } }],
    runs: NO_RUNS,
  },
  {
    name: '"ok" is not a yes, and is said back',
    covers: 'explicit confirmation',
    turns: [
      full,
      { say: 'ok', expect: { confirmation: null, notUsed: true, reply: ['I could not use: "ok"'] } },
      { say: 'yes, run it', expect: runProgram },
    ],
    runs: { count: 1 },
  },
  mustNotConfirm('"sounds good" is not a yes', 'sounds good', { notUsed: true }),
  mustNotConfirm('"resume" at the checkpoint is not a yes', 'resume', { confirmation: null, reply: ['Nothing done'] }),
  mustNotConfirm('"ok let\'s continue" is not a yes', "ok let's continue", { confirmation: null }),
  mustNotConfirm('"yes?" asks, it does not answer', 'yes?', { confirmation: null }),
  {
    name: 'a yes with a new target changes the target; the next yes runs it',
    covers: 'explicit confirmation',
    turns: [
      full,
      {
        say: 'yes but target $120M',
        expect: { confirmation: null, known: { target_amount: 120e6 }, reply: ['target $150M → target $120M'] },
      },
      { say: 'go ahead', expect: runProgram },
    ],
    runs: { count: 1, briefContains: ['Raise $120M'] },
  },
  {
    name: '"go ahead" with nothing presented runs nothing and says so',
    covers: 'explicit confirmation',
    turns: [{ say: 'go ahead', expect: { reply: ['nothing waiting for a yes'] } }],
    runs: NO_RUNS,
  },
  {
    name: '"run the scenarios" while only the program is presented does not run the program',
    covers: 'explicit confirmation',
    turns: [full, { say: 'run the scenarios', expect: { noDecisions: ['program_intake:COMPLETE'], reply: ['not waiting for a yes'] } }],
    runs: NO_RUNS,
  },
  {
    name: 'a second yes after the run has nothing to confirm',
    covers: 'explicit confirmation',
    turns: [full, { say: 'yes', expect: runProgram }, { say: 'yes', expect: { reply: ['nothing waiting for a yes'] } }],
    runs: { count: 1 },
  },
  {
    name: '"confirm" runs the program presented',
    covers: 'explicit confirmation',
    turns: [full, { say: 'confirm', expect: runProgram }],
    runs: { count: 1 },
  },
  {
    name: '"do it" runs the program presented',
    covers: 'explicit confirmation',
    turns: [full, { say: 'do it', expect: runProgram }],
    runs: { count: 1 },
  },
  {
    name: '"not yet" leaves the checkpoint waiting',
    covers: 'explicit confirmation',
    turns: [
      full,
      { say: 'not yet', expect: { confirmation: false, reply: ['Not yet, then.'], plan: ['program_intake:CONFIRM'] } },
      { say: 'yes', expect: runProgram },
    ],
    runs: { count: 1 },
  },
  {
    name: '"run the program" while the what-if is the one presented runs nothing',
    covers: 'explicit confirmation',
    turns: [full, whatIf, { say: 'run the program', expect: { reply: ['The program is not waiting for a yes'] } }],
    runs: NO_RUNS,
  },
  {
    name: 'a yes while the program is paused confirms nothing',
    covers: 'explicit confirmation',
    turns: [
      full,
      { say: 'hold on', expect: { decisions: ['program_intake:PAUSE'] } },
      { say: 'yes', expect: { reply: ['nothing waiting for a yes'] } },
    ],
    runs: NO_RUNS,
  },
  {
    name: 'reported: "actually, exclude Texas and no plants" at the confirm step is used, and the run honours it',
    covers: 'nothing dropped',
    turns: [
      full,
      {
        say: 'actually, exclude Texas and no plants',
        expect: {
          confirmation: null,
          known: { exclude_markets: ['Dallas', 'Houston'] },
          reply: ['Changed since I last asked', 'Exclude Dallas and Houston'],
          plan: ['program_intake:CONFIRM'],
        },
      },
      { say: 'yes', expect: runProgram },
    ],
    runs: { count: 1, briefContains: ['Exclude Dallas and Houston'], excludedMarkets: ['Dallas', 'Houston'] },
  },
  {
    name: 'the run is stored under the accumulated brief, not the first message',
    covers: 'nothing dropped',
    turns: [
      { say: "Hi, we're thinking about a sale-leaseback", expect: { plan: ['program_intake:ASK'] } },
      { say: `${FULL}, excluding Chicago`, expect: { plan: ['program_intake:CONFIRM'], known: { exclude_markets: ['Chicago'] } } },
      { say: 'yes', expect: runProgram },
    ],
    runs: { count: 1, briefContains: ['Raise $150M', 'Exclude Chicago'], briefLacks: ['Hi,'], excludedMarkets: ['Chicago'] },
  },
  {
    name: 'a later full brief replaces the figures and adds its exclusions',
    covers: 'nothing dropped',
    turns: [
      full,
      {
        say: 'Raise $120M, keep net leverage below 3.0x and FCCR of at least 2.5x, exclude Phoenix',
        expect: { known: { target_amount: 120e6, max_net_leverage: 3, min_fixed_charge_coverage: 2.5, exclude_markets: ['Phoenix'] } },
      },
      { say: 'yes', expect: runProgram },
    ],
    runs: { count: 1, briefContains: ['Raise $120M', 'Exclude Phoenix'], excludedMarkets: ['Phoenix'] },
  },
  {
    name: 'a constraint stated while a question is open is kept',
    covers: 'nothing dropped',
    turns: [
      { say: 'Raise $150M, nothing in Newark', expect: { plan: ['program_intake:ASK'], known: { exclude_markets: ['Newark'] } } },
      { say: '3.5x', expect: { known: { max_net_leverage: 3.5 } } },
      { say: '2x', expect: { plan: ['program_intake:CONFIRM'], reply: ['Exclude Newark'] } },
      { say: 'yes', expect: runProgram },
    ],
    runs: { count: 1, excludedMarkets: ['Newark'] },
  },
  {
    name: 'an off-topic question is used for nothing and said back',
    covers: 'nothing dropped',
    turns: [
      full,
      { say: "what's the weather like in Dallas?", expect: { notUsed: true, unknown: ['include_markets'], reply: ['I could not use'] } },
    ],
    runs: NO_RUNS,
  },
  {
    name: 'a bare number nobody asked for is said back',
    covers: 'nothing dropped',
    turns: [full, { say: '150', expect: { notUsed: true, reply: ['I could not use: "150"'] } }],
    runs: NO_RUNS,
  },
  {
    name: '"yes" with nothing to confirm says so',
    covers: 'nothing dropped',
    turns: [{ say: 'yes', expect: { reply: ['nothing waiting for a yes'] } }],
    runs: NO_RUNS,
  },
  {
    name: 'a value out of bounds is said back and not used',
    covers: 'nothing dropped',
    turns: [
      full,
      { say: 'net leverage under 12x', expect: { notUsed: true, known: { max_net_leverage: 3.5 }, reply: ['I could not use'] } },
    ],
    runs: NO_RUNS,
  },
  {
    name: 'exclusions add up across turns',
    covers: 'nothing dropped',
    turns: [
      full,
      { say: 'exclude Chicago', expect: { known: { exclude_markets: ['Chicago'] } } },
      { say: 'exclude Dallas too', expect: { known: { exclude_markets: ['Chicago', 'Dallas'] } } },
      { say: 'yes', expect: runProgram },
    ],
    runs: { count: 1, briefContains: ['Exclude Chicago and Dallas'], excludedMarkets: ['Chicago', 'Dallas'] },
  },
  {
    name: 'bare answers to the questions asked build the program',
    covers: 'nothing dropped',
    turns: [
      {
        say: 'I would like to plan a sale-leaseback',
        expect: { plan: ['program_intake:ASK'], reply: ['How much should the program raise'] },
      },
      { say: '120M', expect: { known: { target_amount: 120e6 } } },
      { say: '3.25x', expect: { known: { max_net_leverage: 3.25 } } },
      {
        say: '1.75x',
        expect: { plan: ['program_intake:CONFIRM'], reply: ['Raise $120M. Keep net leverage below 3.25x and FCCR of at least 1.75x.'] },
      },
    ],
    runs: NO_RUNS,
  },
  {
    name: 'reported: "what if the target were $200M instead?" is a custom scenario; the base keeps $150M',
    covers: 'what-ifs',
    turns: [
      full,
      {
        say: 'what if the target were $200M instead?',
        expect: {
          known: { target_amount: 150e6 },
          plan: ['what_if_analysis:CONFIRM'],
          reply: ['"Target $200M"', 'the base program is unchanged'],
        },
      },
      { say: 'run the scenarios', expect: runSet },
    ],
    runs: { count: 3, labels: ['Base case', 'Target $200M'], briefContains: ['Raise $150M'] },
  },
  {
    name: 'reported: "what if we also exclude Chicago?" gets a scenario, not a question',
    covers: 'what-ifs',
    turns: [
      full,
      {
        say: 'what if we also exclude Chicago?',
        expect: {
          plan: ['what_if_analysis:CONFIRM'],
          unknown: ['exclude_markets'],
          notReply: ['How many scenarios'],
          reply: ['"Exclude Chicago"'],
        },
      },
      { say: 'yes', expect: runSet },
    ],
    runs: { count: 3, labels: ['Exclude Chicago'] },
  },
  {
    name: '"what if we had shorter leases?" is a custom scenario on 10-year leases; the base keeps its terms',
    covers: 'what-ifs',
    turns: [
      full,
      {
        say: 'what if we had shorter leases?',
        expect: {
          unknown: ['lease_term_years'],
          plan: ['what_if_analysis:CONFIRM'],
          reply: ['"10-year leases"', 'the base program is unchanged'],
          notReply: ['I could not use'],
        },
      },
      { say: 'yes', expect: runSet },
    ],
    runs: { count: 3, labels: ['Base case', '10-year leases'] },
  },
  {
    name: 'a 3.0x leverage case is a custom scenario; the base keeps 3.5x',
    covers: 'what-ifs',
    turns: [
      full,
      {
        say: 'show me a 3.0x leverage case',
        expect: { known: { max_net_leverage: 3.5 }, plan: ['what_if_analysis:CONFIRM'], reply: ['Net leverage at most 3x'] },
      },
    ],
    runs: NO_RUNS,
  },
  {
    name: 'a what-if the session cannot express yet is said back',
    covers: 'what-ifs',
    turns: [full, { say: 'what if interest rates went up?', expect: { notUsed: true, reply: ['I could not use', 'interest rates'] } }],
    runs: NO_RUNS,
  },
  {
    name: 'reported: "run the scenarios" confirms the what-if checkpoint presented',
    covers: 'what-ifs',
    turns: [
      full,
      { say: 'also show me 2 scenarios', expect: { plan: ['what_if_analysis:CONFIRM'] } },
      { say: 'run the scenarios', expect: runSet },
    ],
    runs: { count: 2 },
  },
  {
    name: 'after the what-ifs ran, the base program runs unchanged',
    covers: 'what-ifs',
    turns: [
      full,
      { say: 'what if the target were $200M?', expect: { plan: ['what_if_analysis:CONFIRM'] } },
      { say: 'run the scenarios', expect: { ...runSet, plan: ['program_intake:CONFIRM'] } },
      { say: 'yes', expect: runProgram },
    ],
    runs: { count: 4, briefContains: ['Raise $150M'] },
  },
  {
    name: 'reported: "cancel the what-if" after "hold on" cancels the paused what-if, not the program',
    covers: 'aiming',
    turns: [
      full,
      whatIf,
      holdOn,
      {
        say: 'cancel the what-if',
        expect: {
          signal: { type: 'cancel', scenario_id: 'what_if_analysis' },
          decisions: ['what_if_analysis:CANCEL'],
          noDecisions: ['program_intake:CANCEL'],
          plan: ['program_intake:CONFIRM'],
        },
      },
    ],
    runs: NO_RUNS,
  },
  {
    name: 'a cancel that names nothing while two scenarios are open asks which',
    covers: 'aiming',
    turns: [
      full,
      whatIf,
      {
        say: 'cancel',
        expect: { reply: ['Which one should I cancel'], noDecisions: ['program_intake:CANCEL', 'what_if_analysis:CANCEL'] },
      },
    ],
    runs: NO_RUNS,
  },
  {
    name: 'resume by name reaches the paused what-if',
    covers: 'aiming',
    turns: [
      full,
      whatIf,
      holdOn,
      { say: "let's go back to the what-if", expect: { signal: { type: 'resume', scenario_id: 'what_if_analysis' } } },
    ],
    runs: NO_RUNS,
  },
  {
    name: 'exit aimed at the paused what-if ends it',
    covers: 'aiming',
    turns: [
      full,
      whatIf,
      holdOn,
      { say: 'never mind the what-if', expect: { decisions: ['what_if_analysis:CANCEL'], noDecisions: ['program_intake:CANCEL'] } },
    ],
    runs: NO_RUNS,
  },
  {
    name: 'a cancel with one scenario open cancels it',
    covers: 'aiming',
    turns: [full, { say: 'cancel', expect: { decisions: ['program_intake:CANCEL'] } }],
    runs: NO_RUNS,
  },
  {
    name: '"yes, cancel the what-if" cancels and runs nothing',
    covers: 'aiming',
    turns: [full, whatIf, { say: 'yes, cancel the what-if', expect: { confirmation: null, decisions: ['what_if_analysis:CANCEL'] } }],
    runs: NO_RUNS,
  },
  {
    name: 'a new program after a completed one starts a new instance and presents its own checkpoint',
    covers: 'orchestrator',
    turns: [
      full,
      { say: 'yes', expect: runProgram },
      {
        say: 'Raise $100M, keep net leverage below 3.0x and FCCR of at least 2.5x',
        expect: { decisions: ['program_intake:START'], plan: ['program_intake:CONFIRM'] },
      },
      { say: 'yes', expect: runProgram },
    ],
    runs: { count: 2 },
  },
  {
    name: 'a second program after a completed one does not reuse the last target, covenants or exclusions',
    covers: 'orchestrator',
    turns: [
      full,
      { say: 'exclude Dallas', expect: { plan: ['program_intake:CONFIRM'], known: { exclude_markets: ['Dallas'] } } },
      { say: 'yes', expect: runProgram },
      {
        say: "let's plan a new program",
        expect: {
          decisions: ['program_intake:START'],
          plan: ['program_intake:ASK'],
          reply: ['A new program starts fresh', 'exclude Dallas', 'How much should the program raise'],
          unknown: ['target_amount', 'max_net_leverage', 'exclude_markets'],
        },
      },
      { say: 'raise $90M', expect: { plan: ['program_intake:ASK'], known: { target_amount: 90e6 }, unknown: ['exclude_markets'] } },
      {
        say: 'net leverage below 3.0x and FCCR of at least 2.5x',
        expect: { plan: ['program_intake:CONFIRM'], reply: ['Raise $90M'], notReply: ['Exclude Dallas'] },
      },
      { say: 'yes', expect: runProgram },
    ],
    runs: { count: 2 },
  },
  {
    name: 'a new program that restates an exclusion keeps it, and "also exclude" adds to what it restated only',
    covers: 'orchestrator',
    turns: [
      full,
      { say: 'exclude Dallas and Houston', expect: { known: { exclude_markets: ['Dallas', 'Houston'] } } },
      { say: 'yes', expect: runProgram },
      {
        say: 'New program: raise $80M, net leverage below 3.5x, FCCR of at least 2.0x, exclude Houston',
        expect: { decisions: ['program_intake:START'], plan: ['program_intake:CONFIRM'], known: { exclude_markets: ['Houston'] } },
      },
      { say: 'also exclude Chicago', expect: { known: { exclude_markets: ['Houston', 'Chicago'] }, plan: ['program_intake:CONFIRM'] } },
      { say: 'yes', expect: runProgram },
    ],
    runs: { count: 2, excludedMarkets: ['Houston'] },
  },
  {
    name: 'explaining an unknown run says so',
    covers: 'orchestrator',
    turns: [
      {
        say: 'explain run 0b7c1d2e-1111-4222-8333-444455556666',
        expect: { decisions: ['explain_run:START'], reply: ['I could not find run'] },
      },
    ],
    runs: NO_RUNS,
  },
  {
    name: 'the planning conversation end to end',
    covers: 'happy path',
    turns: [
      full,
      { say: 'also show me a conservative case with 3 scenarios', expect: { plan: ['what_if_analysis:CONFIRM'] } },
      holdOn,
      { say: "let's go back to the what-if", expect: { signal: { type: 'resume', scenario_id: 'what_if_analysis' } } },
      { say: 'cancel the what-if', expect: { decisions: ['what_if_analysis:CANCEL'] } },
      { say: 'yes, run it', expect: runProgram },
    ],
    runs: { count: 1, briefContains: ['Raise $150M. Keep net leverage below 3.5x and FCCR of at least 2x.'] },
  },
]);

/** The conversations the pseudo-terminal runner plays (one per part of the contract, to keep it quick). */
export const PTY_CORPUS_NAMES: readonly string[] = Object.freeze([
  'after "hold on", "ok let\'s pick the scenarios back up" resumes and runs nothing',
  'reported: "actually, exclude Texas and no plants" at the confirm step is used, and the run honours it',
  'reported: "what if the target were $200M instead?" is a custom scenario; the base keeps $150M',
  'reported: "cancel the what-if" after "hold on" cancels the paused what-if, not the program',
  'an off-topic question is used for nothing and said back',
  'a second program after a completed one does not reuse the last target, covenants or exclusions',
]);
