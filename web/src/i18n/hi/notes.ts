// Clinical notes (SOAP), templates, signing and addenda.
export const hiNotes = {
  'notes.heading': 'क्लिनिकल नोट्स',
}
