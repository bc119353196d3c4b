import type { JsonValue } from '@leaseback/domain';
import { confirmationObject, decideConfirmation } from '@leaseback/llm';
import type { Confirmation, ScenarioInstance, ScenarioOrchestrator, ScoredCandidate, Session, TurnSignal } from '@leaseback/scenarios';
import { describeField } from './describe-fields.js';
import type { ExtractedTurn } from './extract-turn-fields.js';
import { PROGRAM_FIELDS, mergeStatedFields } from './session-fields.js';
import type { StoredSessionState } from './session-schemas.js';
import { SLB_PLAYBOOK_IDS, fieldsInForce } from './slb-playbooks.js';
import { WHAT_IF_FIELDS, isWhatIfRequest, whatIfLabel, type WhatIfChange } from './what-if-changes.js';

/** What a message means for the session, decided before the orchestrator runs. */
export interface MessageUnderstanding {
  /** Fields to merge into the session (the program in force); exclusions already added to the known ones. */
  readonly fields: Record<string, JsonValue>;
  /** A what-if with content, kept for the next scenario set (never applied to the base program). */
  readonly whatIf: WhatIfChange | null;
  /** The signal, aimed at the scenario the message names; `null` for none (or an ambiguous cancel). */
  readonly signal: TurnSignal | null;
  /** The checkpoint the message confirms (at most one, and only one the last reply presented). */
  readonly confirmations: Confirmation[];
  /** The confirmation the message carries under the explicit-yes rule. */
  readonly confirmation: boolean | null;
  /** Candidates that may start or resume a scenario (none for a pause, cancel or exit). */
  readonly candidates: ScoredCandidate[];
  /** What the reply says it understood. */
  readonly understood: string[];
  /** What the reply says it could not use. */
  readonly notUsed: string[];
  /** Sentences the reply adds (nothing to confirm, which one to cancel). */
  readonly notes: string[];
}

/** What `understandMessage` reads besides the extraction. */
export interface UnderstandingInput {
  readonly message: string;
  readonly extraction: ExtractedTurn;
  readonly candidates: readonly ScoredCandidate[];
  readonly session: Session;
  readonly state: StoredSessionState;
  readonly orchestrator: ScenarioOrchestrator;
  readonly minStartScore: number;
}

const OPEN = new Set<ScenarioInstance['status']>(['active', 'paused']);

/**
 * Decides what one message means, after any extractor:
 * - **Confirmation** only by an explicit yes with no other intent
 *   (`decideConfirmation`), aimed at a checkpoint the last reply presented and
 *   still waiting ("run the scenarios" picks the what-if's); a yes with nothing
 *   presented confirms nothing and says so.
 * - **What-ifs with content** ("what if the target were $200M?") become a
 *   custom scenario; the base program is not touched.
 * - **Fields** stated at any step update the program in force; exclusions add up.
 * - **Signals** reach the scenario the message names whether it is active or
 *   paused; a cancel or exit that names none while several are open asks which.
 * - An off-topic question (it asks something, part of it could not be read and
 *   it names no playbook) is used for nothing and said back.
 */
