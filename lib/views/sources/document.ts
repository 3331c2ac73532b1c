import type { DatasetSource } from "@/lib/dataset/schema";
import { textBlocks, type Block } from "./blocks";
import { htmlBlocks } from "./html-blocks";

/** A source as the reader sees it: markup rendered as text, plain text as paragraphs. */
export const readableBlocks = (source: Pick<DatasetSource, "format" | "text">): Block[] =>
  source.format === "html" ? htmlBlocks(source.text) : textBlocks(source.text);
