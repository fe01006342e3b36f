// Clinical notes (SOAP), templates, signing and addenda.
export const enNotes = {
  'notes.heading': 'Clinical notes',
}
