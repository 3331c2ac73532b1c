-- AlterTable
ALTER TABLE "Country" ADD COLUMN     "coverage" TEXT NOT NULL DEFAULT 'full',
ADD COLUMN     "noteEn" TEXT,
ADD COLUMN     "noteZh" TEXT;

-- CreateTable
CREATE TABLE "SourceDocument" (
    "key" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "noteZh" TEXT,
    "noteEn" TEXT,
    "text" TEXT NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Dimension" (
    "key" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,

    CONSTRAINT "Dimension_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ScaleLevel" (
    "dimensionKey" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "rubricZh" TEXT NOT NULL,
    "rubricEn" TEXT NOT NULL,

    CONSTRAINT "ScaleLevel_pkey" PRIMARY KEY ("dimensionKey","level")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" SERIAL NOT NULL,
    "countryKey" VARCHAR(8) NOT NULL,
    "dimensionKey" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "level" INTEGER,
    "confidence" TEXT NOT NULL,
    "noteZh" TEXT,
    "noteEn" TEXT,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "key" TEXT NOT NULL,
    "countryKey" VARCHAR(8) NOT NULL,
    "kind" TEXT NOT NULL,
    "start" TEXT NOT NULL,
    "end" TEXT,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "noteZh" TEXT,
    "noteEn" TEXT,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unitZh" TEXT NOT NULL,
    "unitEn" TEXT NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Observation" (
    "key" TEXT NOT NULL,
    "indicatorKey" TEXT NOT NULL,
    "countryKey" VARCHAR(8) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "comparator" TEXT NOT NULL,
    "year" INTEGER,
    "noteZh" TEXT,
    "noteEn" TEXT,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Actor" (
    "key" TEXT NOT NULL,
    "countryKey" VARCHAR(8) NOT NULL,
    "type" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ActorRole" (
    "id" SERIAL NOT NULL,
    "actorKey" TEXT NOT NULL,
    "dimensionKey" TEXT NOT NULL,
    "roleZh" TEXT NOT NULL,
    "roleEn" TEXT NOT NULL,

    CONSTRAINT "ActorRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" SERIAL NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceKey" TEXT,
    "quote" TEXT,
    "start" INTEGER,
    "end" INTEGER,
    "translationEn" TEXT,
    "externalTitle" TEXT,
    "publisher" TEXT,
    "year" INTEGER,
    "url" TEXT,
    "noteZh" TEXT,
    "noteEn" TEXT,
    "assessmentId" INTEGER,
    "eventKey" TEXT,
    "observationKey" TEXT,
    "actorRoleId" INTEGER,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetMeta" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatasetMeta_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Assessment_dimensionKey_idx" ON "Assessment"("dimensionKey");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_countryKey_dimensionKey_key" ON "Assessment"("countryKey", "dimensionKey");

-- CreateIndex
CREATE INDEX "TimelineEvent_countryKey_start_idx" ON "TimelineEvent"("countryKey", "start");

-- CreateIndex
CREATE INDEX "Observation_countryKey_idx" ON "Observation"("countryKey");

-- CreateIndex
CREATE UNIQUE INDEX "ActorRole_actorKey_dimensionKey_key" ON "ActorRole"("actorKey", "dimensionKey");

-- CreateIndex
CREATE INDEX "Citation_sourceKey_start_idx" ON "Citation"("sourceKey", "start");

-- CreateIndex
CREATE INDEX "Citation_assessmentId_idx" ON "Citation"("assessmentId");

-- CreateIndex
CREATE INDEX "Citation_eventKey_idx" ON "Citation"("eventKey");

-- CreateIndex
CREATE INDEX "Citation_observationKey_idx" ON "Citation"("observationKey");

-- CreateIndex
CREATE INDEX "Citation_actorRoleId_idx" ON "Citation"("actorRoleId");

-- AddForeignKey
ALTER TABLE "ScaleLevel" ADD CONSTRAINT "ScaleLevel_dimensionKey_fkey" FOREIGN KEY ("dimensionKey") REFERENCES "Dimension"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_countryKey_fkey" FOREIGN KEY ("countryKey") REFERENCES "Country"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_dimensionKey_fkey" FOREIGN KEY ("dimensionKey") REFERENCES "Dimension"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_countryKey_fkey" FOREIGN KEY ("countryKey") REFERENCES "Country"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_indicatorKey_fkey" FOREIGN KEY ("indicatorKey") REFERENCES "Indicator"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_countryKey_fkey" FOREIGN KEY ("countryKey") REFERENCES "Country"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_countryKey_fkey" FOREIGN KEY ("countryKey") REFERENCES "Country"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorRole" ADD CONSTRAINT "ActorRole_actorKey_fkey" FOREIGN KEY ("actorKey") REFERENCES "Actor"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorRole" ADD CONSTRAINT "ActorRole_dimensionKey_fkey" FOREIGN KEY ("dimensionKey") REFERENCES "Dimension"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "SourceDocument"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_eventKey_fkey" FOREIGN KEY ("eventKey") REFERENCES "TimelineEvent"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_observationKey_fkey" FOREIGN KEY ("observationKey") REFERENCES "Observation"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_actorRoleId_fkey" FOREIGN KEY ("actorRoleId") REFERENCES "ActorRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;
