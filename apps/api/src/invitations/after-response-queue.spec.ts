import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AFTER_RESPONSE_QUEUE_LIMIT, AfterResponseQueue } from './after-response-queue';

/** A response that has not been sent yet: its jobs wait until `close`. */
const pendingResponse = () => new EventEmitter().setMaxListeners(0) as unknown as Response & EventEmitter;

describe('AfterResponseQueue: bounded, in memory', () => {
  afterEach(() => jest.restoreAllMocks());

  it(`holds at most ${AFTER_RESPONSE_QUEUE_LIMIT} jobs; beyond that drops the job with a warning naming no person`, async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const queue = new AfterResponseQueue();
    const response = pendingResponse();
    const ran: number[] = [];
    for (let i = 0; i < AFTER_RESPONSE_QUEUE_LIMIT; i++)
      expect(queue.afterResponse(response, 'password reset', async () => void ran.push(i))).toBe(true);
    expect(queue.size).toBe(AFTER_RESPONSE_QUEUE_LIMIT);

    const dropped = jest.fn(async () => undefined);
    expect(queue.afterResponse(response, 'password reset', dropped)).toBe(false);
    expect(queue.size).toBe(AFTER_RESPONSE_QUEUE_LIMIT);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls[0])).not.toMatch(/@|token|http/i);
    expect(warn.mock.calls[0]).toEqual([
      { queued: AFTER_RESPONSE_QUEUE_LIMIT, limit: AFTER_RESPONSE_QUEUE_LIMIT },
      'password reset dropped: the queue is full',
    ]);

    response.emit('close');
    await queue.drained();
    expect(ran).toHaveLength(AFTER_RESPONSE_QUEUE_LIMIT);
    expect(dropped).not.toHaveBeenCalled();
    // Room again once the queue has run.
    const next = jest.fn(async () => undefined);
    const sent = pendingResponse();
    expect(queue.afterResponse(sent, 'password reset', next)).toBe(true);
    sent.emit('close');
    await queue.drained();
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('does not let shutdown wait for a stuck job beyond its grace period', async () => {
    jest.useFakeTimers();
    try {
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      const queue = new AfterResponseQueue();
      const response = pendingResponse();
      queue.afterResponse(response, 'password reset', () => new Promise<void>(() => undefined));
      response.emit('close');
      const shutdown = queue.beforeApplicationShutdown();
      await jest.advanceTimersByTimeAsync(30_000);
      await expect(shutdown).resolves.toBeUndefined();
      expect(warn).toHaveBeenCalledWith({ unsent: 1 }, 'shutdown: queued work left unsent');
    } finally {
      jest.useRealTimers();
    }
  });
});
