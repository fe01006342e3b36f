import type { Note } from '../../../../shared/contracts/notes.ts'
import { useT } from '../../i18n/use-t.ts'
import { SOAP_SECTIONS } from './soap.ts'

/** A note's sections as written (empty ones left out), keeping the writer's line breaks. */
export function NoteSections({ note }: { note: Note }) {
  const t = useT()
  const written = SOAP_SECTIONS.filter((section) => note[section].trim() !== '')
  if (written.length === 0) return <p className="muted">{t('notes.emptyNote')}</p>
  return (
    <dl className="note-sections">
      {written.map((section) => (
        <div key={section}>
          <dt>{t(`notes.section.${section}`)}</dt>
          <dd className="notes-text">{note[section]}</dd>
        </div>
      ))}
    </dl>
  )
}
