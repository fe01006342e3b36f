import { EventEmitter } from 'node:events'

/**
 * Test fixture for process-guard.int.test.ts, loaded with `node --import` before server/main.ts:
 * on SIGUSR2 it makes the three kinds of stray failure the guard must survive. The messages
 * carry a fake name and number so the test can check they never reach the log.
 */
process.on('SIGUSR2', () => {
  setImmediate(() => {
    throw Object.assign(new Error('thrown in a timer for Meera Iyer 9876501234'), {
      code: 'ESTRAY',
    })
  })
  void Promise.reject(new TypeError('rejected for Meera Iyer 9876501234'))
  setImmediate(() => {
    new EventEmitter().emit('error', new RangeError('emitted for Meera Iyer 9876501234'))
  })
})