export function understandMessage(input: UnderstandingInput): MessageUnderstanding {
  const { message, extraction, session, state, orchestrator } = input;
  const understood: string[] = [];
  // A phrase that named the scenario ("conservative case") was used to choose it.
  const triggerWords = input.candidates.flatMap((candidate) =>
    candidate.matched.map((word) => word.replace(/^keyword:/, '').toLowerCase()),
  );
  const notUsed: string[] = extraction.unrecognized
    .filter((phrase) => !triggerWords.some((word) => phrase.toLowerCase().includes(word) || word.includes(phrase.trim().toLowerCase())))
    // The words that frame a what-if ("instead", "case") were its framing, not content left unused.
    .filter((phrase) => !/^(?:an?\s+|the\s+)?(?:case|scenario|variant|instead|what[-\s]?if)$/i.test(phrase.trim()))
    .map((phrase) => `"${phrase}"`);
  const notes: string[] = [];
  const scenarioNamed = input.candidates.some((candidate) => candidate.score >= input.minStartScore);
  const offTopic = message.includes('?') && extraction.unrecognized.length > 0 && !scenarioNamed && extraction.signal === null;
  if (offTopic) {
    return {
      fields: {},
      whatIf: null,
      signal: null,
      confirmations: [],
      confirmation: null,
      candidates: [],
      understood,
      notUsed: [`"${message.trim()}"`],
      notes: [],
    };
  }

  // What-ifs with content: figures named in a what-if change a custom scenario, never the base.
  const programExists =
    session.instances.some((instance) => instance.scenario_id === SLB_PLAYBOOK_IDS.programIntake) ||
    Object.hasOwn(session.variables, 'target_amount');
  const stated = Object.keys(extraction.fields).filter((name) => PROGRAM_FIELDS.includes(name));
  let whatIf: WhatIfChange | null = null;
  let applied: Record<string, JsonValue> = { ...extraction.fields };
  if (stated.length > 0 && extraction.signal === null && isWhatIfRequest(message, programExists)) {
    const changed: Record<string, JsonValue> = {};
    for (const name of stated) {
      const value = extraction.fields[name] as JsonValue;
      if (WHAT_IF_FIELDS.includes(name)) changed[name] = value;
      else
        notUsed.push(
          `${describeField(name, value)} (a what-if can change the target, covenants, criticality, leaseability and excluded markets)`,
        );
      delete applied[name];
    }
    if (Object.keys(changed).length > 0) {
      whatIf = { label: whatIfLabel(changed), fields: changed };
      understood.push(`a what-if: ${whatIf.label} (the base program is unchanged)`);
    }
  }
  // Exclusions add up to those in force: a new program's list starts empty, not with the last program's.
  applied = mergeStatedFields(fieldsBeforeTurn(session, input), applied) as Record<string, JsonValue>;
  for (const [name, value] of Object.entries(applied)) understood.push(describeField(name, value));
  for (const ignored of extraction.ignored)
    notUsed.push(`${ignored.field.replaceAll('_', ' ')} ${JSON.stringify(ignored.value)} (${ignored.reason})`);

  // Signals: aimed at the open scenario the message names, paused or active.
  let signal: TurnSignal | null = null;
  if (extraction.signal !== null) {
    const kind = extraction.signal;
    const wanted = kind === 'resume' ? new Set(['paused']) : kind === 'pause' ? new Set(['active']) : OPEN;
    const named = input.candidates.find((candidate) =>
      session.instances.some((instance) => instance.scenario_id === candidate.scenario_id && wanted.has(instance.status)),
    );
    const open = session.instances.filter((instance) => OPEN.has(instance.status));
    if (named !== undefined) signal = { type: kind, scenario_id: named.scenario_id };
    else if ((kind === 'cancel' || kind === 'exit') && open.length > 1) {
      const names = open.map(
        (instance) => `the ${lowerFirst(orchestrator.registry.latest(instance.scenario_id)?.name ?? instance.scenario_id)}`,
      );
      notes.push(`Which one should I ${kind === 'cancel' ? 'cancel' : 'stop'}: ${names.join(' or ')}? Name it ("cancel the what-if").`);
    } else signal = { type: kind };
    if (signal !== null) understood.push(kind === 'exit' ? 'stop' : kind);
  }

  const confirmation = decideConfirmation(message, {
    confirmation: extraction.confirmation,
    statedFields: Object.keys(extraction.fields).length + extraction.ignored.length,
    signal: extraction.signal,
  });
  const confirmations: Confirmation[] = [];
  if (confirmation === true) {
    const waiting = state.presented.filter((presented) =>
      session.instances.some(
        (instance) =>
          instance.status === 'active' && instance.scenario_id === presented.scenario_id && instance.current_step_id === presented.step_id,
      ),
    );
    const object = confirmationObject(message);
    const aimedAt = object === 'program' ? SLB_PLAYBOOK_IDS.programIntake : object === 'scenarios' ? SLB_PLAYBOOK_IDS.whatIfAnalysis : null;
    const target =
      aimedAt === null ? (waiting.length === 1 ? waiting[0] : undefined) : waiting.find((presented) => presented.scenario_id === aimedAt);
    if (target !== undefined) {
      confirmations.push({ scenario_id: target.scenario_id, step_id: target.step_id });
      const step = orchestrator.registry.latest(target.scenario_id)?.steps.find((entry) => entry.id === target.step_id);
      understood.push(`yes to "${step?.checkpoint_description ?? step?.name ?? target.step_id}"`);
    } else if (waiting.length > 1) {
      notes.push('Two things are waiting for a yes: say "run the program" or "run the scenarios".');
    } else if (aimedAt !== null && waiting.length === 1) {
      notes.push(
        `${aimedAt === SLB_PLAYBOOK_IDS.programIntake ? 'The program is' : 'The what-if scenarios are'} not waiting for a yes; nothing ran.`,
      );
    } else {
      notes.push('There is nothing waiting for a yes right now; nothing ran.');
    }
  } else if (confirmation === false && state.presented.length > 0) {
    understood.push('not yet');
  }

  return {
    fields: applied,
    whatIf,
    signal,
    confirmations,
    confirmation,
    // A pause, cancel or exit is about scenarios already running: the names in the
    // message aim the signal and never start the scenario being stopped.
    candidates: extraction.signal === null || extraction.signal === 'resume' ? withWhatIf(input.candidates, whatIf) : [],
    understood,
    notUsed,
    notes,
  };
}

