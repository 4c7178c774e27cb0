import { impossibleIdNumber, impossibleIdNumberMessage } from '../rules/idNumberRule.js';
import type { UpstreamContext } from './context.js';
import { errorResponse } from './errors.js';

/**
 * 400 ID_NUMBER_IMPOSSIBLE for an ID number no one can hold, or undefined. A typing mistake is
 * told apart from a number that could exist but has no account here (404 ACCOUNT_NOT_FOUND).
 */
export function refuseImpossibleIdNumber(
  c: UpstreamContext,
  idNumber: string,
  nowMs: number,
): Response | undefined {
  const problem = impossibleIdNumber(idNumber, nowMs);
  if (problem === undefined) return undefined;
  return errorResponse(c, 400, 'ID_NUMBER_IMPOSSIBLE', impossibleIdNumberMessage(problem));
}
