// The conversation corpus and its checks, from their own entry
// (`@leaseback/service/testing`) so that production code never pulls them in.
export {
  CONVERSATION_CORPUS,
  PTY_CORPUS_NAMES,
  type CorpusConversation,
  type CorpusRunsExpectation,
  type CorpusTurn,
  type CorpusTurnExpectation,
} from './sessions/conversation-corpus.js';
export { corpusRunsProblems, corpusTurnProblems } from './sessions/corpus-checks.js';
