import { getTranslations } from "next-intl/server";
import type { Segment, SegmentBlock } from "@/lib/views/sources/segments";
import type { PassageMark } from "@/lib/views/sources/viewer";

type Marks = Record<string, PassageMark>;

/** The passage a run links to: the shortest one starting here, else the shortest covering it. */
function primaryOf(segment: Segment, marks: Marks): string {
  const length = (id: string) => marks[id].end - marks[id].start;
  const candidates = segment.first.length > 0 ? segment.first : segment.covers;
  return candidates.reduce((best, id) => (length(id) < length(best) ? id : best));
}

async function Run({ segment, marks, focusedId, uiLang }: { segment: Segment; marks: Marks; focusedId: string | null; uiLang: string }) {
  if (segment.covers.length === 0) return segment.text;
  const t = await getTranslations("sources.passage");
  const primary = primaryOf(segment, marks);
  const mark = marks[primary];
  const focused = focusedId !== null && segment.covers.includes(focusedId);
  // The first run of a passage carries its anchor and is its keyboard stop; later runs are clickable only.
  const isFirst = segment.first.includes(primary);
  return (
    <>
      {segment.first.filter((id) => id !== primary).map((id) => <span key={id} id={`passage-${id}`} className="passage-anchor" />)}
      <mark id={isFirst ? `passage-${primary}` : undefined} className={focused ? "passage is-focused" : "passage"} data-passage={primary}>
        <a href={mark.href} title={mark.tooltip} tabIndex={isFirst ? undefined : -1} aria-current={primary === focusedId ? "true" : undefined}>
          {segment.text}
        </a>
        {segment.last.map((id) => (
          <span key={id} className="passage-count" data-testid={`count-${id}`} title={marks[id].tooltip}>
            <span aria-hidden="true">{marks[id].count}</span>
            <span className="sr-only" lang={uiLang}>{t("badge", { count: marks[id].count })}</span>
          </span>
        ))}
        {focusedId !== null && segment.last.includes(focusedId) && (
          <a className="to-panel" href="#passage-panel" lang={uiLang}>{t("toPanel")}</a>
        )}
      </mark>
    </>
  );
}

/** The document as headings and paragraphs, every cited passage a highlighted link. */
export async function SourceText(props: { blocks: SegmentBlock[]; marks: Marks; focusedId: string | null; lang: string; uiLang: string; label: string }) {
  const { blocks, marks, focusedId, lang, uiLang, label } = props;
  return (
    <section className="source-text" lang={lang} aria-label={label} data-testid="source-text">
      {blocks.map((block, i) => {
        const runs = block.segments.map((s) => <Run key={s.start} segment={s} marks={marks} focusedId={focusedId} uiLang={uiLang} />);
        if (block.kind === "title") return <h2 key={i} className="doc-title">{runs}</h2>;
        if (block.kind === "heading") return <h3 key={i} className="doc-heading">{runs}</h3>;
        return <p key={i}>{runs}</p>;
      })}
    </section>
  );
}
