import { useCallback, useEffect, useState } from 'react'
import { toClinicMinutes } from './clinic-time.ts'

/**
 * The clinic's date and minutes after midnight now, refreshed every minute, so a page left open
 * overnight at the front desk moves to the new day by itself. `refresh` reads the clock at once,
 * for when something the server did "now" (a walk-in) may already belong to the next day.
 */
export function useClinicNow(zone: string): { date: string; minutes: number; refresh: () => void } {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  const refresh = useCallback(() => setNow(new Date()), [])
  const { date, minutes } = toClinicMinutes(now, zone)
  return { date, minutes, refresh }
}
