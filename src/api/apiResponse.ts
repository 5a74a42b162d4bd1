/** The framework-free answer of the data API, and its error shape (`{ error: { code, message } }`). */
export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** A JSON value, or null for an answer without a body (204). */
  body: unknown;
}

/** Every error code the API (mock or server) can answer with; the OpenAPI document lists them. */
export const API_ERROR_CODES = [
  'invalid_parameter',
  'not_found',
  'method_not_allowed',
  'bad_path',
  'uri_too_long',
  'internal',
  'unavailable',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ok = (body: unknown): ApiResponse => ({ status: 200, headers: {}, body });

export function apiError(
  status: number,
  code: ApiErrorCode,
  message: string,
  headers: Record<string, string> = {},
): ApiResponse {
  return { status, headers, body: { error: { code, message } } };
}

/** Echo at most this much of what a client sent, so an error body stays small whatever the request. */
export const clip = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max)}…` : text);
