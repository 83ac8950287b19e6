import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { percentOf, uploadWithProgress } from './upload.ts';

const realXhr = globalThis.XMLHttpRequest;
afterEach(() => {
  globalThis.XMLHttpRequest = realXhr;
});

/** Stands in for the browser's transport only: what the server answers, after some progress. */
function serverAnswers(status: number, body: string, sent: Array<[number, number]>) {
  class FakeRequest extends EventTarget {
    status = 0;
    responseText = '';
    upload = new EventTarget();
    open() {}
    setRequestHeader() {}
    send() {
      queueMicrotask(() => {
        for (const [loaded, total] of sent)
          this.upload.dispatchEvent(
            Object.assign(new Event('progress'), { loaded, total, lengthComputable: true }),
          );
        this.status = status;
        this.responseText = body;
        this.dispatchEvent(new Event('load'));
      });
    }
  }
  globalThis.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest;
}

describe('upload with progress', () => {
  it('reports the share sent and resolves with the answer', async () => {
    serverAnswers(202, JSON.stringify({ jobId: '7' }), [
      [250, 1000],
      [500, 1000],
    ]);
    const seen: number[] = [];
    const answer = await uploadWithProgress<{ jobId: string }>('/x', new FormData(), (p) => seen.push(p));
    expect(answer).toEqual({ jobId: '7' });
    expect(seen).toEqual([25, 50, 100]);
  });

  it('turns a refusal into the API’s problem', async () => {
    serverAnswers(413, JSON.stringify({ code: 'payload_too_large', detail: 'too big' }), []);
    const failure = await uploadWithProgress('/x', new FormData(), () => {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).problem).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('computes whole percents and nothing of an unknown total', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(5, 0)).toBe(0);
    expect(percentOf(5, null)).toBe(0);
    expect(percentOf(12, 10)).toBe(100);
  });
});