/**
 * The fields in force before this message: a message that starts a program
 * after an earlier one (none open) starts from nothing for the fields its
 * definition asks again, so "exclude Houston" there does not add to the last
 * program's exclusions.
 */
function fieldsBeforeTurn(session: Session, input: UnderstandingInput): Record<string, unknown> {
  const inForce = fieldsInForce(session);
  const programs = session.instances.filter((instance) => instance.scenario_id === SLB_PLAYBOOK_IDS.programIntake);
  const startsAgain =
    programs.length > 0 &&
    !programs.some((instance) => OPEN.has(instance.status)) &&
    input.candidates.some(
      (candidate) => candidate.scenario_id === SLB_PLAYBOOK_IDS.programIntake && candidate.score >= input.minStartScore,
    );
  const reuse = input.orchestrator.registry.latest(SLB_PLAYBOOK_IDS.programIntake)?.field_reuse;
  if (!startsAgain || reuse === undefined || reuse.policy === 'reuse') return inForce;
  for (const field of reuse.fields) if (!reuse.carry_fields.includes(field)) delete inForce[field];
  return inForce;
}

/** A what-if with content starts (or resumes) the what-if analysis even when no trigger word named it ("a 3.0x leverage case"). */
function withWhatIf(candidates: readonly ScoredCandidate[], whatIf: WhatIfChange | null): ScoredCandidate[] {
  if (whatIf === null || candidates.some((candidate) => candidate.scenario_id === SLB_PLAYBOOK_IDS.whatIfAnalysis && candidate.score >= 1))
    return [...candidates];
  return [
    ...candidates.filter((candidate) => candidate.scenario_id !== SLB_PLAYBOOK_IDS.whatIfAnalysis),
    { scenario_id: SLB_PLAYBOOK_IDS.whatIfAnalysis, score: 1, matched: ['what-if with content'] },
  ];
}

function lowerFirst(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}`;
}

/**
 * What the reply says back, once the turn is decided: the understanding plus
 * the scenarios the message started; a message of which nothing at all was
 * used is said back whole ("I could not use: "150"").
 */
export function sayBack(
  meaning: MessageUnderstanding,
  message: string,
  started: readonly string[],
): { understood: string[]; notUsed: string[] } {
  const understood = [...started.map((name) => `a new ${lowerFirst(name)}`), ...meaning.understood];
  const nothing = understood.length === 0 && meaning.notes.length === 0 && meaning.notUsed.length === 0 && meaning.confirmation === null;
  return { understood, notUsed: nothing ? [`"${message.trim()}"`] : [...meaning.notUsed] };
}
