import type { z } from 'zod';
import {
  AccountResponse,
  ChangeBatchResponse,
  OtpResponse,
  RequestStatusResponse,
  StaffRegistrationResponse,
  UpstreamErrorBody,
  VerificationResponse,
} from '../../../shared/upstream/api.js';
import type {
  StaffRegistrationRequest,
  UpstreamChange,
  VerificationRequest,
} from '../../../shared/upstream/api.js';
import { signRequest } from '../../../shared/upstream/requestSigner.js';
import type { KioskCredentials } from '../../../shared/upstream/requestSigner.js';
import { ClockOffset } from './clockOffset.js';
import { parseRetryAfter } from './retryAfter.js';
import { UpstreamFailure } from './upstreamFailure.js';

export interface UpstreamClientOptions {
  baseUrl: string;
  credentials: KioskCredentials;
  timeoutMs?: number;
  /** The kiosk's own clock; signatures carry it corrected by the service's Date headers. */
  now?: () => number;
  fetch?: typeof fetch;
}

/** What one call told of the national system; every listener hears of every call. */
export interface UpstreamContact {
  /**
   * It answered as itself and was well: a JSON answer with a status under 500 other than 429
   * (refusals included). The sync engine and the staff registrar end a wait after silence early on it.
   */
  healthy: boolean;
  /**
   * It answered as itself at all, 429 included. False after no connection, a timeout, a 5xx, or
   * an answer that is not its own (a proxy's page): then it is unreachable as far as a citizen goes.
   */
  reachable: boolean;
  /** When the request left, and when its answer (or failure) came, on the kiosk's own clock. */
  sentAt: number;
  answeredAt: number;
}

export type ContactListener = (contact: UpstreamContact) => void;

/** A reference no change can have (it comes from the nil UUID): looking it up costs the service nothing. */
const PROBE_REFERENCE = '00000-00000';

type Attempt<T> = { sentAt: number } & (
  { ok: true; value: T } | { ok: false; failure: UpstreamFailure; clockMoved: boolean }
);

/** The endpoint without the ID number or reference in it: messages end up in logs and staff screens. */
function endpointOf(method: string, path: string): string {
  return `${method} ${path.replace(/^\/v1\/(accounts|requests)\/[^/?]+/, '/v1/$1/:key')}`;
}

/** The system's code for why fetch gave up (ECONNREFUSED, ECONNRESET, …), when there is one. */
function networkCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = networkCode(error);
  return code === undefined ? error.message : `${error.message} (${code})`;
}

/** Failures to open a connection at all: no byte of the request can have reached the service. */
const neverConnected = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Signed JSON calls to the national system (DESIGN §4). Every answer is validated: the network
 * is input like any other, and a malformed answer is a retryable failure, never data.
 */
export class UpstreamClient {
  readonly #baseUrl: string;
  readonly #credentials: KioskCredentials;
  readonly #timeoutMs: number;
  readonly #localNow: () => number;
  readonly #fetch: typeof fetch;
  readonly #clock: ClockOffset;
  readonly #contactListeners = new Set<ContactListener>();

  constructor(options: UpstreamClientOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#credentials = options.credentials;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#localNow = options.now ?? (() => Date.now());
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#clock = new ClockOffset(this.#localNow);
  }

  /** Service clock minus kiosk clock, as learnt from the Date headers so far. */
  get clockOffsetMs(): number {
    return this.#clock.offsetMs;
  }

  onContact(listener: ContactListener): () => void {
    this.#contactListeners.add(listener);
    return () => this.#contactListeners.delete(listener);
  }

  verify(request: VerificationRequest): Promise<VerificationResponse> {
    return this.#call('POST', '/v1/verifications', request, VerificationResponse);
  }

  /** Asks the national system to send an SMS OTP to the account's registered phone. */
  requestOtp(idNumber: string): Promise<OtpResponse> {
    return this.#call('POST', '/v1/otp', { idNumber }, OtpResponse);
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

  /** Registers a staff member enrolled on this kiosk; idempotent on the national system's side. */
  registerStaff(request: StaffRegistrationRequest): Promise<StaffRegistrationResponse> {
    return this.#call('POST', '/v1/staff', request, StaffRegistrationResponse);
  }

  /** Where a request stands by its reference code; undefined when the national system does not know it. */
  async lookupRequest(reference: string): Promise<RequestStatusResponse | undefined> {
    try {
      return await this.#call(
        'GET',
        `/v1/requests/${encodeURIComponent(reference)}`,
        undefined,
        RequestStatusResponse,
      );
    } catch (error) {
      if (error instanceof UpstreamFailure && error.upstreamCode === 'REQUEST_NOT_FOUND') return undefined;
      throw error;
    }
  }

