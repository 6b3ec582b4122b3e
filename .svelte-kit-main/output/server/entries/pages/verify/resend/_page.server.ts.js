import { l as resendVerification } from "../../../../chunks/commands4.js";
import { n as formValues, r as requestContext, t as attempt } from "../../../../chunks/http.js";
// src/routes/verify/resend/+page.server.ts
var actions = { default: async (event) => {
	const values = formValues(await event.request.formData());
	const result = await attempt(values, () => resendVerification(event.locals.db, values, requestContext(event)));
	if (!result.ok) return result.failure;
	return { sent: true };
} };
export { actions };
