import type { z } from 'zod';
import { KioskError } from '../../../shared/ipc/errors.js';
import type { KioskErrorCode } from '../../../shared/ipc/errors.js';
import {
  AccountResponse,
  ChangeBatchResponse,
  UpstreamErrorBody,
  VerificationResponse,
} from '../../../shared/upstream/api.js';
import type { UpstreamChange, VerificationRequest } from '../../../shared/upstream/api.js';
import { signRequest } from './requestSigner.js';
import type { KioskCredentials } from './requestSigner.js';

export interface UpstreamClientOptions {
  baseUrl: string;
  credentials: KioskCredentials;
  timeoutMs?: number;
  now?: () => number;
  fetch?: typeof fetch;
}

/** Which kiosk error a refusal of the national system becomes, by its code. */
const refusalCodes: Record<string, KioskErrorCode> = {
  WRONG_PASSCODE: 'VERIFICATION_FAILED',
  VERIFICATION_LOCKED: 'VERIFICATION_LOCKED',
  ACCOUNT_NOT_FOUND: 'ACCOUNT_NOT_FOUND',
};

/**
 * Signed JSON calls to the national system (DESIGN §4). Every answer is validated: the network
 * is input like any other, and a malformed answer is treated as the service being unavailable.
 */
export class UpstreamClient {
  readonly #options: Required<Omit<UpstreamClientOptions, 'fetch'>> & { fetch: typeof fetch };

  constructor(options: UpstreamClientOptions) {
    this.#options = {
      timeoutMs: 10_000,
      now: () => Date.now(),
      fetch: globalThis.fetch,
      ...options,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
    };
  }

  verify(request: VerificationRequest): Promise<VerificationResponse> {
    return this.#call('POST', '/v1/verifications', request, VerificationResponse);
  }

  readAccount(idNumber: string, token: string): Promise<AccountResponse> {
    return this.#call(
      'GET',
      `/v1/accounts/${encodeURIComponent(idNumber)}`,
      undefined,
      AccountResponse,
      token,
    );
  }

  submitChanges(changes: readonly UpstreamChange[]): Promise<ChangeBatchResponse> {
    return this.#call('POST', '/v1/changes', { changes }, ChangeBatchResponse);
  }

  async #call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    schema: S,
    bearer?: string,
  ): Promise<z.output<S>> {
    const text = body === undefined ? '' : JSON.stringify(body);
    const headers: Record<string, string> = {
      ...signRequest(this.#options.credentials, {
        method,
        path,
        body: text,
        timestampMs: this.#options.now(),
      }),
      accept: 'application/json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (bearer !== undefined) headers.authorization = `Bearer ${bearer}`;

    let response: Response;
    let payload: unknown;
    try {
      response = await this.#options.fetch(`${this.#options.baseUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: text }),
        signal: AbortSignal.timeout(this.#options.timeoutMs),
      });
      payload = await response.json();
    } catch (error) {
      throw new KioskError(
        'UPSTREAM_UNAVAILABLE',
        `National system unreachable: ${(error as Error).message}`,
      );
    }

    if (!response.ok) {
      const refusal = UpstreamErrorBody.safeParse(payload);
      const code = refusal.success ? refusal.data.code : `HTTP_${response.status}`;
      const message = refusal.success ? refusal.data.message : `HTTP ${response.status}`;
      const known = refusalCodes[code];
      if (known !== undefined) throw new KioskError(known, `${code}: ${message}`);
      if (response.status >= 500 || response.status === 429) {
        throw new KioskError(
          'UPSTREAM_UNAVAILABLE',
          `National system answered ${response.status}: ${message}`,
        );
      }
      throw new KioskError('UPSTREAM_REFUSED', `${code}: ${message}`);
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      throw new KioskError(
        'UPSTREAM_UNAVAILABLE',
        `National system sent an unexpected answer to ${method} ${path}`,
      );
    }
    return parsed.data;
  }
}
