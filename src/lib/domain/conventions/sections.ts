/**
 * Amendments grouped by the section of the document they change. A section starts at a Markdown
 * heading; text before the first heading is the preamble (null). An amendment belongs to every
 * section whose lines it changes, so rival amendments to one section are seen side by side.
 */
import { diffTokens, lines } from '../decisions/text-diff';

export type Section = { heading: string | null; from: number; to: number };

export function sectionsOf(text: string): Section[] {
	const all = lines(text);
	const out: Section[] = [];
	let current: Section = { heading: null, from: 0, to: 0 };
	all.forEach((line, i) => {
		const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line.replace(/\n$/, ''));
		if (m) {
			current.to = i;
			if (current.to > current.from || current.heading !== null) out.push(current);
			current = { heading: m[1], from: i, to: i };
		}
	});
	current.to = all.length;
	out.push(current);
	return out;
}

/** The headings of the sections an amended text changes, in the document's order. */
export function sectionsChanged(base: string, amended: string): (string | null)[] {
	const sections = sectionsOf(base);
	const sectionAt = (line: number) =>
		Math.max(
			0,
			sections.findIndex((s) => line >= s.from && line < Math.max(s.to, s.from + 1))
		);
	const touched = new Set<number>();
	for (const h of diffTokens(lines(base), lines(amended))) {
		if (h.op === 'equal') continue;
		if (h.a1 > h.a0) for (let l = h.a0; l < h.a1; l++) touched.add(sectionAt(l));
		// An insertion belongs with the line before it: the end of a section, not the next heading.
		else touched.add(h.a0 === 0 ? 0 : sectionAt(h.a0 - 1));
	}
	return [...touched].sort((a, b) => a - b).map((i) => sections[i].heading);
}
