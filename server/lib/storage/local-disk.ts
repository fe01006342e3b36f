import { randomUUID } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { assertStorageKey, type ObjectStorage, StorageNotFoundError } from './storage.ts'

/**
 * Files under one folder (by default `DATA_DIR/files`). A write goes to a temporary file in the
 * target folder, is flushed to disk, and is renamed into place: a reader sees the whole object
 * or none of it, and a failed upload leaves nothing behind.
 */
export function localDiskStorage(root: string): ObjectStorage {
  const base = path.resolve(root)
  const pathOf = (key: string) => {
    assertStorageKey(key)
    const full = path.resolve(base, key)
    // assertStorageKey already forbids `..`; this is the belt to its braces.
    if (!full.startsWith(base + path.sep)) throw new TypeError('storage: key escapes the root')
    return full
  }

  return {
    kind: 'local',
    async put(key, body: Readable) {
      const target = pathOf(key)
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
      const temporary = path.join(path.dirname(target), `.partial-${randomUUID()}`)
      // Created before the copy starts: a write stream opens its file lazily, so a body that
      // failed at once could otherwise leave the file appearing after the clean-up below.
      const file = await open(temporary, 'wx', 0o600)
      try {
        await pipeline(body, file.createWriteStream({ flush: true }))
        await rename(temporary, target)
      } catch (error) {
        await file.close().catch(() => undefined)
        await rm(temporary, { force: true })
        throw error
      }
    },
    async get(key) {
      const file = pathOf(key)
      // Open first, so a missing file is an error here and not on the stream later.
      const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? new StorageNotFoundError() : error
      })
      return handle.createReadStream()
    },
    async delete(key) {
      await rm(pathOf(key), { force: true })
    },
  }
}
