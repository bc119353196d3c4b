// The guided planning sessions' wire schemas and error class (`@leaseback/service/sessions`),
// listed in README.md ("The sessions entry"). An entry of their own: they are values that
// load the scenario orchestrator (about a tenth of a short command's start), which the
// main entry's users that only plan never need. Their types are exported by the main entry too.
export {
  CreateSessionRequestSchema,
  SessionViewSchema,
  TurnRequestSchema,
  TurnResponseSchema,
  sessionWireSchemas,
  type CreateSessionRequestInput,
  type InformResult,
  type SessionInstanceView,
  type SessionTurnRecord,
  type SessionView,
  type ToolResult,
  type TurnRequest,
  type TurnRequestInput,
  type TurnResponse,
} from './sessions/session-schemas.js';
export { ScenarioOrchestrationError } from './sessions/session-errors.js';
