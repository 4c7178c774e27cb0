/** What the host answered to one `GET /launch?code=…`, read as a browser would see it. */
export interface LaunchExchangeAnswer {
  status: number;
  location: string | null;
  setCookie: string | null;
  /** `name=value` of the session cookie, ready for a `Cookie` header; undefined when refused. */
  cookie: string | undefined;
  /** The refusal's code, when the answer is a refusal. */
  refusal: string | undefined;
}

/** Exchanges a launch URL once, without following the redirect, as a test client. */
export async function exchangeLaunchUrl(
  url: string,
  headers: Record<string, string> = {},
): Promise<LaunchExchangeAnswer> {
  const response = await fetch(url, { redirect: 'manual', headers });
  const setCookie = response.headers.get('set-cookie');
  const body = response.status === 401 ? ((await response.json()) as { code?: string }) : undefined;
  if (body === undefined) await response.body?.cancel();
  return {
    status: response.status,
    location: response.headers.get('location'),
    setCookie,
    cookie: setCookie?.split(';')[0],
    refusal: body?.code,
  };
}

/** The `Cookie` header of a session opened with `url`; throws when the host refuses the code. */
export async function openSession(url: string): Promise<string> {
  const answer = await exchangeLaunchUrl(url);
  if (answer.cookie === undefined) throw new Error(`launch refused: ${answer.status} ${answer.refusal}`);
  return answer.cookie;
}
