import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DetailPanel, MissingDetail } from "@/components/detail/detail-panel";
import type { EventFocus } from "@/lib/charts/lanes/event-focus";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { eventDetailView } from "@/lib/views/details/charts";

/** The event named by `focus=event:<key>` in the detail panel; while none is, a way to the first one. */
export async function EventDetails({
  focus,
  state,
  path,
}: {
  focus: EventFocus;
  state: ViewState;
  path: string;
}) {
  if (focus.status === "none") {
    if (!focus.first) return null;
    const t = await getTranslations("timeline.details");
    return (
      <p className="details-hint muted">
        {t(state.view === "table" ? "hintTable" : "hint")}{" "}
        <Link href={viewHref(path, state, { focus: `event:${focus.first}` })} scroll={false}>
          {t("first")}
        </Link>
      </p>
    );
  }
  if (focus.status === "missing")
    return (
      <MissingDetail
        closeHref={viewHref(path, state, { focus: null })}
        testId="event-details-missing"
        detail={focus.key}
      />
    );
  return <DetailPanel view={eventDetailView(focus, state, path)} testId="event-details" />;
}
