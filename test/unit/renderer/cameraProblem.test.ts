import { describe, expect, it } from 'vitest';
import { cameraProblemOf } from '../../../renderer/src/camera/cameraProblem.js';

// Issue 13: the live view says why the camera cannot be used, from getUserMedia's refusal's name.
describe("the camera's refusal, as the live view words it", () => {
  it.each([
    ['NotAllowedError', 'refused'],
    ['SecurityError', 'refused'],
    ['NotFoundError', 'none'],
    ['OverconstrainedError', 'none'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'busy'],
    ['TypeError', 'failed'],
  ] as const)('%s is %s', (name, problem) => {
    expect(cameraProblemOf(new DOMException('browser prose, never read', name))).toBe(problem);
  });

  it('anything that is not an error is the reader failing to start', () => {
    expect(cameraProblemOf('NotAllowedError')).toBe('failed');
    expect(cameraProblemOf(undefined)).toBe('failed');
    expect(cameraProblemOf(new RangeError('wasm'))).toBe('failed');
  });
});
