import { collectPageErrors } from '../browser.ts'
import { signUpThroughApi } from '../clinic.ts'
import type { E2e } from '../harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from '../patient-desk.ts'

/**
 * A new clinic with one patient, and a doctor or assistant on that patient's care team signed
 * in to a browser of their own at `viewport`: where every clinical journey starts (clinical
 * records are for the care team only, ADR 0011). The owner's browser is for API calls.
 */
export async function clinicianOnCareTeam(
  e2e: E2e,
  role: 'doctor' | 'assistant',
  viewport: { width: number; height: number },
) {
  const owner = await e2e.newContext({ viewport, bypassCSP: true })
  await signUpThroughApi(owner, e2e.serverUrl)
  const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
  const context = await e2e.newContext({ viewport, bypassCSP: true })
  const { userId } = await joinThroughApi(owner, context, e2e.serverUrl, role)
  await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, { userId })
  const page = await context.newPage()
  return { owner, patient, userId, page, errors: collectPageErrors(page) }
}
