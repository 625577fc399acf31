/** Per-page render state shared by components (Astro.locals lives for one page's render). */
declare namespace App {
	interface Locals {
		/** Set once the sentence menu has been rendered on the page (src/components/Paragraphs.astro). */
		sentenceMenu?: boolean;
	}
}
