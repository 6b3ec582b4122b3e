/** A progress line: what was written, and the time since `started` (Date.now()). */
export type Log = (what: string, started: number) => void;
