/** `GET /health` when both database pools answer. */
export interface HealthStatus {
  status: 'ok';
  database: 'up';
}

/** `GET /health` with 503: the error shape plus the probe's outcome. */
export interface HealthUnavailable {
  statusCode: 503;
  code: 'SERVICE_UNAVAILABLE';
  message: string;
  error: string;
  status: 'error';
  database: 'down';
}
