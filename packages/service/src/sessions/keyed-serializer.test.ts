import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyedSerializer } from './keyed-serializer.js';

describe('createKeyedSerializer', () => {
  it('runs work of one key one at a time, in submission order, and other keys alongside', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c'), fails: fc.boolean(), yields: fc.integer({ min: 0, max: 3 }) }), {
          maxLength: 25,
        }),
        async (jobs) => {
          const serializer = createKeyedSerializer();
          const running = new Map<string, number>();
          const started: string[] = [];
          const results = jobs.map((job, index) =>
            serializer.run(job.key, async () => {
              expect(running.get(job.key) ?? 0).toBe(0);
              running.set(job.key, 1);
              started.push(`${job.key}${index}`);
              for (let step = 0; step < job.yields; step += 1) await Promise.resolve();
              running.set(job.key, 0);
              if (job.fails) throw new Error(`job ${index}`);
              return index;
            }),
          );
          const settled = await Promise.allSettled(results);
          settled.forEach((outcome, index) => {
            if (jobs[index]?.fails) expect(outcome.status).toBe('rejected');
            else expect(outcome).toEqual({ status: 'fulfilled', value: index });
          });
          for (const key of ['a', 'b', 'c']) {
            const order = started.filter((entry) => entry.startsWith(key)).map((entry) => Number(entry.slice(1)));
            expect(order).toEqual([...order].sort((left, right) => left - right));
          }
          // Bookkeeping ends with the work.
          await Promise.resolve();
          await Promise.resolve();
          expect(serializer.size).toBe(0);
        },
      ),
    );
  });

  it('lets other keys run while one key waits', async () => {
    const serializer = createKeyedSerializer();
    let release: () => void = () => {};
    const blocked = serializer.run('slow', () => new Promise<string>((resolve) => (release = () => resolve('slow'))));
    const queued = serializer.run('slow', async () => 'after');
    expect(await serializer.run('fast', async () => 'fast')).toBe('fast');
    release();
    expect(await blocked).toBe('slow');
    expect(await queued).toBe('after');
  });
});
