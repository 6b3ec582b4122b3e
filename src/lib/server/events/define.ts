import { z } from 'zod';

/**
 * One event type: the kind of thing it is about and the shape of its data. Data is kept minimal
 * (ids and counts, never a ballot's choice or a message's text) and strict: a key that is not
 * declared is refused, so nothing extra slips into the permanent log.
 */
export type EventSpec = { subject: string; data: z.ZodType<Record<string, unknown>> };

export function defineEvents<const T extends Record<`${string}.${string}`, EventSpec>>(
	specs: T
): T {
	return specs;
}

export const none = z.strictObject({});
export const id = z.number().int().positive();
export const obj = z.strictObject;
