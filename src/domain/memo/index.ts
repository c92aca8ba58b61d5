export { buildMemo, composeMemo, fileStem, generatedBottomLine, MEMO_MONTE_CARLO, memoFigures, type MemoFigures, type MemoInput, type MemoText } from './build-memo';
export { bannerText, headingFields, MEMO_TITLE, type Block, type MemoDocument, type Run, type Section } from './memo-document';
export { renderMemoHtml } from './render-html';
export { renderMemoMarkdown } from './render-markdown';
export { workshopFindings, type WorkshopFindings } from './workshop-findings';
