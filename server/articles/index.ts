// Article intake: pasted text, uploaded files and web pages → a checked article → a question draft,
// and a reviewed draft → a quiz. HTTP lives in server/http/article-routes.ts.
export { IntakeError } from "./errors";
export { articleFromFile, articleFromText, articleFromUrl, type Article, type UploadedFile } from "./intake";
export { fetchPage, isPrivateAddress, parseArticleUrl, FETCH_DEFAULTS } from "./fetch";
export { htmlToArticle, htmlToText } from "./html";
export { markdownToArticle } from "./markdown";
export { pdfToArticle } from "./pdf";
export { makeDraft, regenerateItem } from "./draft";
export { bankTypeOf, itemIssues, itemToQuestion, timeLimitFor } from "./convert";
export { isMultipart, readMultipart } from "./multipart";
export { saveQuizFromArticle } from "./save";
