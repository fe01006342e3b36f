/**
 * A FIFO of bytes for the stream transforms: writes arrive in arbitrary sizes, chunks leave in
 * fixed ones. Holding a list of buffers and copying once per chunk avoids re-concatenating the
 * whole backlog on every write.
 */
export class ByteQueue {
  #parts: Buffer[] = []
  #length = 0

  get length(): number {
    return this.#length
  }

  push(bytes: Buffer): void {
    if (bytes.length === 0) return
    this.#parts.push(bytes)
    this.#length += bytes.length
  }

  /** Removes and returns the first `count` bytes; the caller checks `length` first. */
  take(count: number): Buffer {
    if (count > this.#length) throw new RangeError('count: exceeds queued bytes')
    const out = Buffer.allocUnsafe(count)
    let filled = 0
    while (filled < count) {
      const part = this.#parts[0]
      if (!part) break
      const used = Math.min(part.length, count - filled)
      part.copy(out, filled, 0, used)
      filled += used
      if (used === part.length) this.#parts.shift()
      else this.#parts[0] = part.subarray(used)
    }
    this.#length -= count
    return out
  }
}
