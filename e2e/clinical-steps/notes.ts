import type { Locator, Page } from 'playwright-core'
import { en } from '../../web/src/i18n/en.ts'

type Messages = typeof en

/** A note to write: a template's name and the answers to its prompts (by prompt label), or blank. */
export interface NoteToWrite {
  template?: string
  answers?: Record<string, string>
  /** For a blank note: the four sections by name. */
  sections?: Partial<Record<'subjective' | 'objective' | 'assessment' | 'plan', string>>
}

/** The "New note" form of the notes tab (web/src/features/notes/new-note-form.tsx). */
export function newNoteForm(page: Page, messages: Messages = en): Locator {
  return page.getByRole('form', { name: messages['notes.newHeading'] })
}

/** The note cards, newest visit first; each is named "Visit of DD/MM/YYYY <state>". */
export function noteCards(page: Page): Locator {
  return page.getByRole('tabpanel').getByRole('article')
}

/** Opens the patient's notes tab by its address and waits for the notes to load. */
export async function openNotes(
  page: Page,
  url: (pathname: string) => string,
  patientId: string,
  messages: Messages = en,
): Promise<void> {
  await page.goto(url(`/patients/${patientId}?tab=notes`))
  await page.getByRole('heading', { level: 2, name: messages['notes.heading'] }).waitFor()
  await page.getByText(messages['app.loading']).first().waitFor({ state: 'detached' })
}

/** Opens the new-note form ("Write a note"), unless it is open already. */
export async function startNote(page: Page, messages: Messages = en): Promise<Locator> {
  const form = newNoteForm(page, messages)
  if (!(await form.isVisible())) {
    await page.getByRole('button', { name: messages['notes.writeNote'] }).click()
  }
  await form.waitFor()
  return form
}

/** Fills the new-note form and saves the draft; resolves once the draft is the first card. */
export async function writeDraftNote(
  page: Page,
  note: NoteToWrite,
  messages: Messages = en,
): Promise<Locator> {
  const form = await startNote(page, messages)
  const before = await noteCards(page).count()
  if (note.template) {
    await form.getByLabel(messages['notes.template'], { exact: true }).selectOption({
      label: note.template,
    })
    for (const [label, value] of Object.entries(note.answers ?? {})) {
      await form.getByLabel(label, { exact: true }).fill(value)
    }
  } else {
    for (const [section, value] of Object.entries(note.sections ?? {})) {
      const key = `notes.section.${section}` as keyof Messages
      await form.getByLabel(messages[key], { exact: true }).fill(value)
    }
  }
  await form.getByRole('button', { name: messages['notes.saveDraft'] }).click()
  await noteCards(page).nth(before).waitFor()
  const first = noteCards(page).first()
  await first.getByText(messages['notes.state.draft'], { exact: true }).waitFor()
  return first
}

/** Signs the note in `card` (confirming the dialog) and waits until it shows as signed. */
export async function signNote(page: Page, card: Locator, messages: Messages = en) {
  await card.getByRole('button', { name: messages['notes.sign'], exact: true }).click()
  const dialog = page.getByRole('dialog', { name: messages['notes.signTitle'] })
  await dialog.getByRole('button', { name: messages['notes.signConfirm'] }).click()
  await dialog.waitFor({ state: 'hidden' })
  await card.getByText(messages['notes.state.signed'], { exact: true }).waitFor()
}

/** Writes a note (from a template or blank) and signs it; resolves with its card. */
export async function writeAndSignNote(
  page: Page,
  note: NoteToWrite,
  messages: Messages = en,
): Promise<Locator> {
  await writeDraftNote(page, note, messages)
  // Cards are named by their heading, which changes on signing: keep hold of it by position.
  const card = noteCards(page).first()
  await signNote(page, card, messages)
  return card
}

/** Adds a signed addendum under the signed note in `card`; waits for "signed, with addenda". */
export async function addAddendum(
  card: Locator,
  text: string,
  messages: Messages = en,
): Promise<void> {
  await card.getByRole('button', { name: messages['notes.addAddendum'] }).click()
  await card.getByLabel(messages['notes.addendumText'], { exact: true }).fill(text)
  await card.getByRole('button', { name: messages['notes.signAddendum'] }).click()
  await card.getByText(messages['notes.state.signed_with_addenda'], { exact: true }).waitFor()
}
