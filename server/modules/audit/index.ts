/** The audit log: recording reads and events, sealing the chain, verifying it, its routes. */
export { type AuditAction, auditEachRowRead, recordEvent, recordRead } from './record.ts'
export { auditRoutes } from './routes.ts'
export { sealAuditEvents } from './seal.ts'
export { describeReport, verifyAllClinics } from './verify-all.ts'
export { type ChainReport, verifyChain } from './verify-chain.ts'
