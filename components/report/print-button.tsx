"use client";

/** Opens the browser's print dialog, where "Save as PDF" makes the report a PDF. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} data-testid="report-print">
      {label}
    </button>
  );
}
