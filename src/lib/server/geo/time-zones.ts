const zones: ReadonlySet<string> = new Set(Intl.supportedValuesOf('timeZone').concat('UTC'));

export function isTimeZone(zone: string): boolean {
	return zones.has(zone);
}

export function timeZoneOptions(): string[] {
	return [...zones].sort();
}
