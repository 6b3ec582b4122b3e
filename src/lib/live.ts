/**
 * The browser side of live updates: one EventSource on /live for these topics, reopened with a
 * growing pause when the server closes it (a restart, a deploy). `onReopen` runs after a reopen,
 * so a page can reload what it may have missed meanwhile. Returns the function that stops it.
 */
export function subscribeLive(
	topics: string[],
	onMessage: (topic: string, data: unknown) => void,
	onReopen?: () => void
): () => void {
	if (typeof EventSource === 'undefined' || !topics.length) return () => {};
	const url = `/live?${topics.map((t) => `topic=${encodeURIComponent(t)}`).join('&')}`;
	let source: EventSource | null = null;
	let stopped = false;
	let opened = false;
	let pause = 1_000;
	let timer: ReturnType<typeof setTimeout> | undefined;

	function open() {
		if (stopped) return;
		const s = new EventSource(url);
		source = s;
		s.onopen = () => {
			pause = 1_000;
			if (opened) onReopen?.();
			opened = true;
		};
		s.onmessage = (e) => {
			try {
				const message = JSON.parse(e.data) as { topic: string; data: unknown };
				onMessage(message.topic, message.data);
			} catch {
				// Not ours: ignore.
			}
		};
		s.onerror = () => {
			// The browser retries a dropped connection itself; a closed one (an error answer) is ours.
			if (s.readyState !== EventSource.CLOSED || stopped) return;
			timer = setTimeout(open, pause);
			pause = Math.min(pause * 2, 30_000);
		};
	}
	open();
	return () => {
		stopped = true;
		clearTimeout(timer);
		source?.close();
	};
}
