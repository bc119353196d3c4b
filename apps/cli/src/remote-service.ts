import { InvalidInputError, LeasebackError, isErrorCode, type InputProblem, type Job, type JobKind } from '@leaseback/domain';
import type { ExportDocument, LeasebackService } from '@leaseback/service';

/** How long one call to the server may take: reads answer at once, planning may call a model. */
const READ_DEADLINE_MS = 30_000;
const WORK_DEADLINE_MS = 10 * 60_000;

/** The error a failed answer carries, rebuilt so the CLI reports it as it would a local one. */
function errorFromAnswer(status: number, body: unknown, url: string): LeasebackError {
  const error = (body as { error?: { code?: unknown; message?: unknown; problems?: unknown } } | undefined)?.error;
  const message = typeof error?.message === 'string' ? error.message : `the server at ${url} answered ${status}`;
  if (Array.isArray(error?.problems)) return new InvalidInputError(error.problems as InputProblem[]);
  if (status === 401) return new LeasebackError('unauthorized', `the server at ${url} needs an API key: set LEASEBACK_API_KEY`);
  return new LeasebackError(isErrorCode(error?.code) ? error.code : 'internal_error', message);
}

/**
 * The service as a running `leaseback serve` offers it over HTTP, for commands
 * run beside a `serve` that holds the embedded store: runs, sets, exports,
 * capacity and sessions go through the server instead of failing to open the
 * store. Reading a portfolio file needs no store and stays local.
 */
/** Where each kind of job is submitted (with `Prefer: respond-async`). */
const JOB_PATHS: Readonly<Record<JobKind, string>> = { run: '/api/runs', program: '/api/programs', scenario_set: '/api/scenario_sets' };

export function createRemoteService(
  baseUrl: string,
  options: { apiKey?: string; localParse: LeasebackService['parsePortfolioFile'] },
): LeasebackService {
  const call = async (
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body: unknown,
    deadlineMs: number,
    signal?: AbortSignal,
    extraHeaders: Readonly<Record<string, string>> = {},
  ): Promise<Response> => {
    const signals = [AbortSignal.timeout(deadlineMs), ...(signal ? [signal] : [])];
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
          ...extraHeaders,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.any(signals),
      });
    } catch (thrown) {
      if (signal?.aborted) throw new LeasebackError('cancelled', 'the operation was cancelled', { cause: thrown });
      throw new LeasebackError(
        'store_unavailable',
        `the leaseback serve at ${baseUrl} holds the store but did not answer; stop it (Ctrl-C) or retry`,
        { cause: thrown },
      );
    }
    if (!response.ok) {
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      throw errorFromAnswer(response.status, parsed, baseUrl);
    }
    return response;
  };
  const json = async <T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
    deadlineMs = READ_DEADLINE_MS,
    signal?: AbortSignal,
  ): Promise<T> => (await (await call(method, path, body, deadlineMs, signal)).json()) as T;
  const query = (input: { fund_id?: string | null; limit?: number | string | null }): string => {
    const parameters = new URLSearchParams();
    if (input.fund_id) parameters.set('fund_id', input.fund_id);
    if (input.limit !== null && input.limit !== undefined) parameters.set('limit', String(input.limit));
    const text = parameters.toString();
    return text === '' ? '' : `?${text}`;
  };
  const download = async (path: string, signal?: AbortSignal): Promise<ExportDocument> => {
    const response = await call('GET', path, undefined, READ_DEADLINE_MS, signal);
    const disposition = response.headers.get('content-disposition') ?? '';
    const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'leaseback-export';
    return {
      content: new Uint8Array(await response.arrayBuffer()),
      mediaType: response.headers.get('content-type') ?? 'application/octet-stream',
      fileName,
    };
  };
  const id = (value: string): string => encodeURIComponent(value);

  return {
    runProgram: (input, context = {}) => json('POST', '/api/programs', input, WORK_DEADLINE_MS, context.signal),
    createRun: (input, context = {}) => json('POST', '/api/runs', input, WORK_DEADLINE_MS, context.signal),
    listRuns: (input, context = {}) => json('GET', `/api/runs${query(input)}`, undefined, READ_DEADLINE_MS, context.signal),
    getRun: (runId, context = {}) => json('GET', `/api/runs/${id(runId)}`, undefined, READ_DEADLINE_MS, context.signal),
    getRunJson: async (runId, context = {}) =>
      new Uint8Array(await (await call('GET', `/api/runs/${id(runId)}`, undefined, READ_DEADLINE_MS, context.signal)).arrayBuffer()),
    createScenarioSet: (input, context = {}) => json('POST', '/api/scenario_sets', input, WORK_DEADLINE_MS, context.signal),
    listScenarioSets: (input, context = {}) =>
      json('GET', `/api/scenario_sets${query(input)}`, undefined, READ_DEADLINE_MS, context.signal),
    getScenarioSet: (setId, context = {}) => json('GET', `/api/scenario_sets/${id(setId)}`, undefined, READ_DEADLINE_MS, context.signal),
    capacity: (input, context = {}) => json('POST', '/api/capacity', input, WORK_DEADLINE_MS, context.signal),
    replayRun: (runId, context = {}) => json('POST', `/api/runs/${id(runId)}/replay`, undefined, WORK_DEADLINE_MS, context.signal),
    exportRun: (runId, format, context = {}) =>
      download(`/api/runs/${id(runId)}/export?format=${encodeURIComponent(String(format))}`, context.signal),
    exportScenarioSet: (setId, format, context = {}) =>
      download(`/api/scenario_sets/${id(setId)}/export?format=${encodeURIComponent(String(format))}`, context.signal),
    parsePortfolioFile: (input, context) => options.localParse(input, context),
    createSession: (input, context = {}) => json('POST', '/api/sessions', input, WORK_DEADLINE_MS, context.signal),
    getSession: (sessionId, context = {}) => json('GET', `/api/sessions/${id(sessionId)}`, undefined, READ_DEADLINE_MS, context.signal),
    postTurn: (sessionId, input, context = {}) =>
      json('POST', `/api/sessions/${id(sessionId)}/turns`, input, WORK_DEADLINE_MS, context.signal),
    // Jobs go through the server's asynchronous API, as a browser or another client would use it.
    submitJob: async (kind, input, context = {}) =>
      (await (await call('POST', JOB_PATHS[kind], input, WORK_DEADLINE_MS, context.signal, { prefer: 'respond-async' })).json()) as Job,
    getJob: (jobId, context = {}) => json('GET', `/api/jobs/${id(jobId)}`, undefined, READ_DEADLINE_MS, context.signal),
    cancelJob: (jobId, context = {}) => json('DELETE', `/api/jobs/${id(jobId)}`, undefined, READ_DEADLINE_MS, context.signal),
    getJobResult: (jobId, context = {}) => json('GET', `/api/jobs/${id(jobId)}/result`, undefined, READ_DEADLINE_MS, context.signal),
    ready: async () =>
      (await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(READ_DEADLINE_MS) }).catch(() => undefined))?.ok === true,
    close: async () => undefined,
  };
}
