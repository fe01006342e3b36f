import pino, { type Logger } from 'pino'

export type { Logger }

/**
 * Structured JSON logs. Logs carry ids, routes, statuses and timings, never
 * request bodies, query strings or personal data (DPDP Rules 6: logs are kept a
 * year, so whatever enters them is kept a year). The redact list is a second
 * line of defence for fields that must never appear even by mistake.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'niramaya' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'headers.cookie',
        'headers.authorization',
        '*.headers.cookie',
        '*.headers.authorization',
      ],
      censor: '[redacted]',
    },
  })
}
