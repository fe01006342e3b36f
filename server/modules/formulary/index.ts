/**
 * The formulary: the drug master plus a clinic's own items, prescribers' favourites and the
 * clinic's per-diagnosis sets (issue #13 §1, §2). Others import `lookupDrugs` to resolve the
 * codes on prescription lines, and sign-up seeds a new clinic's sets.
 */
export { lookupDrugs } from './lookup-drugs.ts'
export { seedPrescriptionSets } from './queries.ts'
export { drugRoutes as formularyDrugRoutes } from './routes.ts'
export { shortcutRoutes as formularyShortcutRoutes } from './shortcut-routes.ts'
