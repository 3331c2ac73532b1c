import { AppError } from "@/lib/errors/app-error";

// Why an upload is refused, as AppErrors with keys under errors.sourceFile.* in messages/{zh,en}.
// 415 when we do not take that kind of file at all, 413 when it is too big, 422 when we take the
// kind but this file cannot give us text.

export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

export const sourceFileError = {
  empty: () => new AppError("unprocessable", "sourceFile.empty"),
  noTextLayer: () => new AppError("unprocessable", "sourceFile.noTextLayer"),
  tooLarge: () =>
    new AppError("too_large", "sourceFile.tooLarge", { limit: MAX_SOURCE_BYTES / 1024 / 1024 }),
  unknownType: (name: string) =>
    new AppError("unsupported_media_type", "sourceFile.unknownType", { name }),
  corrupt: (name: string) => new AppError("unprocessable", "sourceFile.corrupt", { name }),
  zipBomb: () => new AppError("unprocessable", "sourceFile.zipBomb"),
  encrypted: () => new AppError("unprocessable", "sourceFile.encrypted"),
};
