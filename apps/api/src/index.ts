export { API_ROUTES, type ApiRoute, type RouteCall, type SchemaReference } from './api-routes.js';
export { authenticate, type AuthenticatedLocals } from './authenticate.js';
export { createApp, createRequestListener, type CreateAppOptions } from './create-app.js';
export { statusForCode, toErrorResponse, type ErrorBody, type ErrorResponse } from './error-response.js';
export { HTTP_DURATION_METRIC } from './http-metrics.js';
export {
  LOG_BATCH_BYTES,
  LOG_FLUSH_INTERVAL_MS,
  batchedLogDestination,
  type BatchedLogDestination,
} from './log-destination.js';
export { buildOpenApiDocument, type OpenApiDocumentOptions } from './openapi-document.js';
export { OPS_ROUTES, type OpsDependencies, type OpsRoute } from './ops-routes.js';
export { RequestError, type RequestErrorCode } from './request-errors.js';
export { REQUEST_ID_HEADER } from './request-logging.js';
export { serve, type ServeOptions, type ServingApi } from './serve.js';
export { DEFAULT_SHUTDOWN_TIMEOUT_MS, startServer, type RunningServer, type StartServerOptions } from './start-server.js';
