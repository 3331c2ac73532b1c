-- The annotation text search is a case-insensitive LIKE on the body, served by a pg_trgm GIN index
-- (Chinese included: trigrams are taken of any letters under a UTF-8 ctype). pg_trgm is a trusted
-- extension: a role that may create objects in the database may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Annotation_body_idx" ON "Annotation" USING GIN ("body" gin_trgm_ops);
