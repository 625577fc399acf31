/**
 * The document's facts as each language writes them: title, document number, issuer, dates and the official page.
 * The one place the English document number and issuer come from (citations, the provenance line, JSON-LD, share
 * cards, open data, the quote checker, the metadata table): `about.metadataEn` in content/plan/document.yaml, which
 * the schema requires in English only, so English output never carries the Chinese in parentheses
 * ("Jing Zheng Ban Fa [2023] No. 23", not "… (京政办发〔2023〕23号)"). A citation that shows the Chinese beside the
 * English (the English style's [Chinese title]) adds it itself.
 */
import type { Locale } from './labels.ts';
import type { DocumentFile } from './schema.ts';

export interface DocumentFacts {
	/** The plan's title (the English falls back to the Chinese while it is untranslated). */
	title: string;
	/** 京政办发〔2023〕23号 / Jing Zheng Ban Fa [2023] No. 23 */
	docNumber: string;
	/** 北京市人民政府办公厅 / General Office of the Beijing Municipal People's Government */
	issuer: string;
	/** 成文日期, YYYY-MM-DD */
	written: string;
	/** 发布日期, YYYY-MM-DD */
	published: string;
	officialUrl: string;
}

export function documentFacts(document: DocumentFile, locale: Locale): DocumentFacts {
	const { metadata, about, plan } = document;
	const base = { written: metadata.成文日期, published: metadata.发布日期, officialUrl: about.officialUrl };
	return locale === 'zh'
		? { ...base, title: plan.title.zh, docNumber: metadata.发文字号, issuer: metadata.发文机构 }
		: {
				...base,
				title: plan.title.en ?? plan.title.zh,
				docNumber: about.metadataEn.发文字号,
				issuer: about.metadataEn.发文机构,
			};
}
