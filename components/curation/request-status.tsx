import type { ChangeStatus } from "@/lib/curation/changes";

/** A request's status as a coloured chip (colours in app/styles/curation.css). */
export function RequestStatus({ status, label }: { status: ChangeStatus; label: string }) {
  return (
    <span className={`chip cr-status cr-status-${status}`} data-status={status}>
      {label}
    </span>
  );
}
