import { getTranslations } from "next-intl/server";
import type { Segment, SegmentBlock } from "@/lib/views/sources/segments";
import type { AnnotationMark, PassageMark } from "@/lib/views/sources/viewer";

type Marks = Record<string, PassageMark>;
type Notes = Record<string, AnnotationMark>;
interface RunProps {
  segment: Segment;
  marks: Marks;
  notes: Notes;
  focusedId: string | null;
  uiLang: string;
}

/** The passage a run links to: the shortest one starting here, else the shortest covering it. */
function primaryOf(segment: Segment, marks: Marks): string {
  const length = (id: string) => marks[id].end - marks[id].start;
  const candidates = segment.first.length > 0 ? segment.first : segment.covers;
  return candidates.reduce((best, id) => (length(id) < length(best) ? id : best));
}

/**
 * The text itself, carrying its raw offsets so that a selection maps back to the stored document
 * exactly (see PassageAnnotator); underlined where annotated, doubly where annotations overlap.
 */
function RunText({ segment, focusedId }: { segment: Segment; focusedId: string | null }) {
  const noted = segment.notes.covers;
  const className =
    noted.length === 0
      ? undefined
      : [
          "annotated",
          noted.length > 1 && "stacked",
          focusedId !== null && noted.includes(focusedId) && "is-focused",
        ]
          .filter(Boolean)
          .join(" ");
  return (
    <span
      className={className}
      data-raw={segment.start}
      data-raw-end={segment.end}
      data-verbatim={segment.verbatim ? "true" : "false"}
    >
      {segment.text}
    </span>
  );
}

/** Where annotated ranges start (their scroll anchor, unless a cited passage has the same id) and end (their count badge). */
async function AnnotationEnds({ segment, marks, notes, focusedId, uiLang }: RunProps) {
  const t = await getTranslations("sources.annotated");
  return (
    <>
      {segment.notes.last.map((id) => (
        <span key={id} className="annotation-end" lang={uiLang}>
          <a
            className="annotation-count"
            href={notes[id].href}
            data-testid={`annotations-passage-${id}`}
            aria-label={t("badge", { count: notes[id].count })}
            title={t("badge", { count: notes[id].count })}
            aria-current={id === focusedId ? "true" : undefined}
          >
            {notes[id].count}
          </a>
          {notes[id].moved && (
            <span
              className="annotation-moved"
              data-testid={`annotations-moved-${id}`}
              title={t("movedHint")}
            >
              {t("moved")}
            </span>
          )}
          {id === focusedId && !marks[id] && (
            <a className="to-panel" href="#passage-panel">
              {t("toPanel")}
            </a>
          )}
        </span>
      ))}
    </>
  );
}

async function Run(props: RunProps) {
  const { segment, marks, focusedId, uiLang } = props;
  const anchors = segment.notes.first
    .filter((id) => !marks[id])
    .map((id) => <span key={id} id={`passage-${id}`} className="passage-anchor" />);
  const text = <RunText segment={segment} focusedId={focusedId} />;
  if (segment.covers.length === 0) {
    if (segment.notes.covers.length === 0) return text;
    return (
      <>
        {anchors}
        {text}
        <AnnotationEnds {...props} />
      </>
    );
  }
  const t = await getTranslations("sources.passage");
  const primary = primaryOf(segment, marks);
  const mark = marks[primary];
  const focused = focusedId !== null && segment.covers.includes(focusedId);
  // The first run of a passage carries its anchor and is its keyboard stop; later runs are clickable only.
  const isFirst = segment.first.includes(primary);
  return (
    <>
      {anchors}
      {segment.first
        .filter((id) => id !== primary)
        .map((id) => (
          <span key={id} id={`passage-${id}`} className="passage-anchor" />
        ))}
      <mark
        id={isFirst ? `passage-${primary}` : undefined}
        className={focused ? "passage is-focused" : "passage"}
        data-passage={primary}
      >
        {/* Not draggable: dragging across a passage selects its text, to annotate it. */}
        <a
          href={mark.href}
          title={mark.tooltip}
          tabIndex={isFirst ? undefined : -1}
          aria-current={primary === focusedId ? "true" : undefined}
          draggable={false}
        >
          {text}
        </a>
        {segment.last.map((id) => (
          <span
            key={id}
            className="passage-count"
            data-testid={`count-${id}`}
            title={marks[id].tooltip}
          >
            <span aria-hidden="true">{marks[id].count}</span>
            <span className="sr-only" lang={uiLang}>
              {t("badge", { count: marks[id].count })}
            </span>
          </span>
        ))}
        <AnnotationEnds {...props} />
        {focusedId !== null && segment.last.includes(focusedId) && (
          <a className="to-panel" href="#passage-panel" lang={uiLang}>
            {t("toPanel")}
          </a>
        )}
      </mark>
    </>
  );
}

/** The document as headings and paragraphs: cited passages are highlighted links, annotated ones underlined with a count. */
export async function SourceText(props: {
  blocks: SegmentBlock[];
  marks: Marks;
  notes: Notes;
  focusedId: string | null;
  lang: string;
  uiLang: string;
  label: string;
}) {
  const { blocks, marks, notes, focusedId, lang, uiLang, label } = props;
  return (
    <section className="source-text" lang={lang} aria-label={label} data-testid="source-text">
      {blocks.map((block, i) => {
        const runs = block.segments.map((s) => (
          <Run
            key={s.start}
            segment={s}
            marks={marks}
            notes={notes}
            focusedId={focusedId}
            uiLang={uiLang}
          />
        ));
        if (block.kind === "title")
          return (
            <h2 key={i} className="doc-title">
              {runs}
            </h2>
          );
        if (block.kind === "heading")
          return (
            <h3 key={i} className="doc-heading">
              {runs}
            </h3>
          );
        return <p key={i}>{runs}</p>;
      })}
    </section>
  );
}
