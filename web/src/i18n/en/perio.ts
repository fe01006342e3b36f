// The periodontal chart.
export const enPerio = {
  'perio.heading': 'Periodontal chart',
}
