// Figures in replies use the domain's one display notation, so a session's reply,
// the CLI's tables and the engine's explanations always agree; multiples and
// rates read as the user stated them (`3.5x`, `2.5%`).
export { formatMoney, formatStatedPercent as formatPercent, formatStatedRatio as formatMultiple } from '@leaseback/domain';
