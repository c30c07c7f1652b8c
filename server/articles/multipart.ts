// multipart/form-data uploads with busboy: one file part named "file" (capped), a few small fields.
import type { IncomingMessage } from "node:http";
import busboy from "busboy";
import { ARTICLE_LIMITS } from "../protocol";
import { IntakeError, formatBytes } from "./errors";
import type { UploadedFile } from "./intake";

export interface MultipartBody {
  fields: Record<string, string>;
  file: UploadedFile | null;
}

export function isMultipart(req: IncomingMessage): boolean {
  return /^multipart\/form-data\b/i.test(req.headers["content-type"] ?? "");
}

const tooLarge = () =>
  new IntakeError(413, "file", `That file is larger than ${formatBytes(ARTICLE_LIMITS.maxUploadBytes)}. Upload a smaller file, or paste the part you need.`);

export function readMultipart(req: IncomingMessage, maxFileBytes = ARTICLE_LIMITS.maxUploadBytes): Promise<MultipartBody> {
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (Number.isFinite(declared) && declared > maxFileBytes + 64 * 1024) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maxFileBytes, fields: 10, fieldSize: 10_000, parts: 12 },
        defParamCharset: "utf8",
      });
    } catch {
      return reject(new IntakeError(400, "file", "The upload was not understood. Try choosing the file again."));
    }
    const fields: Record<string, string> = {};
    let file: UploadedFile | null = null;
    let error: IntakeError | null = null;
    let pending: Promise<void> = Promise.resolve();

    bb.on("field", (name, value) => {
      fields[name] = value;
    });
    bb.on("file", (name, stream, info) => {
      if (name !== "file" || file) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      pending = new Promise((done) => {
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("limit", () => {
          error = tooLarge();
        });
        stream.on("close", () => {
          file = { name: info.filename || "upload", type: info.mimeType, bytes: new Uint8Array(Buffer.concat(chunks)) };
          done();
        });
      });
    });
    bb.on("filesLimit", () => {
      error ??= new IntakeError(400, "file", "Upload one file at a time.");
    });
    bb.on("error", () => reject(error ?? new IntakeError(400, "file", "The upload was cut off or damaged. Try again.")));
    bb.on("close", () => {
      void pending.then(() => (error ? reject(error) : resolve({ fields, file })));
    });
    req.on("aborted", () => reject(new IntakeError(400, "file", "The upload was cut off. Try again.")));
    req.pipe(bb);
  });
}
