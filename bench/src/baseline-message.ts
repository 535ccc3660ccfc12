/** What the bench sends the baseline server over IPC, and what it answers. */
export interface BaselineBody {
  body: Uint8Array
  headers: Record<string, string>
}

export interface BaselineListening {
  port: number
}
