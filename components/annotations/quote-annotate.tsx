"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { PassageTarget } from "@/lib/dataset/passage-target";
import { AnnotationForm } from "./lazy";

/**
 * "Annotate with this passage" under a quote of a detail panel: a note on the fact and on the
 * exact passage the quote is, at once. It shows with the fact everywhere the fact is drawn, and
 * in the source viewer at the passage.
 */
export function QuoteAnnotate({
  fact,
  passage,
}: {
  fact: AnnotationTarget;
  passage: PassageTarget;
}) {
  const t = useTranslations("annotations");
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button
        type="button"
        className="link-button quote-annotate"
        onClick={() => setOpen(true)}
        data-testid="annotate-quote"
      >
        {t("fromQuote")}
      </button>
    );
  return (
    <div className="quote-annotate-form">
      <p className="muted">{t("fromQuoteHint")}</p>
      <AnnotationForm target={[fact, passage]} onDone={() => setOpen(false)} compact />
    </div>
  );
}
