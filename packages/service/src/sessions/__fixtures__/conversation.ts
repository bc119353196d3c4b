/** The planning conversation a user reported, message by message. */
export const CONVERSATION = Object.freeze({
  /** States target and both covenants: program intake starts and skips to its checkpoint. */
  first: 'Raise $150M from distribution centers and warehouses, keep net leverage below 3.5x and FCCR of at least 2.0x',
  /** Starts the what-if analysis beside the program intake. */
  whatIf: 'also show me a conservative case with 3 scenarios',
  pause: 'hold on',
  resume: "let's go back to the what-if",
  cancelWhatIf: 'cancel the what-if',
  confirm: 'yes, run it',
});

/** A UUID no run has. */
export const UNKNOWN_RUN_ID = '0b7c1d2e-1111-4222-8333-444455556666';
