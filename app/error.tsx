"use client";

import { ErrorView } from "@/components/states/error-view";

// retry() re-fetches the segment (Next 16.3+); reset() would only re-render the same failure.
export default function Error(props: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorView {...props} />;
}
