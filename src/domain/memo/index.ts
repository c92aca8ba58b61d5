export { buildMemo, composeMemo, fileStem, generatedBottomLine, MEMO_MONTE_CARLO, memoFigures, type MemoFigures, type MemoInput } from './build-memo';
export type { Block, MemoDocument, Run, Section } from './memo-document';
