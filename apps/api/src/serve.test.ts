import { EventEmitter } from 'node:events';
import { createLeasebackService, type CreateLeasebackServiceOptions, parseServiceConfig } from '@leaseback/service';
import { describe, expect, it } from 'vitest';
import { serve } from './serve.js';

describe('serve', () => {
  it('opens the service to read every brief in the worker pool, as a server answering requests side by side should', async () => {
    const opened: CreateLeasebackServiceOptions[] = [];
    const lines: string[] = [];
    const api = await serve({
      config: parseServiceConfig({ api: { port: 0 }, store: { data_dir: 'memory://' } }),
      logDestination: { write: (line: string) => void lines.push(line) },
      signals: new EventEmitter(),
      openService: async (options) => {
        opened.push(options);
        return createLeasebackService(options);
      },
    });
    try {
      expect(opened).toHaveLength(1);
      expect(opened[0]?.readEveryBriefInPool).toBe(true);
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    } finally {
      await api.close();
    }
  });
});
