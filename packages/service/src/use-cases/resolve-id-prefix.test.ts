import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeasebackError } from '@leaseback/domain';
import { feasibleBrief, programRequest } from '../__fixtures__/example-requests.js';
import { createTestService } from '../__fixtures__/test-service.js';
import type { LeasebackServiceHandle } from '../create-leaseback-service.js';

const services: LeasebackServiceHandle[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
});

async function withIds(ids: string[]) {
  const queue = [...ids];
  const built = await createTestService({ newId: () => queue.shift() ?? 'spare' });
  services.push(built.service);
  return built.service;
}

async function rejection(promise: Promise<unknown>): Promise<LeasebackError> {
  try {
    await promise;
  } catch (thrown) {
    return thrown as LeasebackError;
  }
  throw new Error('expected a rejection');
}

describe('ids by unique prefix', () => {
  it('finds a run by a unique prefix, says when a prefix is ambiguous, and not found when none matches', async () => {
    const service = await withIds(['3f0c1a', '3f0c9b', '7d21ee']);
    for (let index = 0; index < 3; index += 1)
      await service.createRun(programRequest(feasibleBrief, { fund_id: index === 2 ? 'fund-b' : 'fund-a' }));
    expect((await service.getRun('7d')).run_id).toBe('7d21ee');
    expect((await service.getRun('3f0c9')).run_id).toBe('3f0c9b');
    expect(Buffer.from(await service.getRunJson('7d2')).toString('utf8')).toContain('"run_id":"7d21ee"');

    const ambiguous = await rejection(service.getRun('3f0c'));
    expect(ambiguous.code).toBe('ambiguous_id');
    expect(ambiguous.message).toBe('run id "3f0c" is ambiguous: it starts 3f0c1a, 3f0c9b; give more characters');
    expect((await rejection(service.getRun('9'))).code).toBe('not_found');
    // LIKE wildcards in a prefix match themselves, not any character.
    expect((await rejection(service.getRun('3f0c_'))).code).toBe('not_found');
    expect((await rejection(service.getRun('%'))).code).toBe('not_found');
  });

  it('never resolves a prefix to another fund’s run', async () => {
    const service = await withIds(['aa11', 'aa22']);
    await service.createRun(programRequest(feasibleBrief, { fund_id: 'fund-a' }));
    await service.createRun(programRequest(feasibleBrief, { fund_id: 'fund-b' }));
    expect((await service.getRun('aa', { scope: ['fund-b'] })).run_id).toBe('aa22');
    expect((await rejection(service.getRun('aa1', { scope: ['fund-b'] }))).code).toBe('not_found');
  });

  it('exports a run found by prefix with its figures as numbers', async () => {
    const service = await withIds(['run-export-1']);
    const created = await service.createRun(programRequest(feasibleBrief));
    const document = await service.exportRun('run-exp', 'xlsx');
    expect(document.fileName).toBe('leaseback-run-run-export-1.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(document.content) as unknown as ExcelJS.Buffer);
    const cash = workbook.getWorksheet('Selected assets')!.getColumn(9).values.slice(2);
    expect(cash.every((value) => typeof value === 'number')).toBe(true);
    expect((cash as number[]).reduce((sum, value) => sum + value, 0)).toBeCloseTo(created.response!.outcome.proceeds, 2);
    expect((await rejection(service.exportRun('run-exp', 'pdf'))).code).toBe('invalid_input');
  });
});
