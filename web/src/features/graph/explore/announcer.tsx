/**
 * The explore tools' one polite live region: each tool reports its result (path found, N partners, year shown)
 * through `useAnnounce()`, so a screen reader hears one voice instead of five competing regions.
 */
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react'

const AnnounceContext = createContext<(text: string) => void>(() => {})

export function useAnnounce() {
  return useContext(AnnounceContext)
}

export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', serial: 0 })
  const announce = useCallback(
    (text: string) => setMessage((current) => ({ text, serial: current.serial + 1 })),
    [],
  )
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p
        className="visually-hidden"
        role="status"
        aria-live="polite"
        data-testid="explore-announcer"
      >
        {/* A new key replaces the text node, so the same words said twice are announced twice. */}
        <span key={message.serial}>{message.text}</span>
      </p>
    </AnnounceContext.Provider>
  )
}
