import path from 'node:path'
import { z } from 'zod'
import type { S3Settings } from './lib/storage/s3.ts'

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
  DATABASE_PREPARED_STATEMENTS: z.enum(['auto', 'true', 'false']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  EMAIL_FROM: z.string().min(3).default('Niramaya <no-reply@localhost>'),
  // OWASP's argon2id minimum is 19 MiB, 2 iterations, 1 lane.
  // See: https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(19_456).max(1_048_576).default(19_456),
  ARGON2_ITERATIONS: z.coerce.number().int().min(2).max(10).default(2),
  MASTER_KEY: z.string().min(1).optional(),
  MASTER_KEYS_PREVIOUS: z.string().min(1).optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
  // The platform's shared WhatsApp sender (issue #14): clinics that have not connected their own.
  WHATSAPP_PROVIDER: z.enum(['outbox', 'meta']).default('outbox'),
  META_GRAPH_URL: z.url().default('https://graph.facebook.com/v21.0'),
  META_PHONE_NUMBER_ID: z
    .string()
    .regex(/^[0-9]{5,20}$/)
    .optional(),
  META_ACCESS_TOKEN: z.string().min(20).optional(),
  META_APP_SECRET: z.string().min(16).optional(),
  META_VERIFY_TOKEN: z.string().min(16).optional(),
  // Clinics' own providers (Settings → Messaging): Interakt's API, and one extra origin a Wati
  // endpoint may have besides https://*.wati.io (a local fake in tests, a self-hoster's proxy).
  INTERAKT_API_URL: z.url({ protocol: /^https?$/ }).default('https://api.interakt.ai'),
  WATI_ALLOWED_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
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
  /** Name (prepare) parameterised statements; false behind a pooler that cannot carry them. */
  databasePreparedStatements?: boolean
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL']
  isProduction: boolean
  /** The address people use to reach the app; links in emails and the CSRF origin check. */
  publicUrl: string | undefined
  /** SMTP server for outgoing email; absent: email goes to the local outbox in `dataDir/outbox`. */
  smtpUrl: string | undefined
  emailFrom: string
  argon2: { memoryKib: number; iterations: number }
  session: { idleMinutes: number; absoluteHours: number }
  /** Base64 master key wrapping every clinic's data key; required in production. */
  masterKey: string | undefined
  /** Earlier master keys (comma-separated base64), still accepted while rotating. */
  previousMasterKeys: string[]
  /** Where document files go (already encrypted): `dataDir/files`, or an S3-compatible bucket. */
  storage: { driver: 'local'; root: string } | { driver: 's3'; s3: S3Settings }
  /** The platform's shared WhatsApp sender; `outbox` writes messages to `dataDir/whatsapp-outbox`. */
  whatsapp: WhatsAppSettings
  /** Where clinics' own WhatsApp providers are reached (server/lib/whatsapp/endpoints.ts). */
  whatsappEndpoints: WhatsAppEndpoints
}

export interface WhatsAppEndpoints {
  metaGraphUrl: string
  interaktUrl: string
  /** An origin a clinic's Wati endpoint may have besides https://*.wati.io. */
  watiAllowedOrigin: string | undefined
}

