import { getDb } from "@/lib/db/client";

/** Headline counts of the dataset for the home page. */
export async function countDataset() {
  const db = getDb();
  const [countries, dimensions, assessments, events, citations, sources] = await Promise.all([
    db.country.count(),
    db.dimension.count(),
    db.assessment.count(),
    db.timelineEvent.count(),
    db.citation.count(),
    db.sourceDocument.count(),
  ]);
  return { countries, dimensions, assessments, events, citations, sources };
}