  /** The lightest signed request there is; its answer reaches the contact listeners, and nothing else matters. */
  async probe(): Promise<void> {
    await this.lookupRequest(PROBE_REFERENCE).catch(() => undefined);
  }

  async #call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    schema: S,
    bearer?: string,
  ): Promise<z.output<S>> {
    let attempt = await this.#attempt(method, path, body, schema, bearer);
    // Refused for clock skew, and that very answer corrected the clock: once more, freshly signed.
    if (!attempt.ok && attempt.failure.upstreamCode === 'CLOCK_SKEW' && attempt.clockMoved) {
      attempt = await this.#attempt(method, path, body, schema, bearer);
    }
    // A refusal is still the national system answering as itself: it is up; a 429 is it, busy.
    const kind = attempt.ok ? undefined : attempt.failure.kind;
    this.#tellContact({
      healthy: kind === undefined || kind === 'refused',
      reachable: kind === undefined || kind === 'refused' || kind === 'rate-limited',
      sentAt: attempt.sentAt,
      answeredAt: this.#localNow(),
    });
    if (!attempt.ok) throw attempt.failure;
    return attempt.value;
  }

  async #attempt<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    schema: S,
    bearer?: string,
  ): Promise<Attempt<z.output<S>>> {
    const text = body === undefined ? '' : JSON.stringify(body);
    const headers: Record<string, string> = {
      ...(await signRequest(this.#credentials, { method, path, body: text, timestampMs: this.#clock.now() })),
      accept: 'application/json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (bearer !== undefined) headers.authorization = `Bearer ${bearer}`;

    const sentAt = this.#localNow();
    let response: Response;
    let answer: string;
    try {
      response = await this.#fetch(`${this.#baseUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: text }),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      answer = await response.text();
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      const failure = timedOut
        ? new UpstreamFailure('timeout', `National system did not answer ${endpointOf(method, path)} in time`)
        : new UpstreamFailure('unreachable', `National system unreachable: ${networkReason(error)}`, {
            requestLeft: !neverConnected.has(networkCode(error) ?? ''),
          });
      return { ok: false, failure, clockMoved: false, sentAt };
    }

    const dateHeader = response.headers.get('date');
    const clockMoved = this.#clock.observe(dateHeader, sentAt, this.#localNow());
    const payload = parseJson(answer);
    if (!response.ok) {
      const serviceNow = dateHeader === null ? Number.NaN : Date.parse(dateHeader);
      const retryAfterMs = parseRetryAfter(
        response.headers.get('retry-after'),
        Number.isNaN(serviceNow) ? this.#clock.now() : serviceNow,
      );
      return {
        ok: false,
        failure: refusalFailure(response.status, payload, retryAfterMs),
        clockMoved,
        sentAt,
      };
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const failure = new UpstreamFailure(
        'malformed',
        `National system sent an unexpected answer to ${endpointOf(method, path)}`,
        { status: response.status },
      );
      return { ok: false, failure, clockMoved, sentAt };
    }
    return { ok: true, value: parsed.data as z.output<S>, sentAt };
  }

  #tellContact(contact: UpstreamContact): void {
    for (const listener of this.#contactListeners) {
      try {
        listener(contact);
      } catch (error) {
        console.error('kiosk: upstream contact listener failed', error);
      }
    }
  }
}

/** A non-2xx answer as a failure: the national system's code and facts, and the kind for sync. */
function refusalFailure(status: number, payload: unknown, retryAfterMs: number | undefined): UpstreamFailure {
  const refusal = UpstreamErrorBody.safeParse(payload);
  const body = refusal.success ? refusal.data : undefined;
  const message = body?.message ?? `HTTP ${status}`;
  const details = {
    status,
    ...(body === undefined ? {} : { upstreamCode: body.code }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    ...(body?.attemptsLeft === undefined ? {} : { attemptsLeft: body.attemptsLeft }),
    ...(body?.lockedUntil === undefined ? {} : { lockedUntil: body.lockedUntil }),
  };
  if (status >= 500)
    return new UpstreamFailure('unavailable', `National system answered ${status}: ${message}`, details);
  if (status === 429)
    return new UpstreamFailure('rate-limited', `National system answered 429: ${message}`, details);
  // Not the national system's error body (a proxy's page, say): nothing to act on but the status.
  if (body === undefined) {
    return new UpstreamFailure(
      'malformed',
      `National system answered ${status} without its error body`,
      details,
    );
  }
  return new UpstreamFailure('refused', `${body.code}: ${message}`, details);
}
