/**
 * Checks on the request target exactly as the client sent it, before anything decodes or normalises it: a length
 * limit (414), and paths that try to leave the build (dot segments, plain or percent-encoded), hide a separator
 * (%2F, backslash, %5C), a NUL, or a second layer of encoding (%25) are refused (400 bad_path). Files are served
 * from an in-memory map (staticFiles.ts), so this is a second wall, and it keeps such requests out of the logs'
 * "200" lines.
 */
import type { ApiErrorCode } from '../api/apiResponse';
import { MAX_TARGET_LENGTH } from './policies';

export interface Refusal {
  status: number;
  code: ApiErrorCode;
  message: string;
}

const ENCODED_DANGER = /%(00|2f|5c|25)/i;
const DOT_SEGMENT = /^(\.|%2e){1,2}$/i;

/** The path part of a request target: origin-form (/a?b) or absolute-form (http://host/a?b). */
export function rawPathOf(target: string): string {
  const path = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const end = path.search(/[?#]/);
  return end === -1 ? path : path.slice(0, end);
}

export function checkTarget(target: string): Refusal | null {
  if (target.length > MAX_TARGET_LENGTH)
    return {
      status: 414,
      code: 'uri_too_long',
      message: `the request target has ${target.length} characters; at most ${MAX_TARGET_LENGTH} are accepted`,
    };
  const path = rawPathOf(target);
  const bad = (why: string): Refusal => ({ status: 400, code: 'bad_path', message: `the path ${why}` });
  if (!path.startsWith('/')) return bad('must start with /');
  if (path.includes('\\') || path.includes('\0')) return bad('contains a backslash or a NUL');
  if (ENCODED_DANGER.test(path)) return bad('contains an encoded NUL, slash, backslash or percent sign');
  if (path.split('/').some((segment) => DOT_SEGMENT.test(segment))) return bad('contains a . or .. segment');
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return bad('is not valid percent-encoded UTF-8');
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return bad('contains a control character');
  return null;
}

/** The path, percent-decoded; call only after checkTarget accepted the target. */
export const decodedPathOf = (target: string) => decodeURIComponent(rawPathOf(target));
