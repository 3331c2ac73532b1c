"use client";

import dynamic from "next/dynamic";

// The annotation parts a page needs only once a reader opens a note, writes one or edits one: each
// is loaded then, so a page's first load carries none of their code (the Markdown renderer, the
// forms). A server render still draws them in full; only the browser's download waits.

/** An annotation's Markdown (server-rendered in full; in the browser, drawn once the renderer is loaded). */
export const MarkdownBody = dynamic(() => import("./markdown-body").then((m) => m.MarkdownBody));
export const AnnotationForm = dynamic(() =>
  import("./annotation-form").then((m) => m.AnnotationForm),
);
export const AnnotationEditor = dynamic(() =>
  import("./annotation-editor").then((m) => m.AnnotationEditor),
);
export const AnnotationHistory = dynamic(() =>
  import("./annotation-history").then((m) => m.AnnotationHistory),
);
