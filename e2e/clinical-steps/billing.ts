import type { BrowserContext } from 'playwright-core'
import { gstinCheckCharacter } from '../../shared/billing/index.ts'
import { apiPost } from '../patient-desk.ts'
import { procedureId, signaturePng } from './plans.ts'

/** The clinic registered for GST in Karnataka (29, its sign-up state), as the owner sets it. */
export async function registerForGst(owner: BrowserContext, baseUrl: string): Promise<void> {
  const first14 = '29AAPFU0939F1Z'
  const csrf = (await owner.cookies()).find((cookie) => cookie.name === 'csrf_token')?.value
  const response = await owner.request.fetch(`${baseUrl}/api/v1/clinic/settings`, {
    method: 'PATCH',
    data: { gstin: `${first14}${gstinCheckCharacter(first14)}` },
    headers: { 'x-csrf-token': csrf ?? '' },
  })
  if (response.status() !== 200) {
    throw new Error(`settings answered ${response.status()}: ${await response.text()}`)
  }
}

/** The owner plans an RCT on 36, the patient accepts it, and the owner completes it: all by API. */
export async function completeRct(owner: BrowserContext, baseUrl: string, patientId: string) {
  const base = `/patients/${patientId}/plans`
  const plan = (await apiPost(owner, baseUrl, base, { title: 'Root canal 36' })) as { id: string }
  const withItem = (await apiPost(owner, baseUrl, `${base}/${plan.id}/items`, {
    procedureId: await procedureId(owner, baseUrl, 'RCT-M'),
    teeth: [36],
  })) as { items: { id: string; code: string }[] }
  const item = withItem.items.find((row) => row.code === 'RCT-M')
  if (!item) throw new Error('the RCT was not planned')
  const estimate = await owner.request.get(
    `${baseUrl}/api/v1${base}/${plan.id}/estimate?language=en`,
  )
  const { documentSha256 } = (await estimate.json()) as { documentSha256: string }
  await apiPost(owner, baseUrl, `${base}/${plan.id}/acceptance`, {
    signedBy: 'patient',
    signaturePng: await signaturePng(owner, baseUrl),
    estimateSha256: documentSha256,
    language: 'en',
  })
  await apiPost(owner, baseUrl, `${base}/${plan.id}/items/${item.id}/sittings`, {
    workDone: 'Obturation',
    completesItem: true,
  })
  return item.id
}
