/**
 * Bootstraps `content/plan/` from the snapshot: applies the corrections, parses, and writes the Chinese text split
 * into document.yaml and one file per measure. Existing files are kept (they may hold translations); pass --force
 * to overwrite them. Usage: npm run extract [-- --force]
 * (It runs before content/plan exists, so it reads only the two files it needs, with the loader's strict readers.)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { contentPaths, measureFileName, readText, readYaml } from '../src/data/read.ts';
import { correctionsFileSchema } from '../src/lib/schema.ts';
import { extractDocument, extractMeasures } from '../src/lib/extract.ts';
import { applyCorrections, parseSource } from '../src/lib/source.ts';

const force = process.argv.includes('--force');
const paths = contentPaths(process.cwd());
const corrected = applyCorrections(
	readText(paths.snapshot, paths.root),
	readYaml(paths.corrections, correctionsFileSchema, paths.root).corrections,
);
const { plan, problems } = parseSource(corrected.text);
for (const p of [
	...corrected.problems.map((p) => `correction ${p.correction.id}: ${p.message}`),
	...problems.map((p) => `line ${p.line}: ${p.message}`),
])
	console.error(p);
if (corrected.problems.length || problems.length) process.exit(1);

const dump = (data: unknown) => yaml.dump(data, { lineWidth: -1, noRefs: true });
function write(file: string, data: unknown) {
	if (existsSync(file) && !force) return console.log(`kept ${path.relative(paths.root, file)}`);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, dump(data));
	console.log(`wrote ${path.relative(paths.root, file)}`);
}

const about = {
	officialUrl: 'https://www.beijing.gov.cn/zhengce/zfwj/zfwj2016/bgtwj/202310/t20231027_3289238.html',
	metadataEn: {
		发文机构: "General Office of the Beijing Municipal People's Government",
		发文字号: 'Jing Zheng Ban Fa [2023] No. 23',
	},
	gazette: { zh: '北京市人民政府公报 2023年第48期（总第828期）' },
	parentPlan: {
		title: { zh: '北京市中关村国家自主创新示范区建设科创金融改革试验区总体方案' },
		docNumber: { zh: '银发〔2023〕98号' },
		issuers: { zh: '中国人民银行、发展改革委、科技部、工业和信息化部、财政部、银保监会、证监会、外汇局、知识产权局' },
	},
};
const { metadata, ...rest } = extractDocument(plan);
write(paths.document, { metadata, about, ...rest });
for (const measure of extractMeasures(plan))
	write(path.join(paths.measures, measureFileName(measure.measure)), measure);
