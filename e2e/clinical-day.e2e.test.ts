import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { expectNoClinicalTabs, refusedClinicalReads } from './clinical-steps/access.ts'
import { chartFinding, openChart, surfaceOf, toothButton } from './clinical-steps/chart.ts'
import { addAddendum, openNotes, writeAndSignNote } from './clinical-steps/notes.ts'
import {
  completePerioExam,
  openPerio,
  perioSummaryValue,
  recordPerioExam,
  startPerioExam,
} from './clinical-steps/perio.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const chairside = { width: 1366, height: 768 }

/**
 * Issue #10's journey, one doctor's visit end to end: the chart (caries on 16 MO, a missing 46),
 * a periodontal exam on four teeth, a SOAP note signed and then corrected by an addendum; and
 * the front desk, afterwards, cannot open any of it. Each screen's own journey checks its
 * details (e2e/chart, perio, notes, vitals, clinical-access); this one checks they make a day.
 */
describe('a clinical day', () => {
  const e2e = useNiramayaInChromium()

  it('a doctor charts, probes, writes and signs; the receptionist cannot open the chart', async () => {
    const owner = await e2e.newContext({ viewport: chairside, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)

    const doctorContext = await e2e.newContext({ viewport: chairside, bypassCSP: true })
    const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, {
      userId: doctor.userId,
    })
    const page = await doctorContext.newPage()
    const errors = collectPageErrors(page)

    // The chart: caries on 16 mesial and occlusal by mouse, 46 missing by keyboard.
    await openChart(page, patient.id, e2e.serverUrl)
    await chartFinding(page, { tooth: 16, surfaces: ['M', 'O'], kind: 'caries', by: 'mouse' })
    await chartFinding(page, { tooth: 46, kind: 'missing', by: 'keyboard' })
    await openChart(page, patient.id, e2e.serverUrl)
    // After a reload, as the next person to open it sees it: marks drawn, and said in words.
    for (const surface of ['M', 'O']) {
      expect(await surfaceOf(page, 16, surface).getAttribute('class')).toContain('mark-existing')
    }
    expect(await surfaceOf(page, 16, 'D').getAttribute('class')).not.toContain('mark-')
    expect(await toothButton(page, 16).getAttribute('aria-label')).toContain(
      en['chart.kind.caries'],
    )
    expect(await toothButton(page, 46).getAttribute('aria-label')).toContain(
      en['chart.kind.missing'],
    )
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // A periodontal exam on four teeth, bleeding marked on the 6 mm site, then completed.
    await openPerio(page, e2e.url, patient.id)
    await startPerioExam(page)
    await recordPerioExam(page, [
      { tooth: 16, depths: [3, 2, 3, 6, 4, 3], marks: { 3: 'b' } },
      { tooth: 11, depths: [2, 2, 2, 2, 1, 2] },
      { tooth: 36, depths: [3, 3, 4, 3, 2, 3], marks: { 2: 'bp' } },
      { tooth: 31, depths: [2, 1, 2, 2, 2, 2] },
    ])
    expect(await perioSummaryValue(page, en['perio.summary.teethPresent'])).toContain('4')
    await completePerioExam(page)

    // A SOAP note, signed; then an addendum, signed, under it.
    await openNotes(page, e2e.url, patient.id)
    const card = await writeAndSignNote(page, {
      sections: {
        subjective: 'Pain on chewing, upper right, for a week',
        objective: 'Caries 16 MO; 46 missing; 6 mm pocket 16 with bleeding',
        assessment: 'Dentinal caries 16; localised periodontitis',
        plan: 'Composite 16 MO; scaling and root planing',
      },
    })
    await card.getByText(en['notes.state.signed'], { exact: true }).waitFor()
    await addAddendum(card, 'Patient reports a penicillin allergy after signing; noted.')
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])

    // The front desk, afterwards: no chart tab, the chart's address shows the details, 403.
    const deskContext = await e2e.newContext({ viewport: chairside, bypassCSP: true })
    await joinThroughApi(owner, deskContext, e2e.serverUrl, 'receptionist')
    const desk = await deskContext.newPage()
    const deskErrors = collectPageErrors(desk)
    await expectNoClinicalTabs(desk, e2e.url, patient.id, 'chart')
    const shown = (await desk.locator('main').textContent()) ?? ''
    expect(shown).not.toContain('Caries')
    expect(shown).not.toContain('Pain on chewing')
    expect(unexpectedErrors(deskErrors, refusedClinicalReads(patient.id))).toEqual([])
  })
})
