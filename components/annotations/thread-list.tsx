"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Thread } from "@/lib/annotations/threads";
import type { PanelItem } from "@/lib/views/annotation-panel";
import { AnnotationCard } from "./annotation-card";
import { AnnotationForm } from "./lazy";

/** Threads of annotations: each first annotation, its replies, and a reply form on demand. */
export function ThreadList({
  threads,
  canWrite,
  onTag,
}: {
  threads: Thread<PanelItem>[];
  canWrite: boolean;
  onTag?: (tag: string) => void;
}) {
  const t = useTranslations("annotations");
  const [replyTo, setReplyTo] = useState<string | null>(null);
  return (
    <ol className="annotation-threads" data-testid="annotation-threads">
      {threads.map(({ root, replies }) => (
        <li key={root.id} className="annotation-thread">
          <AnnotationCard
            item={root}
            canReply={canWrite && root.visibility === "team" && root.parentId === null}
            onReply={() => setReplyTo(root.id)}
            onTag={onTag}
          />
          {replies.length > 0 && (
            <ol className="annotation-replies" aria-label={t("replies", { count: replies.length })}>
              {replies.map((r) => (
                <li key={r.id}>
                  <AnnotationCard item={r} canReply={false} onTag={onTag} />
                </li>
              ))}
            </ol>
          )}
          {replyTo === root.id && (
            <AnnotationForm
              target={root.targets}
              parentId={root.id}
              onDone={() => setReplyTo(null)}
              compact
            />
          )}
        </li>
      ))}
    </ol>
  );
}
