// A fixed number of form posts under autocannon, each with the next session cookie in turn, in a
// process of its own (bench/serve.ts, postForms). Prints autocannon's result as JSON.
import autocannon from 'autocannon';

const { url, path, body, cookies, amount, connections, headers } = JSON.parse(process.argv[2]);
let next = 0;
const result = await autocannon({
	url,
	connections,
	amount,
	requests: [
		{
			method: 'POST',
			path,
			body,
			headers,
			setupRequest: (request) => ({
				...request,
				headers: { ...request.headers, cookie: cookies[next++ % cookies.length] }
			})
		}
	]
});
process.stdout.write(JSON.stringify(result));
