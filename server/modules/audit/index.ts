/** The audit log: recording reads and events, sealing the chain, verifying it. */
export { type AuditAction, recordEvent, recordRead } from './record.ts'
export { sealAuditEvents } from './seal.ts'
export { type ChainReport, verifyChain } from './verify-chain.ts'