export type WhatsAppSettings =
  | { provider: 'outbox' }
  | {
      provider: 'meta'
      graphUrl: string
      phoneNumberId: string
      accessToken: string
      appSecret: string
      verifyToken: string
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
  if (value.NODE_ENV === 'production' && !value.MASTER_KEY) {
    throw new ConfigError(
      'Invalid configuration:\n  MASTER_KEY: is required in production (32 random bytes, base64)',
    )
  }
  const dataDir = path.resolve(value.DATA_DIR)
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir,
    databaseUrl: value.DATABASE_URL,
    databaseAppUrl: value.DATABASE_APP_URL,
    databaseAppPassword: value.DATABASE_APP_PASSWORD,
    databasePoolSize: value.DATABASE_POOL_SIZE,
    // auto: prepared on a direct connection; off when DATABASE_APP_URL is given, the documented
    // way to put a pooler in front, since PgBouncer before 1.21 in transaction mode cannot carry
    // them (ADR 0014).
    databasePreparedStatements:
      value.DATABASE_PREPARED_STATEMENTS === 'auto'
        ? value.DATABASE_APP_URL === undefined
        : value.DATABASE_PREPARED_STATEMENTS === 'true',
    logLevel: value.LOG_LEVEL,
    isProduction: value.NODE_ENV === 'production',
    publicUrl: value.PUBLIC_URL,
    smtpUrl: value.SMTP_URL,
    emailFrom: value.EMAIL_FROM,
    argon2: { memoryKib: value.ARGON2_MEMORY_KIB, iterations: value.ARGON2_ITERATIONS },
    session: {
      idleMinutes: value.SESSION_IDLE_MINUTES,
      absoluteHours: value.SESSION_ABSOLUTE_HOURS,
    },
    masterKey: value.MASTER_KEY,
    previousMasterKeys: (value.MASTER_KEYS_PREVIOUS ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter((key) => key !== ''),
    storage: storageConfig(value, dataDir),
    whatsapp: whatsappConfig(value),
    whatsappEndpoints: {
      metaGraphUrl: value.META_GRAPH_URL.replace(/\/+$/, ''),
      interaktUrl: value.INTERAKT_API_URL.replace(/\/+$/, ''),
      watiAllowedOrigin:
        value.WATI_ALLOWED_ORIGIN === undefined
          ? undefined
          : new URL(value.WATI_ALLOWED_ORIGIN).origin,
    },
  }
}

/** WHATSAPP_PROVIDER=meta needs every META_* value: a half-configured sender fails at start. */
function whatsappConfig(value: z.infer<typeof ConfigSchema>): WhatsAppSettings {
  if (value.WHATSAPP_PROVIDER === 'outbox') return { provider: 'outbox' }
  const missing = (
    ['META_PHONE_NUMBER_ID', 'META_ACCESS_TOKEN', 'META_APP_SECRET', 'META_VERIFY_TOKEN'] as const
  ).filter((name) => value[name] === undefined)
  if (missing.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n${missing.map((name) => `  ${name}: is required with WHATSAPP_PROVIDER=meta`).join('\n')}`,
    )
  }
  return {
    provider: 'meta',
    graphUrl: value.META_GRAPH_URL.replace(/\/+$/, ''),
    phoneNumberId: value.META_PHONE_NUMBER_ID as string,
    accessToken: value.META_ACCESS_TOKEN as string,
    appSecret: value.META_APP_SECRET as string,
    verifyToken: value.META_VERIFY_TOKEN as string,
  }
}

/** S3 needs a bucket and a region; credentials come as a pair or not at all (instance role). */
function storageConfig(value: z.infer<typeof ConfigSchema>, dataDir: string): Config['storage'] {
  if (value.STORAGE_DRIVER === 'local') {
    return { driver: 'local', root: path.join(dataDir, 'files') }
  }
  const missing = [
    ['S3_BUCKET', value.S3_BUCKET],
    ['S3_REGION', value.S3_REGION],
  ].filter(([, setting]) => !setting)
  if (Boolean(value.S3_ACCESS_KEY_ID) !== Boolean(value.S3_SECRET_ACCESS_KEY)) {
    missing.push([value.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID', undefined])
  }
  if (missing.length > 0) {
    const lines = missing.map(([name]) => `  ${name}: is required when STORAGE_DRIVER is s3`)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  return {
    driver: 's3',
    s3: {
      endpoint: value.S3_ENDPOINT,
      region: value.S3_REGION ?? '',
      bucket: value.S3_BUCKET ?? '',
      accessKeyId: value.S3_ACCESS_KEY_ID,
      secretAccessKey: value.S3_SECRET_ACCESS_KEY,
      forcePathStyle: value.S3_FORCE_PATH_STYLE === 'true',
    },
  }
}
