/** How the embedded database reports: the caller decides where lines go (pino in the server, nowhere in tests). */
export type PostgresLog = (level: 'debug' | 'info' | 'warn' | 'error', message: string) => void
