export { buildMemo, fileStem, generatedBottomLine, type MemoInput } from './build-memo';
export type { Block, MemoDocument, Run, Section } from './memo-document';
