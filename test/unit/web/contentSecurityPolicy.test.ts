import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/bootstrap/rendererFiles.js';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => {
        const [name = '', ...sources] = part.split(/\s+/);
        return [name, sources.join(' ')] as const;
      }),
  );
}

const metaPolicy = (() => {
  const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (policy === undefined) throw new Error('renderer/index.html has no CSP meta tag');
  return policy;
})();

describe("the kiosk page's content security policy", () => {
  it('frames only its own origin, for the slip printed in place: no blob:, no data:, no other site', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, metaPolicy]) {
      expect(directives(policy).get('frame-src')).toBe("'self'");
      expect(directives(policy).has('child-src')).toBe(false);
      expect(directives(policy).get('default-src')).toBe("'self'");
      expect(policy).not.toMatch(/blob:|\*/);
    }
  });

  it('runs scripts from its own origin only, and compiles WebAssembly (the QR decoder) but never evaluates text', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, metaPolicy]) {
      expect(directives(policy).get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
      expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'|'unsafe-hashes'/);
    }
  });

  it('is the same in the meta tag and the header, which alone can forbid framing the page itself', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    expect(header.get('frame-ancestors')).toBe("'none'");
    header.delete('frame-ancestors');
    expect(directives(metaPolicy)).toEqual(header);
  });
});
