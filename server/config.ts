import path from 'node:path'
import { z } from 'zod'

/**
 * Configuration is read from the environment once, at boot, and validated here.
 * Nothing else reads process.env: a typo in a variable name should stop the
 * server with a clear message, not surface later as a strange default.
 */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_APP_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_APP_PASSWORD: z.string().min(1).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
})

export type Config = {
  port: number
  host: string
  dataDir: string
  /** Owner connection (migrations). Absent: embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined
  /** Application-role connection; derived from `databaseUrl` when absent. */
  databaseAppUrl: string | undefined
  databaseAppPassword: string | undefined
  databasePoolSize: number
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL']
  isProduction: boolean
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "not set": shells and .env files produce them easily.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  const parsed = ConfigSchema.safeParse(cleaned)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const value = parsed.data
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir: path.resolve(value.DATA_DIR),
    databaseUrl: value.DATABASE_URL,
    databaseAppUrl: value.DATABASE_APP_URL,
    databaseAppPassword: value.DATABASE_APP_PASSWORD,
    databasePoolSize: value.DATABASE_POOL_SIZE,
    logLevel: value.LOG_LEVEL,
    isProduction: value.NODE_ENV === 'production',
  }
}
