-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN     "dimensions" TEXT[] DEFAULT ARRAY[]::TEXT[];
