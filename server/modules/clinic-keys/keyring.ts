import type { Config } from '../../config.ts'
import { loadOrCreateDevMasterKey, type MasterKey, parseMasterKey } from '../../lib/crypto/index.ts'
import type { Logger } from '../../lib/logger.ts'

/** The master keys this process holds: the current one wraps, any of them unwraps. */
export interface Keyring {
  current: MasterKey
  find(id: string): MasterKey | undefined
  /** The current key and every previous one still held (a rotation in progress). */
  all: readonly MasterKey[]
}

export function createKeyring(current: MasterKey, previous: MasterKey[] = []): Keyring {
  const byId = new Map([current, ...previous].map((key) => [key.id, key]))
  return { current, find: (id) => byId.get(id), all: [...byId.values()] }
}

/**
 * MASTER_KEY (and MASTER_KEYS_PREVIOUS during a rotation) from configuration;
 * outside production without one, a key generated into DATA_DIR/master.key,
 * with a warning: whoever has that file and a backup can read the identifiers.
 */
export function keyringFromConfig(
  config: Pick<Config, 'masterKey' | 'previousMasterKeys' | 'dataDir'>,
  logger: Logger,
): Keyring {
  const previous = config.previousMasterKeys.map(parseMasterKey)
  if (config.masterKey) return createKeyring(parseMasterKey(config.masterKey), previous)
  const { masterKey, wasCreated } = loadOrCreateDevMasterKey(config.dataDir)
  logger.warn(
    { masterKeyId: masterKey.id, wasCreated },
    'Using a development master key from DATA_DIR/master.key. Set MASTER_KEY in production.',
  )
  return createKeyring(masterKey, previous)
}
